import { useTranslation } from 'react-i18next';
import type { CatalogueOverview } from '../../../../shared/domain/catalogue';
import { asUiLocale } from '../../i18n/i18n';

/** The breakdown codes every figure uses, and the target groups built on them. */
export function CodelistPanel({ overview }: { overview: CatalogueOverview }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  return (
    <div className="grid grid--two">
      {overview.codelists.map((list) => (
        <section key={list.code} className="card" aria-labelledby={`cl-${list.code}`}>
          <h2 id={`cl-${list.code}`}>{list.name[locale]}</h2>
          <p className="muted">{list.description[locale]}</p>
          {list.values.length > 0 ? (
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t('catalogue.columns.code')}</th>
                  <th scope="col">{t('catalogue.columns.label')}</th>
                </tr>
              </thead>
              <tbody>
                {list.values.map((value) => (
                  <tr key={value.code}>
                    <td>
                      <code dir="ltr">{value.code}</code>
                    </td>
                    <td>{value.name[locale]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ))}
      <section className="card" aria-labelledby="target-groups">
        <h2 id="target-groups">{t('catalogue.targetGroups')}</h2>
        <ul className="target-groups">
          {overview.targetGroups.map((group) => (
            <li key={group.code}>
              <span className={group.focus ? 'chip chip--focus' : 'chip'}>{group.name[locale]}</span>
              <span className="muted">{group.description[locale]}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
