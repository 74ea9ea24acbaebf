import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import type { CityProfile } from '../../../../shared/domain/city';
import { useApi, useRead } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FingerprintGroups } from '../../components/KeyFingerprint';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { asUiLocale } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { LatestActivitiesCard } from '../activities/LatestActivitiesCard';
import { AdviceCard } from '../advice/AdviceCard';
import { GapsCard } from '../profile/gaps/GapsCard';
import { useCityScope } from '../../city/city-scope';
import { AgendaCard } from '../commitments/AgendaCard';
import { ProgressSummary } from '../commitments/ProgressSummary';
import { KeyFigures } from './KeyFigures';

/** The city at a glance: who and where, the key, what the catalogue offers, and what comes next. */
export function DashboardPage({ city, onCityRemoved }: { city: CityProfile; onCityRemoved(): void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const api = useApi();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const [overview] = useRead('catalogue.overview', {}, 'overview');
  const [error, setError] = useState<ApiError | null>(null);
  // Removing the sample drops whatever the user tried in it: asked first, Keep is the default.
  const [asking, setAsking] = useState(false);
  // While a peer city is shown, the page is about that city's records; the own city's card and the
  // sample's actions belong to the own city and step aside.
  const scope = useCityScope();
  const peer = scope.readOnly ? scope.peers.find((p) => p.code === scope.city) : undefined;

  const leaveSample = async () => {
    const answer = await api.call('city.leaveSample', {});
    if (answer.ok) onCityRemoved();
    else setError(answer.error);
  };

  // The catalogue card counts the built-in catalogue only; the city's own indicators are listed in the Catalogue.
  const builtIn = overview.state === 'ready' ? Object.values(overview.value.indicatorsByDomain).reduce((n, count) => n + count, 0) : 0;
  const criteria = overview.state === 'ready' ? overview.value.frameworks.reduce((n, f) => n + f.items.length, 0) : 0;
  const place = [city.country ? format.country(city.country) : null, city.shore ? t(`cityForm.shores.${city.shore}`) : null].filter(Boolean).join(' · ');

  if (peer) {
    return (
      <>
        <PageHeader title={peer.names[locale]} intro={peer.country ? format.country(peer.country) : ''} />
        <GapsCard />
        <KeyFigures />
      </>
    );
  }

  return (
    <>
      <PageHeader title={city.names[locale]} intro={place} />
      {city.sample ? (
        <Notice tone="warning" title={t('dashboard.sampleTitle')}>
          <p>{t('dashboard.sampleText')}</p>
          {asking ? (
            <div role="group" aria-labelledby="leave-sample-question" className="sample-question">
              <p id="leave-sample-question">{t('dashboard.leaveSampleQuestion')}</p>
              <div className="form__actions">
                <button type="button" className="button button--danger" onClick={() => void leaveSample()}>
                  {t('dashboard.leaveSampleConfirm')}
                </button>
                <button type="button" className="button" autoFocus onClick={() => setAsking(false)}>
                  {t('dashboard.leaveSampleKeep')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="button" onClick={() => setAsking(true)}>
              {t('dashboard.leaveSample')}
            </button>
          )}
        </Notice>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}

      <div className="grid grid--two">
        <section className="card" aria-labelledby="city-card">
          <h2 id="city-card">{t('dashboard.cityTitle')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('cityForm.focalPointName')}</dt>
              <dd>{city.focalPoint ? city.focalPoint.name : t('dashboard.notGiven')}</dd>
            </div>
            <div>
              <dt>{t('cityForm.focalPointEmail')}</dt>
              <dd dir="ltr">{city.focalPoint ? city.focalPoint.email : t('dashboard.notGiven')}</dd>
            </div>
            <div>
              <dt>{t('cityForm.languages')}</dt>
              <dd>{format.list(city.languages.map(format.language))}</dd>
            </div>
            <div>
              <dt>{t('dashboard.since')}</dt>
              <dd>{format.date(city.createdAt)}</dd>
            </div>
          </dl>
          <div className="card__footer">
            <Icon name="key" />
            <span>{t('dashboard.keyLine')}</span>
            <FingerprintGroups fingerprint={city.signingKey.fingerprint} compact testId="dashboard-fingerprint" />
          </div>
        </section>

        <section className="card" aria-labelledby="catalogue-card">
          <h2 id="catalogue-card">{t('dashboard.catalogueTitle')}</h2>
          {overview.state === 'failed' ? <ErrorNotice error={overview.error} /> : null}
          {overview.state === 'ready' ? (
            <>
              <div className="stats">
                <p className="stat">
                  <span className="stat__value" data-testid="indicator-count">
                    {format.integer(builtIn)}
                  </span>
                  <span className="stat__label">{t('dashboard.indicators', { count: builtIn })}</span>
                </p>
                <p className="stat">
                  <span className="stat__value">{format.integer(overview.value.frameworks.length)}</span>
                  <span className="stat__label">{t('dashboard.frameworks', { count: overview.value.frameworks.length })}</span>
                </p>
                <p className="stat">
                  <span className="stat__value">{format.integer(criteria)}</span>
                  <span className="stat__label">{t('dashboard.criteria', { count: criteria })}</span>
                </p>
              </div>
              <ul className="domain-list">
                {overview.value.domains.map((domain) => {
                  const count = overview.value.indicatorsByDomain[domain.code] ?? 0;
                  return (
                    <li key={domain.code}>
                      <a href={`#/catalogue?domain=${encodeURIComponent(domain.code)}`}>{domain.name[locale]}</a>
                      <span className="domain-list__count">{format.integer(count)}</span>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : (
            <Loading />
          )}
        </section>
      </div>

      <div className="grid grid--two">
        <ProgressSummary />
        <AgendaCard />
      </div>

      <GapsCard />

      <KeyFigures />

      <section className="card" aria-labelledby="focus-card">
        <h2 id="focus-card">{t('dashboard.focusTitle')}</h2>
        <p>{t('dashboard.focusText')}</p>
        {overview.state === 'ready' ? (
          <ul className="chips">
            {overview.value.targetGroups
              .filter((g) => g.focus)
              .map((g) => (
                <li key={g.code} className="chip chip--focus">
                  {g.name[locale]}
                </li>
              ))}
          </ul>
        ) : null}
      </section>

      <AdviceCard />

      <LatestActivitiesCard />
    </>
  );
}
