import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import type { PaperVersionSummary } from '../../../../shared/domain/priority-paper';
import { useApi } from '../../api/api-context';
import { ConfirmDialog, type ConfirmChoice } from '../../components/ConfirmDialog';
import { useFormat } from '../../i18n/use-format';
import type { PaperStore } from './use-paper-store';

export type VersionAction = { kind: 'restore'; version: PaperVersionSummary } | { kind: 'delete'; version: PaperVersionSummary };

/** The longest version name the core takes (VersionName). */
const maxName = 120;

/**
 * Asks before going back to a version (saying that the current text is kept as a version first, and
 * under which name) or deleting one, then does it.
 */
export function VersionQuestion({ action, store, onDone, onDeleted, onFailed }: { action: VersionAction; store: PaperStore; onDone(): void; onDeleted(uid: string): void; onFailed(error: ApiError): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  // Worded in the interface language, dated to the minute: the name the current text will be kept under.
  const [keepName] = useState(() => t('paper.versions.keepName', { name: action.version.name, date: format.dateTime(new Date().toISOString()) }).slice(0, maxName));
  const { version } = action;

  const restore = async () => {
    setBusy(true);
    // A name already taken (going back twice in one minute) gets a number, so the current text is always kept.
    const taken = new Set(store.versions.map((v) => v.name));
    let name = keepName;
    for (let n = 2; taken.has(name); n += 1) name = `${keepName.slice(0, maxName - 6)} (${format.integer(n)})`;
    const answer = await api.call('paper.restoreVersion', { uid: version.uid, keepCurrentAs: name });
    if (!answer.ok) {
      setBusy(false);
      onFailed(answer.error);
      return;
    }
    const reloaded = await store.reload();
    setBusy(false);
    if (reloaded) onFailed(reloaded);
    else onDone();
  };

  const remove = async () => {
    setBusy(true);
    const answer = await api.call('paper.deleteVersion', { uid: version.uid });
    setBusy(false);
    if (!answer.ok) return onFailed(answer.error);
    store.setVersions(store.versions.filter((v) => v.uid !== version.uid));
    onDeleted(version.uid);
    onDone();
  };

  const cancel: ConfirmChoice = { label: t('paper.cancel'), tone: 'plain', onChoose: onDone };
  const go: ConfirmChoice =
    action.kind === 'restore'
      ? { label: t('paper.versions.goBackConfirm'), tone: 'primary', onChoose: () => void restore() }
      : { label: t('paper.versions.deleteConfirm'), tone: 'primary', onChoose: () => void remove() };
  return (
      <ConfirmDialog
        title={action.kind === 'restore' ? t('paper.versions.goBackTitle', { name: version.name }) : t('paper.versions.deleteTitle', { name: version.name })}
        message={action.kind === 'restore' ? t('paper.versions.goBackMessage', { keep: keepName }) : t('paper.versions.deleteMessage')}
        choices={[go, cancel]}
        safe={cancel}
        busy={busy}
      />
  );
}
