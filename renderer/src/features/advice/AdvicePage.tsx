import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { useUnsavedChanges } from '../../unsaved/unsaved-changes';
import { AdviceBrowser } from './AdviceBrowser';
import { AdviceForm } from './AdviceForm';
import { AdviceSummary } from './AdviceSummary';
import { DossierPanel } from './DossierPanel';
import { adviceHref, adviceRouteOf, adviceTabs } from './advice-route';
import { RequestsPanel } from './RequestsPanel';
import './advice.css';

/**
 * Peer technical advice: what the city received on its items and what it gave on its peers',
 * each with its thread; requests for advice; and the summary of what peer learning changed.
 * Writing advice opens from a peer's item (a commitment, a priority of the paper, an indicator).
 */
export function AdvicePage() {
  const { t } = useTranslation();
  const { hash, navigate } = useUnsavedChanges();
  const route = adviceRouteOf(hash);

  if (route.tab === 'write' && route.item) {
    const item = route.item;
    return (
      <>
        <PageHeader title={t('nav.advice')} intro={t('advice.intro')} />
        <AdviceForm key={`${item.city}:${item.kind}:${item.id}`} item={item} draft={null} request={route.request} onSaved={() => navigate(adviceHref({ tab: 'given' }))} onCancel={() => navigate(adviceHref({ tab: 'given' }))} />
      </>
    );
  }
  const tab = route.tab === 'write' ? 'received' : route.tab;
  return (
    <>
      <PageHeader title={t('nav.advice')} intro={t('advice.intro')} />
      <Tabs tabs={adviceTabs.map((key) => ({ key, label: t(`advice.tabs.${key}`) }))} selected={tab} onSelect={(key) => navigate(adviceHref({ tab: key }))} label={t('advice.tabs.label')}>
        {tab === 'received' || tab === 'given' ? <AdviceBrowser key={tab} direction={tab} item={route.item} onClearItem={() => navigate(adviceHref({ tab }))} /> : null}
        {tab === 'requests' ? <RequestsPanel ask={route.ask ? route.item : null} onAsked={() => navigate(adviceHref({ tab: 'requests' }))} /> : null}
        {tab === 'summary' ? <AdviceSummary /> : null}
        {tab === 'dossier' ? <DossierPanel /> : null}
      </Tabs>
    </>
  );
}
