import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/api-context';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { asUiLocale } from '../../i18n/i18n';
import { useUnsavedChanges } from '../../unsaved/unsaved-changes';
import { ReceivedList, SentList } from './BundleLogs';
import { AssessmentComparison } from './AssessmentComparison';
import { ComparePanel } from './ComparePanel';
import { PeersPanel } from './PeersPanel';
import { ReceivePanel } from './ReceivePanel';
import { SendPanel } from './SendPanel';
import './exchange.css';

type Tab = 'send' | 'receive' | 'cities' | 'compare';

/** A file the host was asked to open (a double-click on a .focal file): `#/exchange?open=<id>`. */
function fileToOpen(hash: string): string | null {
  const id = new URLSearchParams(hash.split('?')[1] ?? '').get('open');
  return id !== null && /^[0-9a-f]{24}$/.test(id) ? id : null;
}

/**
 * The city's exchange with its peers: sending signed bundles, opening received ones, what Focal
 * holds from each peer, and the comparison of cities. It works on the own city's store whatever
 * city the other pages show; peers' content is read-only everywhere.
 */
export function ExchangePage({ ownCode, onPeersChanged }: { ownCode: string; onPeersChanged(): void }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const { hash, navigate } = useUnsavedChanges();
  const opening = fileToOpen(hash);
  const [tab, setTab] = useState<Tab>(opening === null ? 'send' : 'receive');
  useEffect(() => {
    if (opening !== null) setTab('receive');
  }, [opening]);
  const [sent, reloadSent] = useRead('bundles.sent', {}, 'bundles.sent');
  const [received, reloadReceived] = useRead('bundles.received', {}, 'bundles.received');
  const [peers, reloadPeers] = useRead('peers.list', {}, 'peers.list');
  const peerList = peers.state === 'ready' ? peers.value.map((p) => ({ code: p.city, name: p.names[locale] })) : [];
  const peerName = (code: string) => peerList.find((p) => p.code === code)?.name ?? code;
  const peersChanged = () => {
    reloadPeers();
    reloadReceived();
    onPeersChanged();
  };
  return (
    <>
      <PageHeader title={t('nav.exchange')} intro={t('exchange.intro')} />
      <Tabs<Tab>
        label={t('exchange.tabs.label')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { key: 'send', label: t('exchange.tabs.send') },
          { key: 'receive', label: t('exchange.tabs.receive') },
          { key: 'cities', label: t('exchange.tabs.cities') },
          { key: 'compare', label: t('exchange.tabs.compare') },
        ]}
      >
        {tab === 'send' ? (
          <div className="exchange-stack">
            <SendPanel ownCode={ownCode} peers={peerList} onSent={reloadSent} />
            <SentList sent={sent} peerName={peerName} />
          </div>
        ) : null}
        {tab === 'receive' ? (
          <div className="exchange-stack">
            <ReceivePanel onImported={peersChanged} openFile={opening} onOpened={() => navigate('#/exchange')} />
            <ReceivedList received={received} peerName={peerName} />
          </div>
        ) : null}
        {tab === 'cities' ? <PeersPanel peers={peers} onChanged={peersChanged} /> : null}
        {tab === 'compare' ? (
          <>
            <ComparePanel />
            <AssessmentComparison />
          </>
        ) : null}
      </Tabs>
    </>
  );
}
