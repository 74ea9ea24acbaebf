import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AdviceDraft, AdviceOutcomeInput, AdviceReplyInput, AdviceRequestDraft } from '../../../shared/domain/advice';
import { allowedAdviceActs } from '../../../shared/domain/advice-status';
import { readOwnCity } from '../city/city-queries';
import type { OwnCity } from '../city/own-city';
import { FocalError } from '../errors';
import { findAdvice } from './advice-queries';
import { storedAdvice, storedOutcome, storedRequest } from './advice-rows';
import { checkBaseRevision, validateAdvice, validateAdviceOutcome, validateAdviceRequest } from './advice-validator';

/**
 * The one writer of advice records (docs/data-model.md): only the own city's, after the one
 * validator; a change raises the revision, writing the same content again changes nothing, a
 * removal leaves a tombstone. Advice is a draft until a bundle to its city carries it
 * (export-bundle.ts notes `sent_at`); from then on it is what the other city read, and only its
 * thread grows.
 */

/** Who writes: the focal point's name, as the other city will see it in the thread. */
function authorOf(db: Database): string {
  return readOwnCity(db)?.focalPoint?.name ?? '';
}

export function saveAdvice(db: Database, city: OwnCity, now: Date, draft: AdviceDraft): string {
  const uid = draft.uid ?? randomUUID();
  const stored = storedAdvice(db, city.code, uid);
  if (draft.uid !== undefined && (!stored || stored.deleted) && draft.baseRevision !== undefined && draft.baseRevision > 0) {
    throw new FocalError('not_found', 'This advice was removed since you opened it.');
  }
  if (stored && !stored.deleted && stored.sent_at !== null) {
    throw new FocalError('invalid_input', 'This advice was sent: the other city has read it as it is. Add a reply to its thread instead.');
  }
  if (stored && !stored.deleted && stored.to_city !== draft.toCity) throw new FocalError('invalid_input', 'A draft stays addressed to the city whose item it is about.');
  checkBaseRevision(stored ? { revision: stored.revision, deleted: stored.deleted } : null, draft.baseRevision, 'advice');
  const item = validateAdvice(db, city, draft, draft.seenVersion);
  const columns = {
    to_city: draft.toCity,
    request_uid: draft.request,
    item_kind: draft.item.kind,
    item_id: draft.item.id,
    item_version: item.version,
    item_text: item.text,
    domains: JSON.stringify(item.domains),
    kind: draft.kind,
    original: draft.original,
    texts: JSON.stringify(draft.texts),
    quote: draft.quote,
    reference: draft.reference.trim(),
    author: stored && !stored.deleted ? stored.author : authorOf(db),
    ready: draft.ready ? 1 : 0,
  };
  const values = { city: city.code, uid, now: now.getTime(), ...columns };
  const after: Record<string, unknown> = columns;
  const names = Object.keys(columns);
  if (!stored) {
    db.prepare(`INSERT INTO advice (city, uid, ${names.join(', ')}, revision, updated_at, deleted) VALUES (@city, @uid, ${names.map((n) => `@${n}`).join(', ')}, 1, @now, 0)`).run(values);
  } else {
    const before: Record<string, unknown> = { ...stored, domains: JSON.stringify(stored.domains), texts: JSON.stringify(stored.texts), ready: stored.ready ? 1 : 0 };
    if (stored.deleted || names.some((name) => before[name] !== after[name])) {
      db.prepare(`UPDATE advice SET ${names.map((n) => `${n} = @${n}`).join(', ')}, revision = revision + 1, updated_at = @now, deleted = 0 WHERE city = @city AND uid = @uid`).run(values);
    }
  }
  return uid;
}

/** Removes a draft; advice already sent stays (its thread can be closed). */
export function deleteAdvice(db: Database, city: OwnCity, now: Date, uid: string): void {
  const stored = storedAdvice(db, city.code, uid);
  if (!stored || stored.deleted) throw new FocalError('not_found', 'This advice does not exist or was already removed.');
  if (stored.sent_at !== null) throw new FocalError('invalid_input', 'This advice was sent and cannot be removed; close its thread instead.');
  // Never sent, so the tombstone need not travel: not ready, it stays here.
  db.prepare('UPDATE advice SET deleted = 1, ready = 0, revision = revision + 1, updated_at = ? WHERE city = ? AND uid = ?').run(now.getTime(), city.code, uid);
}

/**
 * Adds an act to an advice's thread, from the side the own city is on: the status machine says
 * what that side may do now (shared/domain/advice-status.ts), and anything else is refused.
 */
