import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import type { SourceKind } from '../../../../shared/domain/observation';

/**
 * A city's sources by citation. A file cites a source by its text; the first time a citation is
 * seen it becomes a new source (inside the import's transaction, so a dry run or a failed import
 * leaves none behind) and is listed in the summary for the user to review.
 */
export class SourceRegistry {
  private readonly ids = new Map<string, number>();
  readonly created: string[] = [];
  private readonly insert: Statement;

  constructor(
    db: Database,
    private readonly city: string,
    private readonly newKind: SourceKind,
  ) {
    const rows = z.array(z.object({ id: z.number(), citation: z.string() })).parse(db.prepare('SELECT id, citation FROM sources WHERE city = ?').all(city));
    for (const row of rows) this.ids.set(row.citation, row.id);
    this.insert = db.prepare("INSERT INTO sources (city, citation, publisher, year, kind) VALUES (?, ?, '', NULL, ?) RETURNING id");
  }

  idFor(citation: string): number {
    const known = this.ids.get(citation);
    if (known !== undefined) return known;
    const { id } = z.object({ id: z.number() }).parse(this.insert.get(this.city, citation, this.newKind));
    this.ids.set(citation, id);
    this.created.push(citation);
    return id;
  }
}
