import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { AdviceFilter, lastActivity, type Advice, type AdviceItemNow, type AdviceItemRef, type AdviceReply, type AdviceRequest, type AdviceSummary, type AdviceTally } from '../../../shared/domain/advice';
import { adviceStatusOf, type AdviceEvent } from '../../../shared/domain/advice-status';
import { readAdviceItem } from './advice-items';
import { adviceRowsOf, adviceRowsTo, replyRowsOn, requestRowsOf, requestRowsTo, storedAdvice, storedOutcome, type AdviceRow, type AdviceRequestRow } from './advice-rows';

/**
 * Advice as the own city sees it: what it gave (its own records) and what it received (peers'
 * records about its items), each with its thread from both sides, its status worked out from the
 * acts (shared/domain/advice-status.ts), its learning record, and the item as this store holds it
 * now against the version the advice was written on.
 */

const blank = { en: '', fr: '', ar: '' };

/** The item now, read once per item for a whole list. */
class ItemsNow {
  private readonly seen = new Map<string, Omit<AdviceItemNow, 'changed'>>();
  constructor(private readonly db: Database) {}

  of(city: string, item: AdviceItemRef, version: string | null): AdviceItemNow {
    const key = `${city}\u0000${item.kind}\u0000${item.id}`;
    let held = this.seen.get(key);
    if (!held) {
      const state = readAdviceItem(this.db, city, item);
      held = { version: state?.version ?? null, text: state?.text ?? null, title: state?.title ?? blank };
      this.seen.set(key, held);
    }
    return { version: held.version, changed: version !== null && held.version !== version, text: held.text, title: held.title };
  }
}

