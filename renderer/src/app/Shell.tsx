import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CityProfile } from '../../../shared/domain/city';
import { asUiLocale } from '../i18n/i18n';
import { Icon } from '../components/Icon';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { hrefOf, navLabelKey, pages, type Page } from './use-hash-route';
import { Brand } from '../components/Brand';
import { useCityScope } from '../city/city-scope';
import { CityChooser } from './CityChooser';

/** The frame around every page: navigation at the inline start, the city and language on top. */
export function Shell({ city, page, focusFirstPage = false, children }: { city: CityProfile; page: Page; focusFirstPage?: boolean; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const locale = asUiLocale(i18n.language) ?? 'en';
  const scope = useCityScope();

  // Move focus to the new page's heading so keyboard and screen-reader users know where they are.
  // The first page keeps the browser's start, unless the window just came from setting up the city.
  const first = useRef(!focusFirstPage);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('[data-page-title]')?.focus();
  }, [page]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="topbar">
        <Brand />
        <p className="topbar__city" data-testid="city-name">
          {city.names[locale]}
          {city.sample ? <span className="badge badge--sample">{t('shell.sampleBadge')}</span> : null}
        </p>
        {scope.peers.length > 0 ? <CityChooser ownName={city.names[locale]} /> : null}
        <LanguageSwitch />
      </header>
      <nav className="sidebar" aria-label={t('shell.navigation')}>
        <ul>
          {pages.map((p) => (
            <li key={p}>
              <a className="sidebar__link" href={hrefOf(p)} aria-current={p === page ? 'page' : undefined}>
                <Icon name={p} />
                <span>{t(navLabelKey(p))}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {/* Keyed by the city shown: every page starts afresh, so nothing of one city lingers in another's view. */}
      <main id="main" className="content" ref={main} key={scope.city ?? ''}>
        {scope.readOnly ? (
          <div className="peer-banner" role="status" data-testid="peer-banner">
            <p>{t('scope.banner', { city: scope.shown.names[locale] })}</p>
            <button type="button" className="button" onClick={() => scope.show(null)}>
              {t('scope.backToOwn', { city: city.names[locale] })}
            </button>
          </div>
        ) : null}
        {children}
      </main>
    </div>
  );
}
