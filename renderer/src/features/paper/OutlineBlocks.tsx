import type { ReactNode } from 'react';
import { directionOf } from '../../../../shared/domain/locales';
import { citationKey, type Block, type Inline } from '../../../../shared/narrative';
import type { OutlineText, PaperOutline } from '../../../../shared/paper/paper-outline';

/**
 * A text of the paper's outline as React elements (never HTML): the same tree the DOCX writer
 * walks, with each cited figure worded by the outline itself — "12,400 (2024, source)" — so the
 * screen, the printed page and the Word file say the same thing.
 */
function inlines(nodes: readonly Inline[], outline: PaperOutline): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'strong':
        return <strong key={i}>{inlines(node.children, outline)}</strong>;
      case 'em':
        return <em key={i}>{inlines(node.children, outline)}</em>;
      case 'code':
        return (
          <code key={i} dir="auto">
            {node.text}
          </code>
        );
      case 'link':
        return (
          <a key={i} href={node.href} target="_blank" rel="noreferrer noopener">
            {inlines(node.children, outline)}
          </a>
        );
      case 'break':
        return <br key={i} />;
      case 'citation': {
        const key = citationKey(node.citation);
        const figure = outline.figures.get(key);
        if (figure === undefined) return <span key={i} className="cited cited--pending" data-citation={key} aria-busy="true" />;
        if (!figure.found) {
          return (
            <mark key={i} className="cited cited--problem" data-problem="true" data-citation={key}>
              {outline.words.figureMissing}
            </mark>
          );
        }
        return (
          <span key={i} className="cited" data-citation={key}>
            <span className="cited__value">{figure.value}</span> <span className="cited__detail">({figure.detail})</span>
          </span>
        );
      }
      case 'bad-citation':
        return (
          <mark key={i} className="cited cited--problem" data-problem="true">
            {outline.words.figureMissing}
          </mark>
        );
    }
  });
}

function blocks(nodes: readonly Block[], outline: PaperOutline): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'heading':
        // Under the part's own sub-heading (h4): a text's headings sit below it.
        return node.level === 1 ? <h5 key={i}>{inlines(node.children, outline)}</h5> : <h6 key={i}>{inlines(node.children, outline)}</h6>;
      case 'paragraph':
        return <p key={i}>{inlines(node.children, outline)}</p>;
      case 'list': {
        const items = node.items.map((item, j) => <li key={j}>{blocks(item, outline)}</li>);
        return node.ordered ? (
          <ol key={i} start={node.start}>
            {items}
          </ol>
        ) : (
          <ul key={i}>{items}</ul>
        );
      }
      case 'quote':
        return <blockquote key={i}>{blocks(node.children, outline)}</blockquote>;
      case 'rule':
        return <hr key={i} />;
    }
  });
}

export function OutlineBlocks({ text, outline }: { text: OutlineText; outline: PaperOutline }) {
  if (text.empty) return <p className="paper-doc__empty">{outline.words.notWritten}</p>;
  return (
    <div className="paper-doc__text" lang={text.locale} dir={directionOf(text.locale)}>
      {blocks(text.blocks, outline)}
    </div>
  );
}
