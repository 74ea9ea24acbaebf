import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentView } from '../../../../shared/domain/commitment-view';
import type { PaperVersionSummary, PriorityPaper } from '../../../../shared/domain/priority-paper';
import type { CatalogueView } from '../../catalogue/catalogue-context';
import { Tabs } from '../../components/Tabs';
import { asUiLocale } from '../../i18n/i18n';
import type { SaveState } from '../profile/narrative/save-state';
import { DocumentPanel } from './DocumentPanel';
import { usePaperStore } from './use-paper-store';
import { VersionsPanel } from './VersionsPanel';
import { WritePanel } from './WritePanel';

const views = ['write', 'document', 'versions'] as const;
type View = (typeof views)[number];

/**
 * The paper's three views over one text being written: switching between them keeps the words
 * typed (they are state of this page, not of a view), so the tabs need not ask about unsaved text.
 */
export function PaperWorkspace({ catalogue, initial, commitments }: { catalogue: CatalogueView; initial: { paper: PriorityPaper; versions: PaperVersionSummary[] }; commitments: readonly CommitmentView[] }) {
  const { t, i18n } = useTranslation();
  const store = usePaperStore(initial);
  const [view, setView] = useState<View>('write');
  const uiLocale = asUiLocale(i18n.language) ?? 'en';
  const at = store.stored.updatedAt === 0 ? null : new Date(store.stored.updatedAt).toISOString();
  // A failed save is explained once, by SaveProblems under the editor: the editor itself only says "unsaved".
  const save: SaveState =
    store.saving.state === 'saving'
      ? { state: 'saving' }
      : store.dirty
          ? { state: 'dirty' }
          : { state: 'clean', at, justSaved: store.saving.state === 'saved' };

  return (
    <Tabs<View> label={t('paper.views.label')} selected={view} onSelect={setView} tabs={views.map((key) => ({ key, label: t(`paper.views.${key}`) }))}>
      {view === 'write' ? <WritePanel store={store} catalogue={catalogue} commitments={commitments} save={save} /> : null}
      {view === 'document' ? <DocumentPanel content={store.stored.content} dirty={store.dirty} catalogue={catalogue} commitments={commitments} initialLocale={uiLocale} /> : null}
      {view === 'versions' ? <VersionsPanel store={store} catalogue={catalogue} commitments={commitments} initialLocale={uiLocale} /> : null}
    </Tabs>
  );
}
