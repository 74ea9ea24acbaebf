import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../shared/api/contract';
import type { ApiError } from '../../../../shared/api/result';
import type { CityProfile } from '../../../../shared/domain/city';
import { useApi, useRead } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { KeyFingerprint } from '../../components/KeyFingerprint';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/use-format';
import { CityForm } from '../setup/CityForm';
import { formValuesOf } from '../setup/city-form-model';
import { BackupsPanel } from './BackupsPanel';
import { DistrictsPanel } from './DistrictsPanel';
import { ExchangeFolderPanel } from './ExchangeFolderPanel';

export function SettingsPage({ status, city, onChanged }: { status: AppStatus; city: CityProfile; onChanged(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const api = useApi();
  const [overview] = useRead('catalogue.overview', {}, 'overview');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  return (
    <>
      <PageHeader title={t('nav.settings')} intro={t('settings.intro')} />
      <section className="card" aria-labelledby="city-settings">
        <h2 id="city-settings">{t('settings.cityTitle')}</h2>
        <p className="muted">
          {t('settings.codeFixed')} <code dir="ltr">{city.code}</code>
        </p>
        {error ? <ErrorNotice error={error} /> : null}
        {saved ? <Notice tone="success" title={t('settings.saved')} /> : null}
        {overview.state === 'loading' ? <Loading /> : null}
        {overview.state === 'failed' ? <ErrorNotice error={overview.error} /> : null}
        {overview.state === 'ready' ? (
          <CityForm
            initial={formValuesOf(city, city.code)}
            countries={overview.value.countries}
            withCode={false}
            busy={busy}
            submitLabel={t('settings.save')}
            onSubmit={(_code, details) => {
              setBusy(true);
              setSaved(false);
              void api.call('city.update', details).then((answer) => {
                setBusy(false);
                if (!answer.ok) return setError(answer.error);
                setError(null);
                setSaved(true);
                onChanged();
              });
            }}
          />
        ) : null}
      </section>

      <DistrictsPanel />

      <section className="card" aria-labelledby="key-settings">
        <h2 id="key-settings">{t('settings.keyTitle')}</h2>
        <KeyFingerprint fingerprint={city.signingKey.fingerprint} />
        <p className="muted">{t('settings.keyCreated', { date: format.date(city.signingKey.createdAt) })}</p>
        <p className="muted">{t('settings.keyKept')}</p>
      </section>

      <section className="card" aria-labelledby="language-settings">
        <h2 id="language-settings">{t('settings.languageTitle')}</h2>
        <LanguageSwitch />
      </section>

      <ExchangeFolderPanel />

      <BackupsPanel onRestored={onChanged} />

      <section className="card" aria-labelledby="about-settings">
        <h2 id="about-settings">{t('settings.aboutTitle')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('settings.dataFolder')}</dt>
            <dd>
              <code dir="ltr">{status.dataDir}</code>
            </dd>
          </div>
          <div>
            <dt>{t('settings.version')}</dt>
            <dd dir="ltr">{status.appVersion}</dd>
          </div>
          <div>
            <dt>{t('settings.catalogueVersion')}</dt>
            <dd>{format.integer(status.catalogueVersion)}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}
