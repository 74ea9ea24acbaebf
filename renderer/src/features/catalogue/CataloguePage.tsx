import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { useFormat } from '../../i18n/use-format';
import { CodelistPanel } from './CodelistPanel';
import { FrameworkList } from './FrameworkList';
import { IndicatorList } from './IndicatorList';
import { OwnIndicators } from './OwnIndicators';

type CatalogueTab = 'indicators' | 'own' | 'frameworks' | 'codelists';

function domainFromHash(): string {
  const query = window.location.hash.split('?')[1] ?? '';
  return new URLSearchParams(query).get('domain') ?? '';
}

export function CataloguePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [tab, setTab] = useState<CatalogueTab>('indicators');
  const [overview] = useRead('catalogue.overview', {}, 'overview');
  return (
    <>
      <PageHeader
        title={t('nav.catalogue')}
        intro={overview.state === 'ready' ? t('catalogue.intro', { version: format.integer(overview.value.version) }) : undefined}
      />
      {overview.state === 'loading' ? <Loading /> : null}
      {overview.state === 'failed' ? <ErrorNotice error={overview.error} /> : null}
      {overview.state === 'ready' ? (
        <Tabs<CatalogueTab>
          label={t('nav.catalogue')}
          selected={tab}
          onSelect={setTab}
          tabs={[
            { key: 'indicators', label: t('catalogue.tabs.indicators') },
            { key: 'own', label: t('ownIndicators.tab') },
            { key: 'frameworks', label: t('catalogue.tabs.frameworks') },
            { key: 'codelists', label: t('catalogue.tabs.codelists') },
          ]}
        >
          {tab === 'indicators' ? <IndicatorList overview={overview.value} initialDomain={domainFromHash()} /> : null}
          {tab === 'own' ? <OwnIndicators overview={overview.value} /> : null}
          {tab === 'frameworks' ? <FrameworkList frameworks={overview.value.frameworks} /> : null}
          {tab === 'codelists' ? <CodelistPanel overview={overview.value} /> : null}
        </Tabs>
      ) : null}
    </>
  );
}
