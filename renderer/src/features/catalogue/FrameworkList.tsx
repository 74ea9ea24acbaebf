import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../../shared/domain/catalogue';
import { asUiLocale } from '../../i18n/i18n';

/** Each framework with its groups and items; entries still to be confirmed are marked. */
export function FrameworkList({ frameworks }: { frameworks: Framework[] }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  return (
    <div className="framework-list">
      {frameworks.map((framework) => {
        const groups = framework.groups.length > 0 ? framework.groups : [{ code: '', name: null }];
        return (
          <section key={framework.code} className="card" aria-labelledby={`fw-${framework.code}`}>
            <h2 id={`fw-${framework.code}`}>{framework.name[locale]}</h2>
            <p className="muted">
              {framework.publisher[locale]} · {t(`catalogue.scoring.${framework.scoring}`)}
            </p>
            <p>{framework.description[locale]}</p>
            {groups.map((group) => (
              <div key={group.code} className="framework-group">
                {group.name ? <h3>{group.name[locale]}</h3> : null}
                <ul className="framework-items">
                  {framework.items
                    .filter((item) => (group.code === '' ? true : item.group === group.code))
                    .map((item) => (
                      <li key={item.code}>
                        <code dir="ltr">{item.code}</code>
                        <span>{item.name[locale]}</span>
                        {item.check ? <span className="badge badge--check">{t('catalogue.toCheck')}</span> : null}
                      </li>
                    ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
