import { useTranslation } from 'react-i18next';
import type { CommitmentStatus } from '../../../../shared/domain/commitment';
import type { ProgressStatus } from '../../../../shared/domain/progress-rule';

// Each status has its own mark as well as its colour, so that it reads without colour too.
const statusMarks: Readonly<Record<CommitmentStatus, string>> = { planned: '○', in_progress: '◐', done: '●', blocked: '■', dropped: '✕' };
const progressMarks: Readonly<Record<ProgressStatus | 'none', string>> = { achieved: '✓', on_track: '↗', off_track: '!', deteriorating: '↘', no_data: '…', none: '–' };

/** A commitment's status: its word, a mark and a colour. */
export function StatusBadge({ status }: { status: CommitmentStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`state state--${status}`} data-testid="commitment-status">
      <span className="state__mark" aria-hidden="true">
        {statusMarks[status]}
      </span>
      {t(`commitments.status.${status}`)}
    </span>
  );
}

/** Where the figures say a commitment or target stands; `none` for a commitment without targets. */
export function ProgressBadge({ progress }: { progress: ProgressStatus | 'none' }) {
  const { t } = useTranslation();
  return (
    <span className={`state state--${progress}`} data-testid="progress-status">
      <span className="state__mark" aria-hidden="true">
        {progressMarks[progress]}
      </span>
      {t(`commitments.progress.${progress}`)}
    </span>
  );
}
