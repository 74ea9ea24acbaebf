import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueOverview } from '../../../../shared/domain/catalogue';
import { useRead } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/Loading';
import { asUiLocale } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';

/** Indicators with a search box and filters by domain and framework; the core does the matching. */
export function IndicatorList({ overview, initialDomain }: { overview: CatalogueOverview; initialDomain: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const [text, setText] = useState('');
  const [domain, setDomain] = useState(initialDomain);
  const [framework, setFramework] = useState('');
  const query = useDeferredValue({ text, domain, framework });
  const [indicators] = useRead('catalogue.indicators', { text: query.text || undefined, domain: query.domain || undefined, framework: query.framework || undefined }, JSON.stringify(query));

  const domainName = (code: string) => overview.domains.find((d) => d.code === code)?.name[locale] ?? code;
  const itemName = (code: string) => {
    for (const f of overview.frameworks) {
      const item = f.items.find((i) => i.code === code);
      if (item) return `${f.name[locale]} — ${item.name[locale]}`;
    }
    return code;
  };

  return (
    <div className="indicator-list">
      <div className="filters" role="search">
        <label className="filters__search">
          <span className="visually-hidden">{t('catalogue.search')}</span>
          <Icon name="search" />
          <input type="search" maxLength={200} value={text} placeholder={t('catalogue.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
        </label>
        <label className="filters__select">
          <span>{t('catalogue.domain')}</span>
          <select value={domain} onChange={(e) => setDomain(e.target.value)}>
            <option value="">{t('catalogue.allDomains')}</option>
            {overview.domains.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name[locale]}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__select">
          <span>{t('catalogue.framework')}</span>
          <select value={framework} onChange={(e) => setFramework(e.target.value)}>
            <option value="">{t('catalogue.allFrameworks')}</option>
            {overview.frameworks.map((f) => (
              <option key={f.code} value={f.code}>
                {f.name[locale]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {indicators.state === 'loading' ? <Loading /> : null}
      {indicators.state === 'failed' ? <ErrorNotice error={indicators.error} /> : null}
      {indicators.state === 'ready' ? (
        <>
          <p className="result-count" role="status" data-testid="result-count">
            {t('catalogue.count', { count: indicators.value.length, formatted: format.integer(indicators.value.length) })}
          </p>
          {indicators.value.length === 0 ? (
            <p className="empty">{t('catalogue.none')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('catalogue.columns.indicator')}</th>
                  <th scope="col">{t('catalogue.columns.domain')}</th>
                  <th scope="col">{t('catalogue.columns.unit')}</th>
                  <th scope="col">{t('catalogue.columns.breakdowns')}</th>
                  <th scope="col">{t('catalogue.columns.frameworks')}</th>
                </tr>
              </thead>
              <tbody>
                {indicators.value.map((indicator) => (
                  <tr key={indicator.code} data-testid="indicator-row">
                    <td>
                      <p className="indicator__name">{indicator.name[locale]}</p>
                      <p className="indicator__definition">{indicator.definition[locale]}</p>
                      <code className="indicator__code" dir="ltr">
                        {indicator.code}
                      </code>
                    </td>
                    <td>{domainName(indicator.domain)}</td>
                    <td>{t(`units.${indicator.unit}`)}</td>
                    <td>{indicator.dimensions.length === 0 ? t('catalogue.noBreakdown') : format.list(indicator.dimensions.map((d) => t(`dimensions.${d}`)))}</td>
                    <td>
                      <ul className="chips chips--small">
                        {indicator.frameworks.map((item) => (
                          <li key={item} className="chip" title={itemName(item)}>
                            <span dir="ltr">{item}</span>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </div>
  );
}
