import { describe, expect, it } from 'vitest';
import { adviceActs, adviceStatusOf, adviceStatuses, allowedAdviceActs, nextAdviceStatus, type AdviceAct, type AdviceSide, type AdviceStatus } from '../../shared/domain/advice-status';

/**
 * The status machine of peer advice: every status, act and side, against the table a focal point
 * would write down (issue 11: draft → sent → answered → accepted / declined → closed).
 */

const sides: AdviceSide[] = ['adviser', 'owner'];

/** The whole table, written out: what is not here is refused. */
const allowed: Record<string, AdviceStatus> = {
  'draft send adviser': 'sent',
  'sent reply adviser': 'sent',
  'sent reply owner': 'answered',
  'sent accept owner': 'accepted',
  'sent decline owner': 'declined',
  'answered reply adviser': 'answered',
  'answered reply owner': 'answered',
  'answered accept owner': 'accepted',
  'answered decline owner': 'declined',
  'accepted reply adviser': 'accepted',
  'accepted reply owner': 'accepted',
  'accepted decline owner': 'declined',
  'accepted close adviser': 'closed',
  'accepted close owner': 'closed',
  'declined reply adviser': 'declined',
  'declined reply owner': 'declined',
  'declined accept owner': 'accepted',
  'declined close adviser': 'closed',
  'declined close owner': 'closed',
};

describe('the status of peer advice', () => {
  it('moves only along the table, for the side allowed to act', () => {
    for (const status of adviceStatuses)
      for (const act of adviceActs)
        for (const side of sides) {
          const key = `${status} ${act} ${side}`;
          expect(nextAdviceStatus(status, act, side), key).toBe(allowed[key] ?? null);
        }
  });

  it('offers each side what it may do now', () => {
    expect(allowedAdviceActs('draft', 'adviser')).toEqual<AdviceAct[]>(['send']);
    expect(allowedAdviceActs('draft', 'owner')).toEqual([]);
    expect(allowedAdviceActs('sent', 'owner')).toEqual<AdviceAct[]>(['reply', 'accept', 'decline']);
    expect(allowedAdviceActs('sent', 'adviser')).toEqual<AdviceAct[]>(['reply']);
    expect(allowedAdviceActs('accepted', 'adviser')).toEqual<AdviceAct[]>(['reply', 'close']);
    expect(allowedAdviceActs('accepted', 'owner')).toEqual<AdviceAct[]>(['reply', 'decline', 'close']);
    expect(allowedAdviceActs('closed', 'owner')).toEqual([]);
  });

  it('follows a thread from both sides in time order, whatever order the records arrive in', () => {
    const thread = [
      { act: 'close', side: 'adviser', at: 40, uid: 'd' },
      { act: 'reply', side: 'owner', at: 10, uid: 'a' },
      { act: 'accept', side: 'owner', at: 30, uid: 'c' },
      { act: 'reply', side: 'adviser', at: 20, uid: 'b' },
    ] as const;
    expect(adviceStatusOf(true, thread)).toEqual({ status: 'closed', skipped: [] });
    expect(adviceStatusOf(true, thread.slice(1, 3))).toEqual({ status: 'accepted', skipped: [] });
    expect(adviceStatusOf(true, [thread[1]])).toEqual({ status: 'answered', skipped: [] });
    expect(adviceStatusOf(true, [])).toEqual({ status: 'sent', skipped: [] });
    expect(adviceStatusOf(false, [])).toEqual({ status: 'draft', skipped: [] });
  });

  it('skips, and says so, an act that crossed the other side’s in the post', () => {
    // The adviser closed before the owner's answer arrived: closing an unanswered advice does not apply.
    const crossed = adviceStatusOf(true, [
      { act: 'close', side: 'adviser', at: 10, uid: 'x' },
      { act: 'decline', side: 'owner', at: 20, uid: 'y' },
    ]);
    expect(crossed).toEqual({ status: 'declined', skipped: [{ uid: 'x', status: 'sent' }] });
    // Made at the same moment: the ids decide, the same on both sides.
    const tie = [
      { act: 'accept', side: 'owner', at: 5, uid: 'b' },
      { act: 'decline', side: 'owner', at: 5, uid: 'a' },
    ] as const;
    expect(adviceStatusOf(true, tie).status).toBe('accepted');
    expect(adviceStatusOf(true, [...tie].reverse()).status).toBe('accepted');
    // The same answer twice: the second says nothing new.
    expect(adviceStatusOf(true, [tie[0], { ...tie[0], at: 6, uid: 'c' }])).toEqual({ status: 'accepted', skipped: [{ uid: 'c', status: 'accepted' }] });
    // Nothing moves a closed thread.
    expect(adviceStatusOf(true, [
      { act: 'accept', side: 'owner', at: 1, uid: 'p' },
      { act: 'close', side: 'owner', at: 2, uid: 'q' },
      { act: 'reply', side: 'adviser', at: 3, uid: 'r' },
    ])).toEqual({ status: 'closed', skipped: [{ uid: 'r', status: 'closed' }] });
  });
});