function toAdvice(db: Database, own: string, row: AdviceRow, items: ItemsNow): Advice {
  const replies = replyRowsOn(db, row.city, row.uid).filter((reply) => reply.city === row.city || reply.city === row.to_city);
  const events: AdviceEvent[] = replies.map((reply) => ({ act: reply.act, side: reply.city === row.city ? 'adviser' : 'owner', at: reply.made_at, uid: reply.uid }));
  const given = row.city === own;
  const { status, skipped } = adviceStatusOf(!given || row.sent_at !== null, events);
  const skippedUids = new Set(skipped.map((s) => s.uid));
  const thread: AdviceReply[] = replies.map((reply) => ({
    city: reply.city,
    uid: reply.uid,
    act: reply.act,
    original: reply.original,
    texts: reply.texts,
    author: reply.author,
    madeAt: reply.made_at,
    sent: reply.city === own ? reply.sent_at !== null : null,
    skipped: skippedUids.has(reply.uid),
  }));
  const outcome = storedOutcome(db, row.to_city, row.city, row.uid);
  const item = { kind: row.item_kind, id: row.item_id };
  return {
    city: row.city,
    uid: row.uid,
    toCity: row.to_city,
    item: { ...item, version: row.item_version },
    itemText: row.item_text,
    itemNow: items.of(row.to_city, item, row.item_version),
    domains: row.domains,
    request: row.request_uid,
    kind: row.kind,
    original: row.original,
    texts: row.texts,
    quote: row.quote,
    reference: row.reference,
    author: row.author,
    status,
    ready: given && row.ready,
    sentAt: given ? row.sent_at : null,
    replies: thread,
    outcome: outcome && !outcome.deleted ? { city: outcome.city, original: outcome.original, texts: outcome.texts, commitments: outcome.commitments, updatedAt: outcome.updated_at } : null,
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}

/** Advice given and received by the own city, filtered, the most recently active first. */
export function listAdvice(db: Database, own: string, input: AdviceFilter = {}): Advice[] {
  const filter = AdviceFilter.parse(input);
  const items = new ItemsNow(db);
  const rows = [...(filter.direction === 'received' ? [] : adviceRowsOf(db, own)), ...(filter.direction === 'given' ? [] : adviceRowsTo(db, own))];
  return rows
    .filter((row) => filter.peer === null || (row.city === own ? row.to_city : row.city) === filter.peer)
    .filter((row) => filter.domain === null || row.domains.includes(filter.domain))
    .filter((row) => filter.kind === null || row.kind === filter.kind)
    .filter((row) => filter.item === null || (row.item_kind === filter.item.kind && row.item_id === filter.item.id))
    .map((row) => toAdvice(db, own, row, items))
    .filter((advice) => filter.status === null || advice.status === filter.status)
    .sort((a, b) => lastActivity(b) - lastActivity(a) || (a.uid < b.uid ? -1 : 1));
}

/** One advice the own city gave or received; null when there is none (or it is another pair's). */
export function findAdvice(db: Database, own: string, city: string, uid: string): Advice | null {
  const row = storedAdvice(db, city, uid);
  if (!row || row.deleted || (row.city !== own && row.to_city !== own)) return null;
  return toAdvice(db, own, row, new ItemsNow(db));
}

function toRequest(db: Database, row: AdviceRequestRow, items: ItemsNow): AdviceRequest {
  const item = { kind: row.item_kind, id: row.item_id };
  const answers = z.array(z.object({ city: z.string(), uid: z.string() })).parse(db.prepare('SELECT city, uid FROM advice WHERE to_city = ? AND request_uid = ? AND deleted = 0 ORDER BY updated_at').all(row.city, row.uid));
  return {
    city: row.city,
    uid: row.uid,
    toCity: row.to_city,
    item,
    itemNow: items.of(row.city, item, null),
    original: row.original,
    texts: row.texts,
    author: row.author,
    sentAt: row.sent_at,
    answers,
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}

/** The own city's requests for advice, and the peers' requests addressed to it or to the whole network. */
export function listAdviceRequests(db: Database, own: string): { asked: AdviceRequest[]; received: AdviceRequest[] } {
  const items = new ItemsNow(db);
  return { asked: requestRowsOf(db, own).map((row) => toRequest(db, row, items)), received: requestRowsTo(db, own).map((row) => toRequest(db, row, items)) };
}

/** Advice given and received, counted per peer city and per domain, by status (an advice on several domains counts under each). */
export function adviceSummary(db: Database, own: string): AdviceSummary {
  const byCity = new Map<string, AdviceTally>();
  const byDomain = new Map<string, AdviceTally>();
  const count = (into: Map<string, AdviceTally>, direction: AdviceTally['direction'], key: string | null, advice: Advice) => {
    const id = JSON.stringify([direction, key, advice.status]);
    const row = into.get(id) ?? { direction, key, status: advice.status, count: 0, acted: 0 };
    row.count += 1;
    if (advice.outcome) row.acted += 1;
    into.set(id, row);
  };
  for (const advice of listAdvice(db, own)) {
    const direction = advice.city === own ? 'given' : 'received';
    count(byCity, direction, direction === 'given' ? advice.toCity : advice.city, advice);
    for (const domain of advice.domains.length > 0 ? advice.domains : [null]) count(byDomain, direction, domain, advice);
  }
  const order = (a: AdviceTally, b: AdviceTally) => (a.key ?? '').localeCompare(b.key ?? '') || a.direction.localeCompare(b.direction) || a.status.localeCompare(b.status);
  return { byCity: [...byCity.values()].sort(order), byDomain: [...byDomain.values()].sort(order) };
}

/** How much advice each of the own city's items has received (live, from peers): the count on the item. */
export function adviceCountsOnItems(db: Database, own: string): { kind: AdviceItemRef['kind']; id: string; count: number }[] {
  const counts = new Map<string, { kind: AdviceItemRef['kind']; id: string; count: number }>();
  for (const row of adviceRowsTo(db, own)) {
    const key = `${row.item_kind}\u0000${row.item_id}`;
    const entry = counts.get(key) ?? { kind: row.item_kind, id: row.item_id, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()];
}
