import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { PaperContent } from '../../../shared/domain/priority-paper';
import { savePaper, saveVersion } from '../paper/paper-writer';
import type { OwnCity } from './own-city';

/**
 * The sample city's priority paper is data (resources/sample-city/priority-paper.json): each named
 * version is saved as the paper and kept under its name, in order, then the current text, all
 * through the one writer, so the sample shows versions to compare and a paper to export.
 */
const SamplePaper = z.object({ versions: z.array(z.object({ name: z.string(), content: PaperContent })), current: PaperContent });

export function loadSamplePaper(db: Database, city: OwnCity, resourcesDir: string, now: Date): void {
  const paper = SamplePaper.parse(JSON.parse(readFileSync(join(resourcesDir, 'sample-city', 'priority-paper.json'), 'utf8')));
  paper.versions.forEach((version, i) => {
    // A minute apart, so the versions list in the order they were written.
    const at = new Date(now.getTime() - (paper.versions.length - i) * 60_000);
    savePaper(db, city, at, version.content, undefined);
    saveVersion(db, city, at, version.name);
  });
  savePaper(db, city, now, paper.current, undefined);
}
