import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRead } from '../api/api-context';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { ActivitiesPage } from '../features/activities/ActivitiesPage';
import { AdvicePage } from '../features/advice/AdvicePage';
import { AssessmentPage } from '../features/assessment/AssessmentPage';
import { CataloguePage } from '../features/catalogue/CataloguePage';
import { CommitmentsPage } from '../features/commitments/CommitmentsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ExchangePage } from '../features/exchange/ExchangePage';
import { PaperPage } from '../features/paper/PaperPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { RecoveryScreen } from '../features/recovery/RecoveryScreen';
import { SettingsPage } from '../features/settings/SettingsPage';
import { FirstRun } from '../features/setup/FirstRun';
import { CatalogueProvider } from '../catalogue/catalogue-context';
import { CityScopeProvider } from '../city/city-scope';
import { Shell } from './Shell';
import { useHashRoute } from './use-hash-route';

/** Decides what the window shows: recovery, first run, or the app with its pages. */
export function App() {
  const { t } = useTranslation();
  const page = useHashRoute();
  const [status, reload] = useRead('app.status', {}, 'status');
  // Just set up (or the sample just opened): the first page takes the focus, not the body.
  const [arrived, setArrived] = useState(false);

  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  if (status.state === 'loading') return <Loading />;
  if (status.state === 'failed') {
    return (
      <main className="first-run__main" id="main">
        <ErrorNotice error={status.error} />
        <p>{t('app.cannotStart')}</p>
      </main>
    );
  }
  const { recovery, city } = status.value;
  if (recovery) return <RecoveryScreen recovery={recovery} onResolved={reload} />;
  if (!city) {
    return (
      <FirstRun
        onReady={() => {
          setArrived(true);
          reload();
        }}
      />
    );
  }

  return (
    <CityScopeProvider own={city} peers={status.value.peers}>
    <CatalogueProvider>
    <Shell city={city} page={page} focusFirstPage={arrived}>
      {page === 'dashboard' ? <DashboardPage city={city} onCityRemoved={reload} /> : null}
      {page === 'profile' ? <ProfilePage /> : null}
      {page === 'commitments' ? <CommitmentsPage /> : null}
      {page === 'paper' ? <PaperPage /> : null}
      {page === 'assessment' ? <AssessmentPage /> : null}
      {page === 'activities' ? <ActivitiesPage /> : null}
      {page === 'advice' ? <AdvicePage /> : null}
      {page === 'exchange' ? <ExchangePage ownCode={city.code} onPeersChanged={reload} /> : null}
      {page === 'catalogue' ? <CataloguePage /> : null}
      {page === 'settings' ? <SettingsPage status={status.value} city={city} onChanged={reload} /> : null}
    </Shell>
    </CatalogueProvider>
    </CityScopeProvider>
  );
}
