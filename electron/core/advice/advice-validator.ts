import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { FieldIssue } from '../../../shared/api/result';
import type { AdviceDraft, AdviceRequestDraft, AdviceTexts } from '../../../shared/domain/advice';
import type { OwnCity } from '../city/own-city';
import { FocalError } from '../errors';
import { readAdviceItem, type AdviceItemState } from './advice-items';
import { storedRequest } from './advice-rows';

/**
 * The one validator of advice records (docs/data-model.md). The shapes are the zod schemas'; this
 * checks what needs the store and reports every problem at once, each on its field's path:
 * advice goes to a peer city about an item that city shared, as the version the writer read; a
 * request is about one of the own city's items; a learning record links live own commitments.
 */

type Issue = FieldIssue & { problem: { code: string; params: Record<string, string | number> } };

class Issues {
  readonly list: Issue[] = [];
  add(path: string, message: string, code: string, params: Record<string, string | number> = {}): void {
    this.list.push({ path, message, problem: { code, params } });
  }
  throwAny(what: string): void {
    if (this.list.length === 0) return;
    const first = this.list[0]?.message ?? `The ${what} is not valid.`;
    throw new FocalError('invalid_input', this.list.length === 1 ? first : `${first} (${this.list.length} problems in all.)`, this.list);
  }
}

const isPeer = (db: Database, own: OwnCity, code: string): boolean => code !== own.code && db.prepare('SELECT 1 FROM cities WHERE code = ?').get(code) !== undefined;

/** A stored record changed since the form opened it: refused rather than overwritten. */
export function checkBaseRevision(stored: { revision: number; deleted: boolean } | null, baseRevision: number | undefined, what: string): void {
  if (stored && !stored.deleted && baseRevision !== undefined && baseRevision !== stored.revision) {
    throw new FocalError('conflict', `This ${what} was changed elsewhere since you opened it. Reload it, then make your change again.`, [
      { path: 'baseRevision', message: 'Changed since opened.', problem: { code: 'advice_changed', params: { revision: stored.revision } } },
    ]);
  }
}

function checkText(issues: Issues, texts: AdviceTexts, original: keyof AdviceTexts, message: string): void {
  if (texts[original].trim() === '') issues.add(`texts.${original}`, message, 'text_missing', { locale: original });
}

/** Checks an advice draft; returns the item as the peer's space holds it now (what it is anchored to). */
export function validateAdvice(db: Database, own: OwnCity, draft: AdviceDraft, seenVersion: string): AdviceItemState {
  const issues = new Issues();
  if (!isPeer(db, own, draft.toCity)) issues.add('toCity', `There is no peer city "${draft.toCity}" here: advice goes to a city whose bundle you received.`, 'unknown_city', { value: draft.toCity });
  const item = isPeer(db, own, draft.toCity) ? readAdviceItem(db, draft.toCity, draft.item) : null;
  if (isPeer(db, own, draft.toCity) && !item) issues.add('item', `${draft.toCity} shared no such item (or removed it since).`, 'unknown_item', { kind: draft.item.kind, id: draft.item.id });
  if (item && item.version !== seenVersion) {
    issues.add('item', 'A newer bundle changed this item since you opened it. Read it again, then save your advice.', 'item_changed', { version: item.version });
  }
  checkText(issues, draft.texts, draft.original, 'Write the advice in the language you chose.');
  if (draft.kind === 'good_practice' && draft.reference.trim() === '') issues.add('reference', 'A good practice needs a reference: where others can read about it.', 'reference_missing');
  if (draft.request !== null) {
    const request = storedRequest(db, draft.toCity, draft.request);
    if (!request || request.deleted) issues.add('request', 'The request this answers is no longer there.', 'unknown_request', { uid: draft.request });
    else if (request.item_kind !== draft.item.kind || request.item_id !== draft.item.id) issues.add('request', 'The request is about another item.', 'request_other_item');
  }
  issues.throwAny('advice');
  if (!item) throw new Error('validated advice without its item');
  return item;
}

export function validateAdviceRequest(db: Database, own: OwnCity, draft: AdviceRequestDraft): void {
  const issues = new Issues();
  if (draft.toCity !== null && !isPeer(db, own, draft.toCity)) issues.add('toCity', `There is no peer city "${draft.toCity}" here.`, 'unknown_city', { value: draft.toCity });
  if (!readAdviceItem(db, own.code, draft.item)) issues.add('item', 'Your city has no such item: ask about a commitment, a section of the paper or an indicator with figures.', 'unknown_item', { kind: draft.item.kind, id: draft.item.id });
  checkText(issues, draft.texts, draft.original, 'Write your question in the language you chose.');
  issues.throwAny('request');
}

export function validateAdviceOutcome(db: Database, own: OwnCity, input: { texts: AdviceTexts; original: keyof AdviceTexts; commitments: readonly string[] }): void {
  const issues = new Issues();
  if (input.texts[input.original].trim() === '' && input.commitments.length === 0) {
    issues.add(`texts.${input.original}`, 'Say what changed because of this advice, or link the commitments it led to.', 'text_missing', { locale: input.original });
  }
  const live = new Set(z.array(z.string()).parse(db.prepare('SELECT uid FROM commitments WHERE city = ? AND deleted = 0').pluck().all(own.code)));
  input.commitments.forEach((uid, i) => {
    if (!live.has(uid)) issues.add(`commitments.${i}`, 'The city has no such commitment.', 'unknown_commitment', { uid });
  });
  if (new Set(input.commitments).size !== input.commitments.length) issues.add('commitments', 'A commitment is linked twice.', 'commitment_repeated');
  issues.throwAny('learning record');
}
