import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { parseCitation } from './citation';
import { citationRule, citationTokenType } from './citation-rule';
import { guardContainerNesting } from './container-guard';
import { maxBlockDepth, maxInlineDepth, type Block, type Inline } from './markdown-tree';

export * from './markdown-tree';

/**
 * Markdown text — a narrative section, the priority paper — to the document tree of
 * `markdown-tree.ts`, by markdown-it (CommonMark) with only this subset switched on:
 *
 * - ATX headings `#` … `######` (levels 4–6 read as 3); paragraphs; bullet and ordered lists (a
 *   nested list is indented to its parent item's text); block quotes; thematic breaks.
 * - Strong and emphasis, code spans, backslash escapes, hard breaks (two trailing spaces or a
 *   backslash), and links whose address starts with `https://` or `mailto:` — any other link stays
 *   plain text, brackets and address included.
 * - Figure citations `{{…}}` (citation-rule.ts), kept even when malformed, as `bad-citation`.
 *
 * Off, so their characters stay text: HTML of any kind (`<script>` included: the strict CSP never has
 * to trust a writer's text), character entities, images, autolinks, reference links, setext
 * headings, indented and fenced code, tables, strikethrough, typographic replacements.
 *
 * Hostile input (a received bundle carries other cities' texts): markdown-it is linear on the
 * pathological inputs of the CommonMark suite; the container guard keeps it from dropping text past
 * its nesting limit; the tree is capped at `maxBlockDepth` and `maxInlineDepth` by flattening,
 * which keeps every character.
 */

const markdown = new MarkdownIt('zero', { html: false, linkify: false, typographer: false, maxNesting: 100 })
  .enable(['heading', 'hr', 'list', 'blockquote'])
  .enable(['backticks', 'emphasis', 'escape', 'link', 'newline']);
markdown.inline.ruler.push(citationTokenType, citationRule);
// markdown-it's own check allows http:, relative and data: addresses; ours allows only these two.
markdown.validateLink = isAllowedHref;

function isAllowedHref(href: string): boolean {
  const lower = href.toLowerCase();
  return (lower.startsWith('https://') && href.length > 'https://'.length) || (lower.startsWith('mailto:') && href.length > 'mailto:'.length);
}

/** Parses a piece of Markdown text. Never throws: any input yields a tree. */
export function parseMarkdown(source: string): Block[] {
  const text = (source.startsWith('\uFEFF') ? source.slice(1) : source).replace(/\r\n?/g, '\n');
  try {
    return toBlocks(markdown.parse(guardContainerNesting(text), {}));
  } catch {
    // A safety net only: a section must still display, as text.
    return text.trim() === '' ? [] : [{ type: 'paragraph', children: [{ type: 'text', text }] }];
  }
}

type ListBlock = Extract<Block, { type: 'list' }>;

/** Where the blocks of an open container go; a container past the cap adds to its parent's blocks. */
interface BlockFrame {
  blocks: Block[];
  list: ListBlock | null;
  /** Whether this frame is a level of nesting in the tree (a quote or a list; not an item). */
  level: boolean;
}

function toBlocks(tokens: readonly Token[]): Block[] {
  const root: Block[] = [];
  const stack: BlockFrame[] = [{ blocks: root, list: null, level: false }];
  let depth = 0;
  let pending: { type: 'paragraph' } | { type: 'heading'; level: 1 | 2 | 3 } = { type: 'paragraph' };
  for (const token of tokens) {
    const frame = stack[stack.length - 1] ?? { blocks: root, list: null, level: false };
    switch (token.type) {
      case 'paragraph_open':
        pending = { type: 'paragraph' };
        break;
      case 'heading_open':
        pending = { type: 'heading', level: headingLevel(token.tag) };
        break;
      case 'inline':
        frame.blocks.push({ ...pending, children: toInlines(token.children ?? []) });
        break;
      case 'hr':
        frame.blocks.push({ type: 'rule' });
        break;
      case 'blockquote_open':
        if (depth + 1 < maxBlockDepth) {
          const quote: Block = { type: 'quote', children: [] };
          frame.blocks.push(quote);
          stack.push({ blocks: quote.children, list: null, level: true });
          depth++;
        } else stack.push({ blocks: frame.blocks, list: null, level: false });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (depth + 1 < maxBlockDepth) {
          const start = Number(token.attrGet('start') ?? '1');
          const list: ListBlock = { type: 'list', ordered: token.type === 'ordered_list_open', start: Number.isSafeInteger(start) ? start : 1, items: [] };
          frame.blocks.push(list);
          stack.push({ blocks: frame.blocks, list, level: true });
          depth++;
        } else stack.push({ blocks: frame.blocks, list: null, level: false });
        break;
      case 'list_item_open': {
        const item: Block[] = [];
        if (frame.list !== null) frame.list.items.push(item);
        stack.push({ blocks: frame.list === null ? frame.blocks : item, list: null, level: false });
        break;
      }
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
        if (stack.pop()?.level === true) depth--;
        break;
      default:
        // paragraph_close and heading_close: the block was written at its inline token.
        break;
    }
  }
  return root;
}

function headingLevel(tag: string): 1 | 2 | 3 {
  return tag === 'h1' ? 1 : tag === 'h2' ? 2 : 3;
}

/** An open formatting node; past the cap a frame adds to its parent's children and drops only its formatting. */
interface InlineFrame {
  children: Inline[];
  level: boolean;
}

function toInlines(tokens: readonly Token[]): Inline[] {
  const root: Inline[] = [];
  const stack: InlineFrame[] = [{ children: root, level: false }];
  let depth = 0;
  for (const token of tokens) {
    const frame = stack[stack.length - 1] ?? { children: root, level: false };
    const open = (node: Extract<Inline, { children: Inline[] }>): void => {
      if (depth < maxInlineDepth) {
        frame.children.push(node);
        stack.push({ children: node.children, level: true });
        depth++;
      } else stack.push({ children: frame.children, level: false });
    };
    switch (token.type) {
      case 'text':
        appendText(frame.children, token.content);
        break;
      case 'softbreak':
        appendText(frame.children, ' ');
        break;
      case 'hardbreak':
        frame.children.push({ type: 'break' });
        break;
      case 'code_inline':
        frame.children.push({ type: 'code', text: token.content });
        break;
      case citationTokenType: {
        const raw = token.content;
        const parsed = parseCitation(raw.slice(2, -2));
        frame.children.push(parsed.ok ? { type: 'citation', citation: parsed.citation, raw } : { type: 'bad-citation', raw, reason: parsed.reason });
        break;
      }
      case 'strong_open':
        open({ type: 'strong', children: [] });
        break;
      case 'em_open':
        open({ type: 'em', children: [] });
        break;
      case 'link_open':
        open({ type: 'link', href: String(token.attrGet('href') ?? ''), children: [] });
        break;
      case 'strong_close':
      case 'em_close':
      case 'link_close':
        if (stack.length > 1 && stack.pop()?.level === true) depth--;
        break;
      default:
        break;
    }
  }
  return root;
}

/** Adjacent text (a line break read as a space, an escaped character) is one text node. */
function appendText(children: Inline[], text: string): void {
  if (text === '') return;
  const last = children[children.length - 1];
  if (last?.type === 'text') last.text += text;
  else children.push({ type: 'text', text });
}
