import type { ReactNode } from 'react';
import { directionOf } from '../../../../../shared/domain/locales';
import type { CitationAnswer, CitedFigure, NarrativeLocale } from '../../../../../shared/domain/narrative';
import { citationKey, type Block } from '../../../../../shared/narrative';
import { markdownElements, type MarkdownParts } from '../../../components/markdown-tree';
import { figureDetail, formatFigureValue, formatInteger, sharedFigureValue, type Translate } from './figure-words';

export interface NarrativeRendering {
  /** The language of the text: numbers, words and direction follow it, not the interface. */
  locale: NarrativeLocale;
  /** Bound to `locale`. */
  t: Translate;
  answers: ReadonlyMap<string, CitationAnswer>;
  /** The heading level a `#` heading becomes (the section title sits one above it). */
  topHeading: 2 | 3 | 4;
  /** The number of a figure's source in the report's list of sources, when there is one. */
  sourceNumber?: (figure: CitedFigure) => number | undefined;
  /**
   * Set when the text leaves the machine (the printed report): confidential values are withheld and
   * small counts of people shown as "fewer than 10" (domain.md §7). Says which indicators count people.
   */
  sharing?: { countsPeople(indicator: string): boolean };
  /**
   * Set for the printed report: a citation that finds no figure reads "figure not available" in the
   * text's language, never as its raw `{{…}}` marker (the Report tab lists those before printing).
   */
  forPrint?: boolean;
}

function isFigure(answer: CitationAnswer): answer is CitedFigure {
  return !('problem' in answer);
}

/** A figure as profiles show it: value (period, source); problems are marked where they stand. */
function Citation({ raw, citationKeyText, r }: { raw: string; citationKeyText: string; r: NarrativeRendering }) {
  const answer = r.answers.get(citationKeyText);
  if (answer === undefined) {
    if (r.forPrint) return <span className="cited cited--pending" data-citation={citationKeyText} aria-busy="true" />;
    return (
      <span className="cited cited--pending" data-citation={citationKeyText}>
        <code dir="ltr">{raw}</code>
      </span>
    );
  }
  if (!isFigure(answer)) return <CitationProblem raw={raw} reason={r.t(`narrative.problem.${answer.problem}`)} r={r} />;
  const number = r.sourceNumber?.(answer);
  return (
    <span className="cited" data-citation={citationKeyText}>
      <span className="cited__value">{r.sharing ? sharedFigureValue(answer, r.sharing.countsPeople(answer.indicator), r.locale, r.t) : formatFigureValue(answer.unit, answer.value, r.locale, r.t)}</span>{' '}
      <span className="cited__detail">
        {figureDetail(answer, r.locale, r.t)}
        {number === undefined ? null : <sup className="cited__ref">{r.t('narrative.figure.sourceRef', { number: formatInteger(number, r.locale) })}</sup>}
      </span>
    </span>
  );
}

function CitationProblem({ raw, reason, r }: { raw: string; reason: string; r: NarrativeRendering }) {
  if (r.forPrint) {
    return (
      <mark className="cited cited--problem" data-problem="true">
        {r.t('report.figureMissing')}
      </mark>
    );
  }
  return (
    <mark className="cited cited--problem" data-problem="true">
      <code dir="ltr">{raw}</code> <span className="cited__reason">{reason}</span>
    </mark>
  );
}

function Heading({ level, children }: { level: number; children: ReactNode }) {
  if (level <= 2) return <h2 className="narrative-text__heading">{children}</h2>;
  if (level === 3) return <h3 className="narrative-text__heading">{children}</h3>;
  if (level === 4) return <h4 className="narrative-text__heading">{children}</h4>;
  return <h5 className="narrative-text__heading">{children}</h5>;
}

function parts(r: NarrativeRendering): MarkdownParts {
  return {
    heading: (level, children, key) => (
      <Heading key={key} level={r.topHeading + level - 1}>
        {children}
      </Heading>
    ),
    citation: (node, key) =>
      node.type === 'citation' ? (
        <Citation key={key} raw={node.raw} citationKeyText={citationKey(node.citation)} r={r} />
      ) : (
        <CitationProblem key={key} raw={node.raw} reason={r.t(`narrative.problem.${node.reason}`)} r={r} />
      ),
  };
}

/** A narrative text as React elements, its figures worded as profiles word them. */
export function NarrativeBlocks({ document, rendering, className }: { document: readonly Block[]; rendering: NarrativeRendering; className?: string }) {
  return (
    <div className={className ? `narrative-text ${className}` : 'narrative-text'} lang={rendering.locale} dir={directionOf(rendering.locale)}>
      {markdownElements(document, parts(rendering))}
    </div>
  );
}
