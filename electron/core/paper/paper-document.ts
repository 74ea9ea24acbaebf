import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { commitmentTitle } from '../../../shared/domain/commitment';
import { commitmentWords } from '../../../shared/domain/commitment-words';
import type { UiLocale } from '../../../shared/domain/locales';
import type { PaperContent } from '../../../shared/domain/priority-paper';
import { citationKey, collectCitations } from '../../../shared/narrative/index';
import { outlineTexts, paperOutline, type MeasureFacts, type PaperOutline } from '../../../shared/paper/paper-outline';
import { viewCommitment } from '../commitments/commitment-progress';
import { listCommitments } from '../commitments/commitment-queries';
import { resolveCitations } from '../narrative/resolve-citations';
import { labelsColumn } from '../store/json-columns';

/**
 * The paper's outline in one language, with its figures resolved from today's data and its measures'
 * live status: the one document tree the DOCX and the printed page are made from.
 */
export function paperDocument(db: Database, city: string, content: PaperContent, locale: UiLocale, today: string): PaperOutline {
  const words = commitmentWords[locale];
  const commitments = new Map<string, MeasureFacts>(
    listCommitments(db, city).map((c) => {
      const view = viewCommitment(db, c, today);
      return [c.uid, { title: commitmentTitle(c, locale), status: words.statuses[c.status], progress: words.progress[view.progress ?? 'none'] }];
    }),
  );
  const targetGroups = new Map(z.array(z.object({ code: z.string(), name: labelsColumn })).parse(db.prepare('SELECT code, name FROM target_groups').all()).map((g) => [g.code, g.name]));
  const peopleCounts = new Set(z.array(z.string()).parse(db.prepare("SELECT code FROM indicator_scope WHERE scope = ? AND unit = 'count' AND counts_people = 1").pluck().all(city)));
  const names = z.object({ names: labelsColumn }).optional().parse(db.prepare('SELECT names FROM cities WHERE code = ?').get(city));
  const cityName = names?.names[locale] ?? city;
  const base = { content, locale, city: cityName, date: today, countsPeople: (indicator: string) => peopleCounts.has(indicator), commitments, targetGroups };
  // First the texts, to know what they cite; then the outline with every figure resolved.
  const draft = paperOutline({ ...base, answers: new Map() });
  const keys = [...new Set(outlineTexts(draft.sections).flatMap((text) => collectCitations(text.blocks).map(citationKey)))];
  const answers = new Map(resolveCitations(db, city, keys).map((answer) => [answer.key, answer]));
  return paperOutline({ ...base, answers });
}
