import type { Citation, CitationError } from './citation';

/**
 * The document tree of a piece of Markdown text (a narrative section, the priority paper): what the
 * screen, print and the Word export render, each in its own way. Nothing in it is HTML. Trees made by
 * `parseMarkdown` nest at most `maxBlockDepth` blocks and `maxInlineDepth` inline levels, so a renderer
 * may recurse over them.
 */

export const maxBlockDepth = 8;
export const maxInlineDepth = 16;

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' }
  /** `raw` is the original `{{…}}` text, for the editor and for copying. */
  | { type: 'citation'; citation: Citation; raw: string }
  | { type: 'bad-citation'; raw: string; reason: CitationError };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'quote'; children: Block[] }
  | { type: 'rule' };

/** A citation where it is written: well-formed or not, with its original `{{…}}` text. */
export type CitationNode = Extract<Inline, { type: 'citation' | 'bad-citation' }>;

/** Every citation in a document, in reading order (for "which figures does this section cite"). */
export function collectCitations(blocks: Block[]): Citation[] {
  return collectCitationNodes(blocks).flatMap((node) => (node.type === 'citation' ? [node.citation] : []));
}

/** Every citation node of a document, malformed ones included, in reading order (for "which ones no longer resolve"). */
export function collectCitationNodes(blocks: readonly Block[]): CitationNode[] {
  const found: CitationNode[] = [];
  // An explicit stack rather than recursion, so hand-built trees of any depth are fine too.
  const stack: (Block | Inline)[] = [];
  const pushReversed = (nodes: readonly (Block | Inline)[]): void => {
    for (let k = nodes.length - 1; k >= 0; k--) {
      const node = nodes[k];
      if (node !== undefined) stack.push(node);
    }
  };
  pushReversed(blocks);
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    switch (node.type) {
      case 'citation':
      case 'bad-citation':
        found.push(node);
        break;
      case 'heading':
      case 'paragraph':
      case 'quote':
      case 'strong':
      case 'em':
      case 'link':
        pushReversed(node.children);
        break;
      case 'list':
        for (let k = node.items.length - 1; k >= 0; k--) pushReversed(node.items[k] ?? []);
        break;
      default:
        break;
    }
  }
  return found;
}
