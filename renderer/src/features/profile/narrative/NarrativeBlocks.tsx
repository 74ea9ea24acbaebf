import type { ReactNode } from 'react';
import { directionOf } from '../../../../../shared/domain/locales';
import type { CitationAnswer, CitedFigure, NarrativeLocale } from '../../../../../shared/domain/narrative';
import { citationKey, type Block, type Inline } from '../../../../../shared/narrative';
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

function inlines(nodes: readonly Inline[], r: NarrativeRendering): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'strong':
        return <strong key={i}>{inlines(node.children, r)}</strong>;
      case 'em':
        return <em key={i}>{inlines(node.children, r)}</em>;
      case 'code':
        return (
          <code key={i} dir="auto">
            {node.text}
          </code>
        );
      case 'link':
        // The parser only lets https: and mailto: through; the app opens them outside itself.
        return (
          <a key={i} href={node.href} target="_blank" rel="noreferrer noopener">
            {inlines(node.children, r)}
          </a>
        );
      case 'break':
        return <br key={i} />;
      case 'citation':
        return <Citation key={i} raw={node.raw} citationKeyText={citationKey(node.citation)} r={r} />;
      case 'bad-citation':
        return <CitationProblem key={i} raw={node.raw} reason={r.t(`narrative.problem.${node.reason}`)} r={r} />;
    }
  });
}

function Heading({ level, children }: { level: number; children: ReactNode }) {
  if (level <= 2) return <h2 className="narrative-text__heading">{children}</h2>;
  if (level === 3) return <h3 className="narrative-text__heading">{children}</h3>;
  if (level === 4) return <h4 className="narrative-text__heading">{children}</h4>;
  return <h5 className="narrative-text__heading">{children}</h5>;
}

function blocks(nodes: readonly Block[], r: NarrativeRendering): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'heading':
        return (
          <Heading key={i} level={r.topHeading + node.level - 1}>
            {inlines(node.children, r)}
          </Heading>
        );
      case 'paragraph':
        return <p key={i}>{inlines(node.children, r)}</p>;
      case 'list': {
        const items = node.items.map((item, j) => <li key={j}>{blocks(item, r)}</li>);
        return node.ordered ? (
          <ol key={i} start={node.start}>
            {items}
          </ol>
        ) : (
          <ul key={i}>{items}</ul>
        );
      }
      case 'quote':
        return <blockquote key={i}>{blocks(node.children, r)}</blockquote>;
      case 'rule':
        return <hr key={i} />;
    }
  });
}

/**
 * A narrative text as React elements — never as HTML, so nothing a writer types can run under the
 * strict CSP. The parser caps nesting, so this recursion stays shallow.
 */
export function NarrativeBlocks({ document, rendering, className }: { document: readonly Block[]; rendering: NarrativeRendering; className?: string }) {
  return (
    <div className={className ? `narrative-text ${className}` : 'narrative-text'} lang={rendering.locale} dir={directionOf(rendering.locale)}>
      {blocks(document, rendering)}
    </div>
  );
}
