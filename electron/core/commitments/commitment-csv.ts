import type { Commitment } from '../../../shared/domain/commitment';
import { csvField, neutraliseFormula } from '../observations/export/spreadsheet-text';

/** The columns of the commitments CSV, in order; the header row spells them so. */
export const commitmentCsvColumns = [
  'id',
  'title_en',
  'title_fr',
  'title_ar',
  'status',
  'status_reason',
  'owner',
  'start',
  'due',
  'domains',
  'target_groups',
  'tags',
  'progress',
  'open_tasks',
  'next_milestone',
] as const;

/**
 * The commitments as a CSV a spreadsheet opens: one row per commitment, written the way the
 * observations export writes (a BOM so Excel reads UTF-8 and Arabic, CRLF rows, the same quoting and
 * every text cell neutralised so it cannot run as a formula). `progress` holds each commitment's
 * computed progress status by uid; a commitment missing from it gets an empty cell.
 */
export function commitmentsCsv(commitments: readonly Commitment[], progress: ReadonlyMap<string, string>): string {
  const rows = commitments.map((commitment) => commitmentRow(commitment, progress.get(commitment.uid) ?? ''));
  return `\ufeff${[commitmentCsvColumns, ...rows].map((cells) => `${cells.map(csvField).join(',')}\r\n`).join('')}`;
}

function commitmentRow(commitment: Commitment, progress: string): (string | number)[] {
  const text = (value: string) => neutraliseFormula(value);
  // Codes are joined with ';' — the cell's own separator, so a spreadsheet's "text to columns" splits them.
  const list = (values: readonly string[]) => text(values.join(';'));
  return [
    commitment.uid,
    text(commitment.texts.en.title),
    text(commitment.texts.fr.title),
    text(commitment.texts.ar.title),
    commitment.status,
    text(commitment.statusReason),
    text(commitment.owner),
    commitment.start ?? '',
    commitment.due ?? '',
    list(commitment.domains),
    list(commitment.targetGroups),
    list(commitment.tags),
    text(progress),
    commitment.tasks.filter((task) => task.kind === 'task' && !task.done).length,
    text(nextMilestone(commitment)),
  ];
}

/**
 * The milestone the commitment works towards now: the earliest unfinished one with a due date (even
 * if that date has passed — it is still the next to reach), else the first unfinished undated one.
 * Written as `YYYY-MM-DD title` so the cell sorts by date.
 */
function nextMilestone(commitment: Commitment): string {
  const open = commitment.tasks.filter((task) => task.kind === 'milestone' && !task.done);
  const dated = open.flatMap((task) => (task.due ? [{ due: task.due, title: task.title }] : []));
  const earliest = dated.reduce<{ due: string; title: string } | null>((best, task) => (best === null || task.due < best.due ? task : best), null);
  if (earliest) return `${earliest.due} ${earliest.title}`;
  return open[0]?.title ?? '';
}
