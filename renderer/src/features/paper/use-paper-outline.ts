import { useMemo } from 'react';
import { commitmentTitle } from '../../../../shared/domain/commitment';
import type { CommitmentView } from '../../../../shared/domain/commitment-view';
import { commitmentWords } from '../../../../shared/domain/commitment-words';
import type { UiLocale } from '../../../../shared/domain/locales';
import type { PaperContent } from '../../../../shared/domain/priority-paper';
import { citationKey, collectCitations } from '../../../../shared/narrative';
import { outlineTexts, paperOutline, type MeasureFacts, type PaperOutline } from '../../../../shared/paper/paper-outline';
import type { CatalogueView } from '../../catalogue/catalogue-context';
import { useCitations, type Citations } from '../profile/narrative/use-citations';

/**
 * The paper's outline in one language, built the way the core builds it for the DOCX
 * (electron/core/paper/paper-document.ts): first the texts, to know what they cite; then the
 * outline with every figure resolved live and the measures' live status.
 */
export function usePaperOutline(input: { content: PaperContent; locale: UiLocale; catalogue: CatalogueView; commitments: readonly CommitmentView[]; city: string; date: string }): {
  outline: PaperOutline;
  ready: boolean;
  citations: Citations;
} {
  const { content, locale, catalogue, commitments, city, date } = input;
  const base = useMemo(() => {
    const words = commitmentWords[locale];
    const measures = new Map<string, MeasureFacts>(commitments.map((c) => [c.uid, { title: commitmentTitle(c, locale), status: words.statuses[c.status], progress: words.progress[c.progress ?? 'none'] }]));
    const targetGroups = new Map(catalogue.overview.targetGroups.map((g) => [g.code, g.name]));
    // As the report does: an indicator counts people unless the catalogue says it counts things.
    const countsPeople = (code: string) => catalogue.indicator(code)?.people !== false;
    return { content, locale, city, date, countsPeople, commitments: measures, targetGroups };
  }, [content, locale, catalogue, commitments, city, date]);
  const keys = useMemo(() => {
    const draft = paperOutline({ ...base, answers: new Map() });
    return [...new Set(outlineTexts(draft.sections).flatMap((text) => collectCitations(text.blocks).map(citationKey)))];
  }, [base]);
  const citations = useCitations(keys);
  const outline = useMemo(() => paperOutline({ ...base, answers: citations.answers }), [base, citations.answers]);
  const ready = keys.every((key) => citations.answers.has(key));
  return { outline, ready, citations };
}
