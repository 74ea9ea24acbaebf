import { useCallback, useState } from 'react';
import { pushStep } from './undo-steps';

export interface UndoStep {
  /** Said on the Undo button: what will be undone. */
  label: string;
  undo(): Promise<boolean>;
}

/**
 * The table's undo: each change pushes the way back (put the old row back, remove the new one).
 * Only this session's changes; the last one comes off first.
 */
export function useUndo(limit = 50) {
  const [steps, setSteps] = useState<UndoStep[]>([]);
  const [busy, setBusy] = useState(false);
  const push = useCallback((step: UndoStep) => setSteps((s) => pushStep(s, step, limit)), [limit]);
  const undoLast = useCallback(async () => {
    const last = steps.at(-1);
    if (!last || busy) return false;
    setBusy(true);
    try {
      const done = await last.undo();
      if (done) setSteps((s) => s.slice(0, -1));
      return done;
    } finally {
      setBusy(false);
    }
  }, [steps, busy]);
  return { last: steps.at(-1) ?? null, push, undoLast, busy };
}
