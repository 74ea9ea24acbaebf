import type { Commitment } from '../../../shared/domain/commitment';
import type { Agenda, Deadline } from '../../../shared/domain/commitment-view';

/** How far ahead the Dashboard looks for what is due. */
export const agendaDays = 30;

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * What is overdue and what falls due in the next 30 days: open commitments' due dates and their
 * open tasks and milestones. A done or dropped commitment's leftover tasks are not deadlines anymore.
 */
export function agendaOf(commitments: readonly Commitment[], today: string): Agenda {
  const deadlines: Deadline[] = [];
  for (const c of commitments) {
    if (c.status === 'done' || c.status === 'dropped') continue;
    const base = { commitment: c.uid, texts: c.texts, original: c.original };
    if (c.due !== null) deadlines.push({ ...base, part: null, kind: 'commitment', title: '', due: c.due });
    for (const task of c.tasks) {
      if (!task.done && task.due !== null) deadlines.push({ ...base, part: task.uid, kind: task.kind, title: task.title, due: task.due });
    }
  }
  deadlines.sort((a, b) => (a.due === b.due ? 0 : a.due < b.due ? -1 : 1));
  const horizon = addDays(today, agendaDays);
  return {
    today,
    overdue: deadlines.filter((d) => d.due < today),
    upcoming: deadlines.filter((d) => d.due >= today && d.due <= horizon),
  };
}
