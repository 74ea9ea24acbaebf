import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import type { CityProfile } from '../../../../shared/domain/city';
import { useApi, useRead } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { KeyFingerprint } from '../../components/KeyFingerprint';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Loading } from '../../components/Loading';
import { asUiLocale } from '../../i18n/i18n';
import { CityForm } from './CityForm';
import { emptyCityForm } from './city-form-model';
import { Brand } from '../../components/Brand';

type Step = { name: 'welcome' } | { name: 'form' } | { name: 'done'; city: CityProfile };

/** The first screen of a new data folder: set up the city, or look around a sample city first. */
export function FirstRun({ onReady }: { onReady(): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [step, setStep] = useState<Step>({ name: 'welcome' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [overview] = useRead('catalogue.overview', {}, 'overview');
  const locale = asUiLocale(i18n.language) ?? 'en';

  const exploreSample = async () => {
    setBusy(true);
    const answer = await api.call('city.createSample', { locale });
    setBusy(false);
    if (answer.ok) onReady();
    else setError(answer.error);
  };

  return (
    <div className="first-run">
      <header className="first-run__top">
        <Brand />
        <LanguageSwitch />
      </header>
      <main className="first-run__main" id="main">
        {error ? <ErrorNotice error={error} /> : null}
        {step.name === 'welcome' ? (
          <section className="card first-run__welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title">{t('firstRun.title')}</h1>
            <p className="lead">{t('firstRun.intro')}</p>
            <ul className="first-run__points">
              <li>{t('firstRun.pointProfile')}</li>
              <li>{t('firstRun.pointCommitments')}</li>
              <li>{t('firstRun.pointExchange')}</li>
            </ul>
            <p>{t('firstRun.offline')}</p>
            <div className="first-run__choices">
              <button type="button" className="button button--primary" onClick={() => setStep({ name: 'form' })}>
                {t('firstRun.setUp')}
                <Icon name="next" />
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => void exploreSample()}>
                {t('firstRun.explore')}
              </button>
            </div>
            <p className="muted">{t('firstRun.exploreHint')}</p>
          </section>
        ) : null}
        {step.name === 'form' ? (
          <section className="card" aria-labelledby="setup-title">
            <button type="button" className="button button--quiet" onClick={() => setStep({ name: 'welcome' })}>
              <Icon name="back" />
              {t('common.back')}
            </button>
            <h1 id="setup-title">{t('setup.title')}</h1>
            <p className="lead">{t('setup.intro')}</p>
            {overview.state === 'loading' ? <Loading /> : null}
            {overview.state === 'failed' ? <ErrorNotice error={overview.error} /> : null}
            {overview.state === 'ready' ? (
              <CityForm
                initial={{ ...emptyCityForm, languages: [locale] }}
                countries={overview.value.countries}
                withCode
                busy={busy}
                submitLabel={t('setup.submit')}
                onSubmit={(code, details) => {
                  setBusy(true);
                  setError(null);
                  void api.call('city.setup', { code, ...details, locale }).then((answer) => {
                    setBusy(false);
                    if (answer.ok) setStep({ name: 'done', city: answer.value });
                    else setError(answer.error);
                  });
                }}
              />
            ) : null}
          </section>
        ) : null}
        {step.name === 'done' ? (
          <section className="card" aria-labelledby="done-title">
            <h1 id="done-title">{t('setup.doneTitle', { city: step.city.names[locale] })}</h1>
            <p className="lead">{t('setup.doneIntro')}</p>
            <KeyFingerprint fingerprint={step.city.signingKey.fingerprint} />
            <div className="form__actions">
              <button type="button" className="button button--primary" onClick={onReady} autoFocus>
                {t('setup.open')}
                <Icon name="next" />
              </button>
            </div>
          </section>
        ) : null}
      </main>
    </div>
  );
}
