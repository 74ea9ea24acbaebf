import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Commitment, CommitmentDraft } from '../../../shared/domain/commitment';
import { uiLocales, type UiLocale } from '../../../shared/domain/locales';
import type { OwnCity } from '../city/own-city';
import { FocalError } from '../errors';
import { contentColumnNames, findCommitment, readStoredCommitment, type ContentColumns, type StoredCommitment } from './commitment-queries';
import { validateCommitment } from './commitment-validator';

/**
 * The one writer of commitments (docs/data-model.md): only the own city's, after the one validator;
 * each change raises the revision, writing the same content again changes nothing, a removal leaves a
 * tombstone, and a commitment saved again under a removed id continues from its tombstone's revision.
 */

/** Adds a commitment (no `uid`) or changes one; answers it as stored. */
export function saveCommitment(db: Database, city: OwnCity, now: Date, draft: CommitmentDraft): Commitment {
  const uid = draft.uid ?? randomUUID();
  const stored = readStoredCommitment(db, city.code, uid);
  if (draft.uid !== undefined && (!stored || stored.deleted) && draft.baseRevision !== undefined && draft.baseRevision > 0) {
    throw new FocalError('not_found', 'This commitment was removed since you opened it.');
  }
  validateCommitment(db, city, draft, stored ? { status: stored.columns.status, revision: stored.revision, deleted: stored.deleted } : null);
  const columns = toColumns(draft, stale(draft, stored));
  if (!stored) {
    db.prepare(
      `INSERT INTO commitments (city, uid, original, texts, stale, domains, target_groups, tags, owner, start, due, status, status_reason, tasks, targets, notes, revision, updated_at, deleted)
       VALUES (@city, @uid, @original, @texts, @stale, @domains, @target_groups, @tags, @owner, @start, @due, @status, @status_reason, @tasks, @targets, @notes, 1, @now, 0)`,
    ).run({ city: city.code, uid, now: now.getTime(), ...columns });
  } else if (stored.deleted || !sameContent(stored.columns, columns)) {
    db.prepare(
      `UPDATE commitments SET original = @original, texts = @texts, stale = @stale, domains = @domains, target_groups = @target_groups, tags = @tags, owner = @owner,
         start = @start, due = @due, status = @status, status_reason = @status_reason, tasks = @tasks, targets = @targets, notes = @notes,
         revision = revision + 1, updated_at = @now, deleted = 0
       WHERE city = @city AND uid = @uid`,
    ).run({ city: city.code, uid, now: now.getTime(), ...columns });
  }
  const saved = findCommitment(db, city.code, uid);
  if (!saved) throw new Error(`The commitment ${uid} was not saved.`);
  return saved;
}

/** Removes a commitment: a tombstone one revision up, so peers holding it drop it too. */
export function deleteCommitment(db: Database, city: OwnCity, now: Date, uid: string): void {
  const stored = readStoredCommitment(db, city.code, uid);
  if (!stored || stored.deleted) throw new FocalError('not_found', 'This commitment does not exist or was already removed.');
  db.prepare('UPDATE commitments SET deleted = 1, revision = revision + 1, updated_at = ? WHERE city = ? AND uid = ?').run(now.getTime(), city.code, uid);
}

/**
 * The translations that trail the original: a change of the original's text (or of which language
 * is the original) makes every other written language trail it, until that language's text is
 * changed too or the writer confirms it.
 */
function stale(draft: CommitmentDraft, stored: StoredCommitment | null): UiLocale[] {
  if (!stored || stored.deleted) return [];
  const changed = (locale: UiLocale): boolean => JSON.stringify(draft.texts[locale]) !== JSON.stringify(stored.texts[locale]);
  const originalMoved = stored.columns.original !== draft.original || changed(draft.original);
  return uiLocales.filter(
    (locale) =>
      locale !== draft.original &&
      draft.texts[locale].title !== '' &&
      (originalMoved || stored.stale.includes(locale)) &&
      !changed(locale) &&
      !draft.confirmedTranslations.includes(locale),
  );
}

function toColumns(draft: CommitmentDraft, staleLocales: readonly UiLocale[]): ContentColumns {
  // Notes read as a log: newest first, whatever order the form sent them in.
  const notes = [...draft.notes].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
  return {
    original: draft.original,
    texts: JSON.stringify(draft.texts),
    stale: JSON.stringify(staleLocales),
    domains: JSON.stringify(draft.domains),
    target_groups: JSON.stringify(draft.targetGroups),
    tags: JSON.stringify(draft.tags),
    owner: draft.owner,
    start: draft.start,
    due: draft.due,
    status: draft.status,
    status_reason: draft.statusReason,
    tasks: JSON.stringify(draft.tasks),
    targets: JSON.stringify(draft.targets),
    notes: JSON.stringify(notes),
  };
}

function sameContent(a: ContentColumns, b: ContentColumns): boolean {
  return contentColumnNames.every((key) => a[key] === b[key]);
}
