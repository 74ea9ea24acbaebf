import type { ReactNode } from 'react';
import type { Block, CitationNode, Inline } from '../../../shared/narrative';

/**
 * The narrative's Markdown tree as React elements — never as HTML, so nothing a writer types can run
 * under the strict CSP. One walk for every text the app shows (the profile's narrative, its printed
 * report, the priority paper): only how a heading sits and how a cited figure reads differ, and the
 * caller says both. The parser caps nesting, so this recursion stays shallow.
 */
export interface MarkdownParts {
  /** A `#` heading (level 1–3) placed under whatever heading the text sits below. */
  heading(level: 1 | 2 | 3, children: ReactNode[], key: number): ReactNode;
  citation(node: CitationNode, key: number): ReactNode;
}

function inlines(nodes: readonly Inline[], parts: MarkdownParts): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'strong':
        return <strong key={i}>{inlines(node.children, parts)}</strong>;
      case 'em':
        return <em key={i}>{inlines(node.children, parts)}</em>;
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
            {inlines(node.children, parts)}
          </a>
        );
      case 'break':
        return <br key={i} />;
      case 'citation':
      case 'bad-citation':
        return parts.citation(node, i);
    }
  });
}

export function markdownElements(nodes: readonly Block[], parts: MarkdownParts): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'heading':
        return parts.heading(node.level, inlines(node.children, parts), i);
      case 'paragraph':
        return <p key={i}>{inlines(node.children, parts)}</p>;
      case 'list': {
        const items = node.items.map((item, j) => <li key={j}>{markdownElements(item, parts)}</li>);
        return node.ordered ? (
          <ol key={i} start={node.start}>
            {items}
          </ol>
        ) : (
          <ul key={i}>{items}</ul>
        );
      }
      case 'quote':
        return <blockquote key={i}>{markdownElements(node.children, parts)}</blockquote>;
      case 'rule':
        return <hr key={i} />;
    }
  });
}
