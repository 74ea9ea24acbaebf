import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/api-context';
import { useCatalogue } from '../../catalogue/catalogue-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { asUiLocale } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';

/**
 * Which indicators' figures leave: all of them (the default), or those ticked — the city's
 * indicators with figures, grouped by policy domain, with a search and a "whole domain" box per
 * group. `value` null means all.
 */
export function IndicatorChooser({ value, onChange }: { value: ReadonlySet<string> | null; onChange(next: ReadonlySet<string> | null): void }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const format = useFormat();
  const catalogue = useCatalogue();
  const [gaps] = useRead('dashboard.gaps', {}, 'exchange:indicators');
  const [search, setSearch] = useState('');

  const withFigures = useMemo(() => (gaps.state === 'ready' ? gaps.value.indicators.filter((i) => i.cells.length > 0) : []), [gaps]);
  if (gaps.state === 'failed') return <ErrorNotice error={gaps.error} />;
  if (gaps.state === 'loading' || catalogue.state !== 'ready') return <Loading />;

  const needle = search.trim().toLocaleLowerCase(locale);
  const shown = withFigures.filter((i) => needle === '' || i.name[locale].toLocaleLowerCase(locale).includes(needle) || i.code.toLocaleLowerCase().includes(needle));
  const domains = catalogue.value.overview.domains;
  const known = new Set(domains.map((d) => d.code));
  const groups = [
    ...domains.map((domain) => ({ code: domain.code, name: domain.name[locale], indicators: shown.filter((i) => i.domain === domain.code) })),
    { code: '', name: t('exchange.indicators.otherDomain'), indicators: shown.filter((i) => !known.has(i.domain)) },
  ].filter((group) => group.indicators.length > 0);
  const chosen = value ?? new Set<string>();
  const toggle = (codes: readonly string[], on: boolean) => {
    const next = new Set(chosen);
    for (const code of codes) {
      if (on) next.add(code);
      else next.delete(code);
    }
    onChange(next);
  };

  return (
    <fieldset className="exchange-send__parts exchange-indicators">
      <legend className="field__label">{t('exchange.indicators.legend')}</legend>
      <label className="exchange-choice">
        <input type="radio" name="exchange-indicators" checked={value === null} onChange={() => onChange(null)} />
        {t('exchange.indicators.all', { formatted: format.integer(withFigures.length) })}
      </label>
      <label className="exchange-choice">
        <input type="radio" name="exchange-indicators" checked={value !== null} onChange={() => onChange(new Set())} />
        {t('exchange.indicators.some')}
      </label>
      {value !== null ? (
        <div className="exchange-indicator-list">
          <label className="field">
            <span className="field__label">{t('exchange.indicators.search')}</span>
            <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          </label>
          <p className="muted" aria-live="polite" data-testid="indicators-chosen">
            {t('exchange.indicators.chosen', { chosen: format.integer(chosen.size), formatted: format.integer(withFigures.length) })}
          </p>
          {groups.length === 0 ? <p className="muted">{t('exchange.indicators.noMatch')}</p> : null}
          <div className="exchange-indicator-groups">
          {groups.map((group) => {
            const codes = group.indicators.map((i) => i.code);
            const all = codes.every((code) => chosen.has(code));
            return (
              <fieldset key={group.code} className="exchange-indicator-group">
                <legend>
                  <label className="exchange-choice">
                    <input type="checkbox" checked={all} onChange={(event) => toggle(codes, event.target.checked)} />
                    {t('exchange.indicators.wholeDomain', { domain: group.name })}
                  </label>
                </legend>
                {group.indicators.map((indicator) => (
                  <label key={indicator.code} className="exchange-choice">
                    <input type="checkbox" value={indicator.code} checked={chosen.has(indicator.code)} onChange={(event) => toggle([indicator.code], event.target.checked)} />
                    {indicator.name[locale]}
                  </label>
                ))}
              </fieldset>
            );
          })}
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
