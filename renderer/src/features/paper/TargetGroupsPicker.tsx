import { useTranslation } from 'react-i18next';
import type { CatalogueView } from '../../catalogue/catalogue-context';
import { useCityScope } from '../../city/city-scope';
import { asUiLocale } from '../../i18n/i18n';
import type { IssuePlace } from './issue-places';
import { toggled } from './paper-draft';
import { ProblemList } from './ProblemList';

/**
 * The target groups as checkboxes, the programme's focus groups first (women, youth, refugees,
 * asylum seekers: the catalogue marks them `focus`), the others after them.
 */
export function TargetGroupsPicker({ catalogue, selected, onChange, places }: { catalogue: CatalogueView; selected: readonly string[]; onChange(codes: string[]): void; places: readonly IssuePlace[] }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const { readOnly } = useCityScope();
  const groups = [...catalogue.overview.targetGroups].sort((a, b) => Number(b.focus) - Number(a.focus));
  const known = new Set(groups.map((g) => g.code));
  const unknown = selected.filter((code) => !known.has(code));
  return (
    <fieldset className="paper-groups">
      <legend>{t('paper.fields.targetGroups')}</legend>
      <div className="paper-groups__list">
        {groups.map((group) => (
          <label key={group.code} className={group.focus ? 'paper-groups__item paper-groups__item--focus' : 'paper-groups__item'} title={group.description[locale]}>
            <input type="checkbox" checked={selected.includes(group.code)} disabled={readOnly} onChange={(e) => onChange(toggled(selected, group.code, e.target.checked))} />
            {group.name[locale]}
          </label>
        ))}
        {unknown.map((code) => (
          <label key={code} className="paper-groups__item">
            <input type="checkbox" checked disabled={readOnly} onChange={() => onChange(toggled(selected, code, false))} />
            <code dir="ltr">{code}</code>
          </label>
        ))}
      </div>
      <ProblemList places={places} />
    </fieldset>
  );
}
