import { useTranslation } from 'react-i18next';
import type { PaperContent } from '../../../../shared/domain/priority-paper';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/use-format';
import { problemText } from './problem-text';
import type { PaperSaving } from './use-paper-store';

/**
 * Why the last save failed, above the part being written: a change made elsewhere (the paper's
 * revision moved on), or the problems the core found, each named with the part it is in.
 */
export function SaveProblems({ saving, draft, onReload }: { saving: PaperSaving; draft: PaperContent; onReload(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (saving.state !== 'failed') return null;
  if (saving.error.code === 'conflict') {
    return (
      <Notice tone="warning" title={t('paper.conflict.title')}>
        <p>{t('paper.conflict.message')}</p>
        <button type="button" className="button" onClick={onReload}>
          {t('paper.conflict.reload')}
        </button>
      </Notice>
    );
  }
  if (saving.places.length === 0) return <ErrorNotice error={saving.error} />;
  const partName = (part: string) => {
    if (part === 'context') return t('paper.parts.context');
    if (part === 'validation') return t('paper.parts.validation');
    const index = draft.priorities.findIndex((p) => `priority:${p.uid}` === part);
    return t('paper.parts.untitled', { number: format.integer(index + 1) });
  };
  return (
    <Notice tone="error" title={t('paper.problems.title')}>
      <ul className="paper-problems" data-testid="paper-save-problems">
        {saving.places.map((place, i) => (
          <li key={i}>
            {t('paper.problems.at', { part: partName(place.part), problem: problemText(t, place, format.integer) })}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
