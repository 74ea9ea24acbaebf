import type { ProfileSection } from '../../../../../shared/domain/catalogue';
import type { CitationAnswer, CitationProblem } from '../../../../../shared/domain/narrative';
import { citationKey, collectCitationNodes, type Block, type CitationError } from '../../../../../shared/narrative';

/** A citation of the report's text that finds no figure, and where it is. */
export interface BrokenCitation {
  section: ProfileSection;
  /** The `{{…}}` text as written, so the writer can find it in the section. */
  raw: string;
  /** Why: a key of `narrative.problem.*`. */
  reason: CitationProblem['problem'] | CitationError;
}

/**
 * The citations that no longer resolve (their indicator or figure is gone, or they were never
 * well-formed), section by section in reading order: listed before printing, because the printed
 * page shows them only as "figure not available".
 */
export function brokenCitations(sections: readonly { section: ProfileSection; document: Block[] | null }[], answers: ReadonlyMap<string, CitationAnswer>): BrokenCitation[] {
  return sections.flatMap(({ section, document }) =>
    (document ? collectCitationNodes(document) : []).flatMap((node): BrokenCitation[] => {
      if (node.type === 'bad-citation') return [{ section, raw: node.raw, reason: node.reason }];
      const answer = answers.get(citationKey(node.citation));
      return answer !== undefined && 'problem' in answer ? [{ section, raw: node.raw, reason: answer.problem }] : [];
    }),
  );
}
