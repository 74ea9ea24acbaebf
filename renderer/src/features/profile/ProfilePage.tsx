import { useTranslation } from 'react-i18next';
import { useSubpage } from '../../app/use-hash-route';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { ChartsPanel } from './charts/ChartsPanel';
import { FiguresPanel } from './figures/FiguresPanel';
import { GapsPanel } from './gaps/GapsPanel';
import { ImportPage } from './import/ImportPage';
import { NarrativePanel } from './narrative/NarrativePanel';
import { ReportPanel } from './report/ReportPanel';
import { SourcesPanel } from './sources/SourcesPanel';

const sections = ['figures', 'sources', 'charts', 'gaps', 'narrative', 'report'] as const;
type Section = (typeof sections)[number];

function asSection(value: string): Section {
  return sections.find((s) => s === value) ?? 'figures';
}

/**
 * The migration profile: its figures (the data table), charts, what is still missing, the written
 * sections, and the printable report. Each has its own address (#/profile/charts …); importing a
 * spreadsheet is a step-by-step page of its own (#/profile/import).
 */
export function ProfilePage() {
  const { t } = useTranslation();
  const [sub, go] = useSubpage();
  if (sub === 'import') return <ImportPage onClose={() => go('figures')} />;
  const section = asSection(sub);
  return (
    <>
      <PageHeader title={t('nav.profile')} intro={t('profile.intro')} />
      <Tabs
        label={t('profile.sections')}
        selected={section}
        onSelect={(next) => go(next)}
        tabs={sections.map((key) => ({ key, label: t(`profile.tabs.${key}`) }))}
      >
        {section === 'figures' ? <FiguresPanel onImport={() => go('import')} /> : null}
        {section === 'sources' ? <SourcesPanel /> : null}
        {section === 'charts' ? <ChartsPanel /> : null}
        {section === 'gaps' ? <GapsPanel /> : null}
        {section === 'narrative' ? <NarrativePanel /> : null}
        {section === 'report' ? <ReportPanel /> : null}
      </Tabs>
    </>
  );
}
