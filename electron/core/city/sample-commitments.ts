import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { CommitmentInput, IsoDate, type CommitmentDraft } from '../../../shared/domain/commitment';
import { saveCommitment } from '../commitments/commitment-writer';
import type { OwnCity } from './own-city';

/**
 * The sample city's action plan is data (resources/sample-city/commitments.json) saved through the
 * one writer. Its dates are written as of the file's reference month and moved to the current month
 * when the sample is opened, so the sample always has something late, something due soon and
 * something ahead of it; the targets' periods stay, since the figures they are judged on do not move.
 */
const SamplePlan = z.object({ reference: IsoDate, commitments: z.array(CommitmentInput) });

/** Whole months from a reference date's month to the current month. */
export function monthsBetween(from: string, to: Date): number {
  const [year, month] = from.split('-').map(Number);
  return (to.getFullYear() - (year ?? to.getFullYear())) * 12 + (to.getMonth() + 1 - (month ?? to.getMonth() + 1));
}

/** A date moved by whole months, kept within the month (31 January + 1 month = 28 or 29 February). */
export function shiftDate(day: string, months: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(date, last));
  return first.toISOString().slice(0, 10);
}

function shifted(draft: CommitmentDraft, months: number): CommitmentDraft {
  const move = (day: string | null): string | null => (day === null ? null : shiftDate(day, months));
  return {
    ...draft,
    start: move(draft.start),
    due: move(draft.due),
    tasks: draft.tasks.map((task) => ({ ...task, due: move(task.due) })),
    notes: draft.notes.map((note) => ({ ...note, date: shiftDate(note.date, months) })),
  };
}

export function loadSampleCommitments(db: Database, city: OwnCity, resourcesDir: string, now: Date): number {
  const plan = SamplePlan.parse(JSON.parse(readFileSync(join(resourcesDir, 'sample-city', 'commitments.json'), 'utf8')));
  const months = monthsBetween(plan.reference, now);
  for (const draft of plan.commitments) saveCommitment(db, city, now, shifted(draft, months));
  return plan.commitments.length;
}
