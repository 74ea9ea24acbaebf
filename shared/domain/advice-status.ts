/**
 * The life of a piece of peer technical advice (domain.md §3): draft → sent → answered →
 * accepted / declined → closed. Two cities write it: the **adviser** (the city that wrote the advice)
 * and the **owner** (the city whose item it is about). Each side's acts travel in its own bundles,
 * so the status is not stored anywhere: it is worked out from the acts, in the order they were made,
 * the same way on both sides.
 */

export const adviceStatuses = ['draft', 'sent', 'answered', 'accepted', 'declined', 'closed'] as const;
export type AdviceStatus = (typeof adviceStatuses)[number];

/**
 * What a side can do: `send` (the adviser's bundle to the owner carries the advice), `reply` (a
 * message in the thread), `accept` and `decline` (the owner's answer), `close` (ends the thread).
 */
export const adviceActs = ['send', 'reply', 'accept', 'decline', 'close'] as const;
export type AdviceAct = (typeof adviceActs)[number];

export type AdviceSide = 'adviser' | 'owner';

/**
 * Where an act leads from a status, or null when that side may not do it then:
 * - only the adviser sends, and only a draft;
 * - both sides reply while the thread is open; the owner's first reply makes the advice answered;
 * - only the owner accepts or declines, once the advice was sent (with or without a reply first),
 *   and may change its mind (the other answer) until the thread is closed;
 * - either side closes an advice that was accepted or declined;
 * - nothing happens to a closed thread.
 */
export function nextAdviceStatus(status: AdviceStatus, act: AdviceAct, side: AdviceSide): AdviceStatus | null {
  if (status === 'closed') return null;
  switch (act) {
    case 'send':
      return status === 'draft' && side === 'adviser' ? 'sent' : null;
    case 'reply':
      if (status === 'draft') return null;
      return status === 'sent' && side === 'owner' ? 'answered' : status;
    case 'accept':
    case 'decline': {
      const to = act === 'accept' ? 'accepted' : 'declined';
      return status === 'draft' || status === to || side !== 'owner' ? null : to;
    }
    case 'close':
      return status === 'accepted' || status === 'declined' ? 'closed' : null;
  }
}

/** One act in a thread, as either side's records give it. */
export interface AdviceEvent {
  act: Exclude<AdviceAct, 'send'>;
  side: AdviceSide;
  /** Unix milliseconds when it was made; ties are broken by `uid`. */
  at: number;
  uid: string;
}

/** An act that did not apply where it falls in the thread (made at the same time as the other side's). */
export interface SkippedEvent {
  uid: string;
  status: AdviceStatus;
}

/**
 * The status of an advice from its acts. The writer refuses an act its own side may not make, but
 * the two sides act apart: the owner may accept while the adviser closes, and the two bundles cross.
 * Acts are taken in time order (then by id, so both sides agree) and one that does not apply where
 * it falls is skipped and said, never guessed at.
 */
export function adviceStatusOf(sent: boolean, events: readonly AdviceEvent[]): { status: AdviceStatus; skipped: SkippedEvent[] } {
  let status: AdviceStatus = sent ? 'sent' : 'draft';
  const skipped: SkippedEvent[] = [];
  const ordered = [...events].sort((a, b) => a.at - b.at || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  for (const event of ordered) {
    const next = nextAdviceStatus(status, event.act, event.side);
    if (next === null) skipped.push({ uid: event.uid, status });
    else status = next;
  }
  return { status, skipped };
}

/** The acts a side may make now: what the interface offers, and what the writer accepts. */
export function allowedAdviceActs(status: AdviceStatus, side: AdviceSide): AdviceAct[] {
  return adviceActs.filter((act) => nextAdviceStatus(status, act, side) !== null);
}
