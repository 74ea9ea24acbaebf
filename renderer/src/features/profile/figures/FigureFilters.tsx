import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObservationFilterInput } from '../../../../../shared/domain/observation-filter';
import type { CatalogueView } from '../../../catalogue/catalogue-context';
import { Icon } from '../../../components/Icon';
import { asUiLocale } from '../../../i18n/i18n';

const filteredDimensions = ['sex', 'age', 'status'] as const;
/** A select's value for "no restriction"; '' is taken by "total". */
const any = '*';

/** A labelled select; the label points at it so its name is the label alone. */
function FilterSelect({ label, narrow, value, onChange, children }: { label: string; narrow?: boolean; value: string; onChange(value: string): void; children: ReactNode }) {
  const id = useId();
  return (
    <div className={narrow ? 'filters__select filters__select--narrow' : 'filters__select'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}

/**
 * The filters above the data table: indicator, domain, period, breakdown and free text. The
 * same filter drives the table and the export, so "export what I see" is exactly that.
 */
export function FigureFilters({
  catalogue,
  periods,
  filter,
  onChange,
}: {
  catalogue: CatalogueView;
  periods: readonly string[];
  filter: ObservationFilterInput;
  onChange(next: ObservationFilterInput): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const searchId = useId();
  const domains = catalogue.overview.domains;
  const breakdown = filter.breakdown ?? {};
  const single = (values: readonly string[] | undefined) => (values && values.length === 1 ? (values[0] ?? any) : any);

  return (
    <div className="filters" role="search" aria-label={t('table.filters.label')}>
      <FilterSelect label={t('table.filters.indicator')} value={single(filter.indicators)} onChange={(v) => onChange({ ...filter, indicators: v === any ? [] : [v] })}>
        <option value={any}>{t('table.filters.allIndicators')}</option>
        {domains.map((domain) => (
          <optgroup key={domain.code} label={domain.name[locale]}>
            {catalogue.indicators
              .filter((i) => i.domain === domain.code)
              .map((i) => (
                <option key={i.code} value={i.code}>
                  {i.name[locale]}
                </option>
              ))}
          </optgroup>
        ))}
      </FilterSelect>
      <FilterSelect narrow label={t('table.filters.domain')} value={filter.domain ?? any} onChange={(v) => onChange({ ...filter, domain: v === any ? null : v })}>
        <option value={any}>{t('table.filters.allDomains')}</option>
        {domains.map((d) => (
          <option key={d.code} value={d.code}>
            {d.name[locale]}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect narrow label={t('table.filters.period')} value={single(filter.periods)} onChange={(v) => onChange({ ...filter, periods: v === any ? [] : [v] })}>
        <option value={any}>{t('table.filters.allPeriods')}</option>
        {periods.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </FilterSelect>
      {filteredDimensions.map((dimension) => {
        const list = catalogue.overview.codelists.find((c) => c.code === dimension);
        return (
          <FilterSelect
            key={dimension}
            narrow
            label={list?.name[locale] ?? dimension}
            value={single(breakdown[dimension])}
            onChange={(v) => {
              const next = { ...breakdown };
              if (v === any) delete next[dimension];
              else next[dimension] = [v];
              onChange({ ...filter, breakdown: next });
            }}
          >
            <option value={any}>{t('table.filters.any')}</option>
            <option value="">{t('table.filters.totalOnly')}</option>
            {(list?.values ?? []).map((v) => (
              <option key={v.code} value={v.code}>
                {v.name[locale]}
              </option>
            ))}
          </FilterSelect>
        );
      })}
      <div className="filters__search">
        <Icon name="search" />
        <label htmlFor={searchId} className="visually-hidden">
          {t('table.filters.text')}
        </label>
        <input id={searchId} type="search" value={filter.text ?? ''} placeholder={t('table.filters.textPlaceholder')} onChange={(e) => onChange({ ...filter, text: e.target.value })} />
      </div>
    </div>
  );
}