export function addAdviceReply(db: Database, city: OwnCity, now: Date, input: AdviceReplyInput): string {
  const advice = findAdvice(db, city.code, input.adviceCity, input.adviceUid);
  if (!advice) throw new FocalError('not_found', 'There is no such advice given or received by your city.');
  const side = advice.city === city.code ? 'adviser' : 'owner';
  if (!allowedAdviceActs(advice.status, side).includes(input.act)) {
    throw new FocalError('invalid_input', `This advice is ${advice.status}: ${side === 'adviser' ? 'the adviser' : 'your city'} cannot ${input.act} it now.`, [
      { path: 'act', message: 'Not allowed now.', problem: { code: 'act_not_allowed', params: { status: advice.status, act: input.act } } },
    ]);
  }
  const uid = randomUUID();
  db.prepare(
    `INSERT INTO advice_replies (city, uid, advice_city, advice_uid, to_city, act, original, texts, author, made_at, revision, updated_at, deleted)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 0)`,
  ).run(city.code, uid, advice.city, advice.uid, side === 'adviser' ? advice.toCity : advice.city, input.act, input.original, JSON.stringify(input.texts), authorOf(db), now.getTime(), now.getTime());
  return uid;
}

/** Writes the own city's learning record on an advice it received. */
export function saveAdviceOutcome(db: Database, city: OwnCity, now: Date, input: AdviceOutcomeInput): void {
  const advice = findAdvice(db, city.code, input.adviceCity, input.adviceUid);
  if (!advice || advice.toCity !== city.code) throw new FocalError('not_found', 'A learning record is kept on advice your city received; there is no such advice.');
  validateAdviceOutcome(db, city, input);
  const stored = storedOutcome(db, city.code, input.adviceCity, input.adviceUid);
  const values = { city: city.code, adviceCity: input.adviceCity, adviceUid: input.adviceUid, original: input.original, texts: JSON.stringify(input.texts), commitments: JSON.stringify(input.commitments), now: now.getTime() };
  if (!stored) {
    db.prepare('INSERT INTO advice_outcomes (city, advice_city, advice_uid, original, texts, commitments, revision, updated_at, deleted) VALUES (@city, @adviceCity, @adviceUid, @original, @texts, @commitments, 1, @now, 0)').run(values);
  } else if (stored.deleted || stored.original !== values.original || JSON.stringify(stored.texts) !== values.texts || JSON.stringify(stored.commitments) !== values.commitments) {
    db.prepare('UPDATE advice_outcomes SET original = @original, texts = @texts, commitments = @commitments, revision = revision + 1, updated_at = @now, deleted = 0 WHERE city = @city AND advice_city = @adviceCity AND advice_uid = @adviceUid').run(values);
  }
}

export function saveAdviceRequest(db: Database, city: OwnCity, now: Date, draft: AdviceRequestDraft): string {
  const uid = draft.uid ?? randomUUID();
  const stored = storedRequest(db, city.code, uid);
  if (draft.uid !== undefined && (!stored || stored.deleted) && draft.baseRevision !== undefined && draft.baseRevision > 0) {
    throw new FocalError('not_found', 'This request was removed since you opened it.');
  }
  checkBaseRevision(stored ? { revision: stored.revision, deleted: stored.deleted } : null, draft.baseRevision, 'request');
  validateAdviceRequest(db, city, draft);
  const values = { city: city.code, uid, toCity: draft.toCity, kind: draft.item.kind, id: draft.item.id, original: draft.original, texts: JSON.stringify(draft.texts), author: authorOf(db), now: now.getTime() };
  if (!stored) {
    db.prepare('INSERT INTO advice_requests (city, uid, to_city, item_kind, item_id, original, texts, author, revision, updated_at, deleted) VALUES (@city, @uid, @toCity, @kind, @id, @original, @texts, @author, 1, @now, 0)').run(values);
  } else if (stored.deleted || stored.to_city !== values.toCity || stored.item_kind !== values.kind || stored.item_id !== values.id || stored.original !== values.original || JSON.stringify(stored.texts) !== values.texts) {
    // A changed request goes again, to whom it now names.
    db.prepare('UPDATE advice_requests SET to_city = @toCity, item_kind = @kind, item_id = @id, original = @original, texts = @texts, sent_at = NULL, revision = revision + 1, updated_at = @now, deleted = 0 WHERE city = @city AND uid = @uid').run(values);
  }
  return uid;
}

/** Withdraws a request: the tombstone travels, so the cities asked see it is no longer open. */
export function deleteAdviceRequest(db: Database, city: OwnCity, now: Date, uid: string): void {
  const stored = storedRequest(db, city.code, uid);
  if (!stored || stored.deleted) throw new FocalError('not_found', 'This request does not exist or was already withdrawn.');
  db.prepare('UPDATE advice_requests SET deleted = 1, sent_at = NULL, revision = revision + 1, updated_at = ? WHERE city = ? AND uid = ?').run(now.getTime(), city.code, uid);
}
