import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../../shared/domain/catalogue';
import type { CatalogueView } from '../../catalogue/catalogue-context';
import { Field } from '../../components/Field';
import { asUiLocale } from '../../i18n/i18n';
import type { BreakdownForm } from './commitment-form-model';

/**
 * The breakdown a target follows, limited to the indicator's own dimensions, with the programme's
 * focus groups (women, youth, refugees…) one press away.
 */
export function TargetBreakdownFields({ indicator, breakdown, onChange, catalogue, error }: { indicator: Indicator; breakdown: BreakdownForm; onChange(next: BreakdownForm): void; catalogue: CatalogueView; error: string | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const quick = catalogue.overview.targetGroups.filter((g) => g.focus && g.dimension && indicator.dimensions.includes(g.dimension.code));
  const codesOf = (dimension: Indicator['dimensions'][number]): string[] => {
    if (dimension === 'area') return catalogue.districts.map((d) => d.code);
    const values = catalogue.overview.codelists.find((c) => c.code === dimension)?.values.map((v) => v.code) ?? [];
    return dimension === 'origin' ? [...values, ...catalogue.overview.countries.filter((c) => !values.includes(c))] : values;
  };
  return (
    <div className="commitment-breakdown">
      {quick.length > 0 ? (
        <div className="commitment-breakdown__quick" role="group" aria-label={t('commitmentForm.targets.quick')}>
          <span className="field__label">{t('commitmentForm.targets.quick')}</span>
          {quick.map((group) => {
            const dimension = group.dimension;
            if (!dimension) return null;
            const on = breakdown[dimension.code] === dimension.value;
            return (
              <button
                key={group.code}
                type="button"
                className="button button--quiet commitment-breakdown__choice"
                aria-pressed={on}
                onClick={() => onChange({ ...breakdown, [dimension.code]: on ? '' : dimension.value })}
              >
                {i18n.exists(`commitments.groupShort.${group.code}`) ? t(`commitments.groupShort.${group.code}`) : group.name[locale]}
              </button>
            );
          })}
        </div>
      ) : null}
      <div className="commitment-breakdown__selects">
        {indicator.dimensions.map((dimension) => (
          <Field key={dimension} label={t('commitmentForm.targets.breakdownBy', { dimension: t(`dimensions.${dimension}`) })}>
            {({ id }) => (
              <select id={id} value={breakdown[dimension]} onChange={(e) => onChange({ ...breakdown, [dimension]: e.target.value })}>
                <option value="">{t('commitmentForm.targets.total')}</option>
                {codesOf(dimension).map((code) => (
                  <option key={code} value={code}>
                    {catalogue.codeName(dimension, code, locale, '')}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </div>
      {error ? <p className="field__error">{error}</p> : null}
    </div>
  );
}
