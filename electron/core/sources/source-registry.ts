import type { Database, Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { SourceKind } from '../../../shared/domain/observation';
import type { OwnCity } from '../city/own-city';

/**
 * How the one validator turns the source a row cites into the row's link: the registry below, or —
 * in an import's reading thread, which cannot write — a numbering of the citations that the writing
 * thread then resolves through the registry.
 */
export interface SourceRefs {
  /** The link of the source a citation names (a new one the first time it is seen). */
  refFor(citation: string): number;
  /** The link of the live source with this identity, or null. */
  refOf(uid: string): number | null;
}

/**
 * The own city's sources, by citation and by identity. A write cites a source by its text (a file,
 * a cell) or by its uid (undo, later a bundle); the first time a citation is seen it becomes a new
 * source with a fresh uid — inside the write's transaction, so a dry run or a failed import leaves
 * none behind — and is listed for the user to review. Answers the source's local row id, the link
 * observations keep inside this store.
 */
export class SourceRegistry implements SourceRefs {
  private readonly byCitation = new Map<string, number>();
  private readonly byUid = new Map<string, number>();
  readonly created: string[] = [];
  private readonly insert: Statement;

  constructor(
    db: Database,
    private readonly city: OwnCity,
    private readonly newKind: SourceKind,
    private readonly now: Date,
  ) {
    const rows = z.array(z.object({ id: z.number(), uid: z.string(), citation: z.string() })).parse(db.prepare('SELECT id, uid, citation FROM sources WHERE city = ? AND deleted = 0').all(city.code));
    for (const row of rows) {
      this.byCitation.set(row.citation, row.id);
      this.byUid.set(row.uid, row.id);
    }
    this.insert = db.prepare("INSERT INTO sources (city, uid, citation, publisher, year, kind, revision, updated_at) VALUES (?, ?, ?, '', NULL, ?, 1, ?) RETURNING id");
  }

  /** The source a citation names, created if it is new. */
  private lastCitation = '';
  private lastRef = 0;

  refFor(citation: string): number {
    // Files cite the same source on row after row.
    if (citation === this.lastCitation && this.lastRef !== 0) return this.lastRef;
    const ref = this.lookUpOrCreate(citation);
    this.lastCitation = citation;
    this.lastRef = ref;
    return ref;
  }

  private lookUpOrCreate(citation: string): number {
    const known = this.byCitation.get(citation);
    if (known !== undefined) return known;
    const uid = randomUUID();
    const { id } = z.object({ id: z.number() }).parse(this.insert.get(this.city.code, uid, citation, this.newKind, this.now.getTime()));
    this.byCitation.set(citation, id);
    this.byUid.set(uid, id);
    this.created.push(citation);
    return id;
  }

  /** The live source with this identity, or null. */
  refOf(uid: string): number | null {
    return this.byUid.get(uid) ?? null;
  }
}
