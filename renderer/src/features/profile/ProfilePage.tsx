import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LaterNotice } from '../../components/LaterNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { asUiLocale } from '../../i18n/i18n';

/** For now: the outline every migration profile follows, from the catalogue, and what comes next. */
export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const [overview] = useRead('catalogue.overview', {}, 'overview');
  return (
    <>
      <PageHeader title={t('nav.profile')} intro={t('profile.intro')} />
      <LaterNotice feature="profile" />
      <section className="card" aria-labelledby="outline-title">
        <h2 id="outline-title">{t('profile.outline')}</h2>
        {overview.state === 'loading' ? <Loading /> : null}
        {overview.state === 'failed' ? <ErrorNotice error={overview.error} /> : null}
        {overview.state === 'ready' ? (
          <ol className="outline">
            {overview.value.profileSections.map((section) => (
              <li key={section.code}>
                <p className="outline__name">{section.name[locale]}</p>
                <p className="outline__description">{section.description[locale]}</p>
                {section.subsections.length > 0 ? (
                  <ul className="outline__subsections">
                    {section.subsections.map((sub) => (
                      <li key={sub.code}>{sub.name[locale]}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        ) : null}
      </section>
    </>
  );
}
