import { directionOf } from '../../../../shared/domain/locales';
import { citationKey } from '../../../../shared/narrative';
import { markdownElements, type MarkdownParts } from '../../components/markdown-tree';
import type { OutlineText, PaperOutline } from '../../../../shared/paper/paper-outline';

/**
 * A text of the paper's outline as React elements (never HTML): the same tree the DOCX writer
 * walks, with each cited figure worded by the outline itself — "12,400 (2024, source)" — so the
 * screen, the printed page and the Word file say the same thing.
 */
function parts(outline: PaperOutline): MarkdownParts {
  const missing = (key: number, citation?: string) => (
    <mark key={key} className="cited cited--problem" data-problem="true" data-citation={citation}>
      {outline.words.figureMissing}
    </mark>
  );
  return {
    // Under the part's own sub-heading (h4): a text's headings sit below it.
    heading: (level, children, key) => (level === 1 ? <h5 key={key}>{children}</h5> : <h6 key={key}>{children}</h6>),
    citation: (node, key) => {
      if (node.type === 'bad-citation') return missing(key);
      const cited = citationKey(node.citation);
      const figure = outline.figures.get(cited);
      if (figure === undefined) return <span key={key} className="cited cited--pending" data-citation={cited} aria-busy="true" />;
      if (!figure.found) return missing(key, cited);
      return (
        <span key={key} className="cited" data-citation={cited}>
          <span className="cited__value">{figure.value}</span> <span className="cited__detail">({figure.detail})</span>
        </span>
      );
    },
  };
}

export function OutlineBlocks({ text, outline }: { text: OutlineText; outline: PaperOutline }) {
  if (text.empty) return <p className="paper-doc__empty">{outline.words.notWritten}</p>;
  return (
    <div className="paper-doc__text" lang={text.locale} dir={directionOf(text.locale)}>
      {markdownElements(text.blocks, parts(outline))}
    </div>
  );
}
