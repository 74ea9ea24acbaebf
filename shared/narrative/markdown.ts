import { parseCitation, type Citation, type CitationError } from './citation';

/**
 * The Markdown subset of narrative sections, parsed into a syntax tree that the renderer turns into
 * React elements. Nothing here ever produces HTML: whatever is not in the subset below stays plain
 * text in a text node — raw HTML such as `<script>` included — so the strict CSP never has to trust
 * a writer's text.
 *
 * Blocks (a marker may be indented by up to 3 spaces; tabs in indentation count to the next multiple of 4):
 * - ATX headings `#`, `##`, `###`; `####`–`######` become level 3; an optional closing run of `#` is
 *   dropped. `#word` without a space is text, so hashtags stay hashtags.
 * - Paragraphs: consecutive non-blank lines joined with a space. A line ending in two or more spaces,
 *   or in a backslash, ends with a hard break instead.
 * - Bullet lists (`-`, `*`, `+`) and ordered lists (`1.` or `1)`, keeping the first number). Changing
 *   the bullet character or the `.`/`)` delimiter starts a new list. An item continues on lines
 *   indented by its content width (or 2+ spaces, so `  - sub` nests under `1. item` too) and on
 *   unindented lines that continue its paragraph; lists and quotes nest inside items.
 *   As in CommonMark, only a list starting at 1 may interrupt a paragraph, so a line of prose
 *   beginning `2024. ` continues the paragraph above it; at the start of a block it is a list (write
 *   `2024\.` to avoid that).
 * - Block quotes `>` (nestable), with lazy continuation lines as in CommonMark.
 * - Thematic breaks: three or more `-`, `*` or `_`, optionally spaced (`---`, `* * *`).
 * - Blank lines separate blocks. Setext headings, code blocks, tables and HTML blocks are not part of
 *   the subset: their lines are paragraph text.
 *
 * Inline:
 * - `**strong**` / `__strong__`, `*em*` / `_em_` with CommonMark's flanking rules: `_` never opens or
 *   closes inside a word, so `snake_case_names` stay as written; `*` does (`un*believ*able`), so a
 *   product written `5*3*2` needs `\*` or `×`. `***both***` nests em and strong.
 * - `` `code` `` spans (any number of backticks; contents literal, newlines become spaces).
 * - Links `[text](url)` only when the url starts with `https://` or `mailto:`; any other scheme
 *   (`javascript:`, `http:`, `data:`, relative paths) leaves the whole thing as text. Links do not nest.
 * - Backslash escapes of ASCII punctuation (`\*`, `\{`, `\[` …); other backslashes are literal.
 * - Citations `{{…}}` (see citation.ts), kept even when malformed, as `bad-citation`, so the editor
 *   can point at them. Their contents hold no `{`, and at most 500 characters.
 * Unclosed markers stay literal text.
 *
 * Hostile input: the parser never throws and runs in roughly linear time — no backtracking regular
 * expressions; each closing `}}`, backtick run or emphasis opener is searched for with cached or
 * bounded scans. Nesting is capped (8 block levels, 16 inline levels; deeper markers become text
 * or lose their formatting) so that renderers may recurse over the tree without overflowing the stack.
 */

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

const maxBlockDepth = 8;
const maxInlineDepth = 16;
const maxCitationLength = 500;
const asciiPunctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** Parses a narrative section. Never throws: any input yields a tree. */
export function parseMarkdown(source: string): Block[] {
  try {
    return parseBlocks(toLines(source), 0);
  } catch {
    // A safety net only (the parser is iterative and bounded): a section must still display as text.
    return source.trim() === '' ? [] : [{ type: 'paragraph', children: [{ type: 'text', text: source }] }];
  }
}

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

// ---------------------------------------------------------------------------------------------
// Blocks

function toLines(source: string): string[] {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  // NUL is replaced as CommonMark does: it has no business in text and confuses some consumers.
  return text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD').split('\n').map(expandLeadingTabs);
}

function expandLeadingTabs(line: string): string {
  let column = 0;
  let k = 0;
  let tab = false;
  for (; k < line.length; k++) {
    const c = line[k];
    if (c === ' ') column++;
    else if (c === '\t') {
      column += 4 - (column % 4);
      tab = true;
    } else break;
  }
  return tab ? ' '.repeat(column) + line.slice(k) : line;
}

function indentOf(line: string): number {
  let k = 0;
  while (line[k] === ' ') k++;
  return k;
}

function isBlank(line: string): boolean {
  for (let k = 0; k < line.length; k++) if (line[k] !== ' ' && line[k] !== '\t') return false;
  return true;
}

function isSpaceOrTab(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

function headingOf(line: string): { level: 1 | 2 | 3; text: string } | null {
  const indent = indentOf(line);
  if (indent > 3) return null;
  let k = indent;
  while (line[k] === '#') k++;
  const hashes = k - indent;
  if (hashes < 1 || hashes > 6 || (k < line.length && !isSpaceOrTab(line[k]))) return null;
  let text = line.slice(k).trim();
  // An optional closing sequence (`## Title ##`) is decoration, unless escaped or glued to a word.
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0) text = '';
  else if (end < text.length && isSpaceOrTab(text[end - 1])) text = text.slice(0, end).trimEnd();
  return { level: hashes === 1 ? 1 : hashes === 2 ? 2 : 3, text };
}

function isRule(line: string): boolean {
  const indent = indentOf(line);
  const mark = line[indent];
  if (indent > 3 || (mark !== '-' && mark !== '*' && mark !== '_')) return false;
  let count = 0;
  for (let k = indent; k < line.length; k++) {
    const c = line[k];
    if (c === mark) count++;
    else if (!isSpaceOrTab(c)) return false;
  }
  return count >= 3;
}

/** The line without its `>` marker, or null when it is not a quote line. */
function quoteContent(line: string): string | null {
  const indent = indentOf(line);
  if (indent > 3 || line[indent] !== '>') return null;
  const start = isSpaceOrTab(line[indent + 1]) ? indent + 2 : indent + 1;
  return expandLeadingTabs(line.slice(start));
}

interface ListMarker {
  ordered: boolean;
  /** The bullet character, or `.`/`)` for ordered lists: a different one starts a new list. */
  delimiter: string;
  start: number;
  indent: number;
  /** The column where the item's content starts; continuation lines are indented to it. */
  contentIndent: number;
  rest: string;
}

function listMarkerOf(line: string): ListMarker | null {
  const indent = indentOf(line);
  if (indent > 3) return null;
  const first = line[indent];
  let ordered = false;
  let delimiter: string;
  let start = 1;
  let after: number;
  if (first === '-' || first === '*' || first === '+') {
    delimiter = first;
    after = indent + 1;
  } else {
    let k = indent;
    while (k - indent < 10 && isDigit(line[k])) k++;
    const digits = k - indent;
    const mark = line[k];
    // Nine digits at most, as in CommonMark: the number must stay an exact integer.
    if (digits === 0 || digits > 9 || (mark !== '.' && mark !== ')')) return null;
    ordered = true;
    delimiter = mark;
    start = Number(line.slice(indent, k));
    after = k + 1;
  }
  if (after < line.length && !isSpaceOrTab(line[after])) return null;
  let spaces = 0;
  while (isSpaceOrTab(line[after + spaces])) spaces++;
  const rest = line.slice(after + spaces);
  if (rest === '') return { ordered, delimiter, start, indent, contentIndent: after + 1, rest: '' };
  // Five or more spaces after the marker: the content starts after one, the others are its own.
  if (spaces > 4) return { ordered, delimiter, start, indent, contentIndent: after + 1, rest: line.slice(after + 1) };
  return { ordered, delimiter, start, indent, contentIndent: after + spaces, rest };
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function sameList(a: ListMarker | null, b: ListMarker): boolean {
  return a !== null && a.ordered === b.ordered && a.delimiter === b.delimiter;
}

/** Whether a line starts a block that ends the paragraph above it. */
function interruptsParagraph(line: string, nesting: boolean): boolean {
  if (headingOf(line) !== null || isRule(line)) return true;
  if (!nesting) return false;
  if (quoteContent(line) !== null) return true;
  const marker = listMarkerOf(line);
  return marker !== null && marker.rest !== '' && (!marker.ordered || marker.start === 1);
}

function parseBlocks(lines: readonly string[], depth: number): Block[] {
  const blocks: Block[] = [];
  const nesting = depth < maxBlockDepth;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (isBlank(line)) {
      i++;
      continue;
    }
    const heading = headingOf(line);
    if (heading !== null) {
      blocks.push({ type: 'heading', level: heading.level, children: parseInline(heading.text) });
      i++;
      continue;
    }
    if (isRule(line)) {
      blocks.push({ type: 'rule' });
      i++;
      continue;
    }
    if (nesting && quoteContent(line) !== null) {
      const quote = readQuote(lines, i, depth);
      blocks.push(quote.block);
      i = Math.max(quote.next, i + 1);
      continue;
    }
    const marker = nesting ? listMarkerOf(line) : null;
    if (marker !== null) {
      const list = readList(lines, i, depth, marker);
      blocks.push(list.block);
      i = Math.max(list.next, i + 1);
      continue;
    }
    const parts = [line.trimStart()];
    for (i++; i < lines.length; i++) {
      const next = lines[i] ?? '';
      if (isBlank(next) || interruptsParagraph(next, nesting)) break;
      parts.push(next.trimStart());
    }
    blocks.push({ type: 'paragraph', children: parseInline(parts.join('\n').trimEnd()) });
  }
  return blocks;
}

/** A line the quote (or list item) may take lazily: its last line is paragraph text this one continues. */
function continuesLazily(last: string | undefined, line: string, nesting: boolean): boolean {
  if (last === undefined || isBlank(last) || isBlank(line) || headingOf(last) !== null || isRule(last)) return false;
  return !interruptsParagraph(line, nesting);
}

function readQuote(lines: readonly string[], from: number, depth: number): { block: Block; next: number } {
  const inner: string[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const content = quoteContent(line);
    if (content !== null) inner.push(content);
    else if (continuesLazily(inner[inner.length - 1], line, depth + 1 < maxBlockDepth)) inner.push(line.trimStart());
    else break;
  }
  return { block: { type: 'quote', children: parseBlocks(inner, depth + 1) }, next: i };
}

function readList(lines: readonly string[], from: number, depth: number, first: ListMarker): { block: Block; next: number } {
  const items: Block[][] = [];
  let i = from;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const marker = isRule(line) ? null : listMarkerOf(line);
    if (marker === null || !sameList(marker, first)) break;
    const itemLines = [marker.rest];
    // Two spaces are enough to nest under any marker: writers indent by 2 whatever the number width.
    const nestAt = Math.min(marker.contentIndent, marker.indent + 2);
    for (i++; i < lines.length; i++) {
      const next = lines[i] ?? '';
      if (isBlank(next)) {
        itemLines.push('');
        continue;
      }
      const indent = indentOf(next);
      const sibling = indent < marker.contentIndent && sameList(listMarkerOf(next), first);
      if (indent >= nestAt && !sibling) {
        itemLines.push(next.slice(Math.min(indent, marker.contentIndent)));
        continue;
      }
      const last = itemLines[itemLines.length - 1];
      // A new marker of any list ends the item rather than continuing its paragraph.
      if (listMarkerOf(next) === null && quoteContent(next) === null && continuesLazily(last, next, true)) {
        itemLines.push(next.trimStart());
        continue;
      }
      break;
    }
    items.push(parseBlocks(itemLines, depth + 1));
  }
  return { block: { type: 'list', ordered: first.ordered, start: first.start, items }, next: i };
}

// ---------------------------------------------------------------------------------------------
// Inline: a CommonMark-style scan with a delimiter stack for emphasis and a bracket stack for links.

/** Inline content while it is being built; `group` holds content whose formatting went past the depth cap. */
type Draft =
  | { type: 'text'; text: string }
  | { type: 'leaf'; inline: Inline }
  | { type: 'strong' | 'em'; children: Draft[] }
  | { type: 'link'; href: string; children: Draft[] }
  | { type: 'group'; children: Draft[] };

interface TextDraft {
  type: 'text';
  text: string;
}

/** A doubly linked list of drafts, so wrapping a span in emphasis costs no array splicing. */
interface Cell {
  draft: Draft;
  /** Formatting levels inside this cell (strong, em, link), to enforce maxInlineDepth. */
  depth: number;
  prev: Cell | null;
  next: Cell | null;
}

interface Delimiter {
  cell: Cell;
  /** The cell's own text draft, whose characters are used up as emphasis is matched. */
  run: TextDraft;
  char: '*' | '_';
  count: number;
  /** The run's original length, for CommonMark's "rule of three". */
  length: number;
  canOpen: boolean;
  canClose: boolean;
  prev: Delimiter | null;
  next: Delimiter | null;
}

interface Bracket {
  cell: Cell;
  /** The top of the delimiter stack when `[` was read: emphasis inside the link text lies above it. */
  below: Delimiter | null;
}

function parseInline(text: string): Inline[] {
  return new InlineParser(text).parse();
}

const specialCharacters = /[\\\n`*_[\]{]/g;
const whitespace = /\s/u;
const punctuation = /[\p{P}\p{S}]/u;

function isWhitespace(c: string | undefined): boolean {
  return c === undefined || whitespace.test(c);
}

function isPunctuation(c: string | undefined): boolean {
  return c !== undefined && punctuation.test(c);
}

/** The character (code point) ending just before `index`, undefined at the start. */
function charBefore(s: string, index: number): string | undefined {
  const low = s.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = s.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(index - 2, index);
  }
  return index > 0 ? s[index - 1] : undefined;
}

function charAt(s: string, index: number): string | undefined {
  const code = s.codePointAt(index);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

function isAllowedHref(href: string): boolean {
  const lower = href.toLowerCase();
  return (lower.startsWith('https://') && href.length > 'https://'.length) || (lower.startsWith('mailto:') && href.length > 'mailto:'.length);
}

function wrapped(kind: 'strong' | 'em' | { href: string }, children: Draft[], depth: number): { draft: Draft; depth: number } {
  // Past the cap the content keeps its text but loses this level of formatting.
  if (depth + 1 > maxInlineDepth) return { draft: { type: 'group', children }, depth };
  const draft: Draft = typeof kind === 'string' ? { type: kind, children } : { type: 'link', href: kind.href, children };
  return { draft, depth: depth + 1 };
}

/** Backtick runs by length, so each code span finds its closer without rescanning the text. */
class BacktickRuns {
  private readonly starts = new Map<number, number[]>();
  private readonly cursors = new Map<number, number>();

  constructor(text: string) {
    for (let k = text.indexOf('`'); k >= 0; k = text.indexOf('`', k)) {
      let end = k;
      while (text[end] === '`') end++;
      const list = this.starts.get(end - k);
      if (list === undefined) this.starts.set(end - k, [k]);
      else list.push(k);
      k = end;
    }
  }

  /** Start of the first run of exactly `length` backticks at or after `from`, or -1. Calls come with growing `from`. */
  closerAfter(from: number, length: number): number {
    const list = this.starts.get(length);
    if (list === undefined) return -1;
    let cursor = this.cursors.get(length) ?? 0;
    while (cursor < list.length && (list[cursor] ?? Infinity) < from) cursor++;
    this.cursors.set(length, cursor);
    return list[cursor] ?? -1;
  }
}

class InlineParser {
  private readonly text: string;
  private head: Cell | null = null;
  private tail: Cell | null = null;
  private pending = '';
  private top: Delimiter | null = null;
  private readonly brackets: Bracket[] = [];
  /** Brackets below this index cannot open a link any more: links do not nest. */
  private inactiveBelow = 0;
  private backticks: BacktickRuns | null = null;
  // Cached forward searches (-2: not searched yet, -1: none left), so runs of `{` stay linear.
  private closingBraces = -2;
  private openingBrace = -2;

  constructor(text: string) {
    this.text = text;
  }

  parse(): Inline[] {
    const s = this.text;
    // Shared and stateful (`g`), which is safe: inline parsing never re-enters itself.
    const special = specialCharacters;
    let i = 0;
    while (i < s.length) {
      special.lastIndex = i;
      const found = special.exec(s);
      const at = found === null ? s.length : found.index;
      if (at > i) {
        this.pending += s.slice(i, at);
        i = at;
      } else i = this.special(i);
    }
    this.processEmphasis(null);
    this.flush();
    const drafts: Draft[] = [];
    for (let cell = this.head; cell !== null; cell = cell.next) drafts.push(cell.draft);
    return materialize(drafts);
  }

  /** Handles the special character at `i`; returns where scanning resumes. */
  private special(i: number): number {
    const s = this.text;
    const c = s[i];
    switch (c) {
      case '\\': {
        const next = s[i + 1];
        if (next === '\n') {
          this.lineBreak(i, true);
          return i + 2;
        }
        if (next !== undefined && asciiPunctuation.includes(next)) {
          this.pending += next;
          return i + 2;
        }
        this.pending += '\\';
        return i + 1;
      }
      case '\n':
        this.lineBreak(i, false);
        return i + 1;
      case '`':
        return this.codeSpan(i);
      case '*':
      case '_':
        return this.delimiterRun(i, c);
      case '[':
        this.flush();
        this.brackets.push({ cell: this.append({ type: 'text', text: '[' }, 0), below: this.top });
        return i + 1;
      case ']':
        return this.closeBracket(i);
      case '{':
        return this.citation(i);
      default:
        this.pending += c ?? '';
        return i + 1;
    }
  }

  /**
   * A line end at `i` (or the backslash before it). The spaces before it are counted in the source —
   * they are always the end of `pending` — and the line is flushed, so that no step ever rereads the
   * whole paragraph: that would make thousands of short lines quadratic.
   */
  private lineBreak(i: number, hard: boolean): void {
    let spaces = 0;
    while (this.text[i - 1 - spaces] === ' ') spaces++;
    if (spaces > 0) this.pending = this.pending.slice(0, Math.max(0, this.pending.length - spaces));
    this.flush();
    if (hard || spaces >= 2) this.leaf({ type: 'break' });
    else this.pending = ' ';
  }

  private codeSpan(i: number): number {
    const s = this.text;
    let j = i;
    while (s[j] === '`') j++;
    this.backticks ??= new BacktickRuns(s);
    const close = this.backticks.closerAfter(j, j - i);
    if (close < 0) {
      this.pending += s.slice(i, j);
      return j;
    }
    let code = s.slice(j, close).replaceAll('\n', ' ');
    // One space each side lets a span start or end with a backtick: `` `x` ``.
    if (code.length >= 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
    this.leaf({ type: 'code', text: code });
    return close + (j - i);
  }

  private delimiterRun(i: number, char: '*' | '_'): number {
    const s = this.text;
    let j = i;
    while (s[j] === char) j++;
    const before = charBefore(s, i);
    const after = charAt(s, j);
    const leftFlanking = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
    const rightFlanking = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
    // `_` may not open or close inside a word, so snake_case and file_names stay as written.
    const canOpen = char === '*' ? leftFlanking : leftFlanking && (!rightFlanking || isPunctuation(before));
    const canClose = char === '*' ? rightFlanking : rightFlanking && (!leftFlanking || isPunctuation(after));
    this.flush();
    const run: TextDraft = { type: 'text', text: s.slice(i, j) };
    const cell = this.append(run, 0);
    if (canOpen || canClose) {
      const delimiter: Delimiter = { cell, run, char, count: j - i, length: j - i, canOpen, canClose, prev: this.top, next: null };
      if (this.top !== null) this.top.next = delimiter;
      this.top = delimiter;
    }
    return j;
  }

  private closeBracket(i: number): number {
    const opener = this.brackets.pop();
    const active = this.brackets.length >= this.inactiveBelow;
    this.inactiveBelow = Math.min(this.inactiveBelow, this.brackets.length);
    const destination = opener !== undefined && active ? this.destination(i + 1) : null;
    if (opener === undefined || destination === null || !isAllowedHref(destination.href)) {
      this.pending += ']';
      return i + 1;
    }
    this.flush();
    this.processEmphasis(opener.below);
    const children: Draft[] = [];
    let depth = 0;
    for (let cell = opener.cell.next; cell !== null; cell = cell.next) {
      children.push(cell.draft);
      depth = Math.max(depth, cell.depth);
    }
    const link = wrapped({ href: destination.href }, children, depth);
    opener.cell.draft = link.draft;
    opener.cell.depth = link.depth;
    opener.cell.next = null;
    this.tail = opener.cell;
    this.inactiveBelow = this.brackets.length;
    return destination.end;
  }

  /**
   * Reads `(url)` at `k`: no spaces, balanced parentheses. The scan stops at any bracket, so scans
   * from successive `](` never overlap and hostile input stays linear.
   */
  private destination(k: number): { href: string; end: number } | null {
    const s = this.text;
    if (s[k] !== '(') return null;
    let depth = 0;
    for (let j = k + 1; j < s.length; j++) {
      const c = s.charCodeAt(j);
      const ch = s[j];
      if (ch === '(') depth++;
      else if (ch === ')') {
        if (depth === 0) return { href: s.slice(k + 1, j), end: j + 1 };
        depth--;
      } else if (c <= 0x20 || c === 0x7f || ch === '[' || ch === ']' || ch === '<' || ch === '>' || isWhitespace(ch)) return null;
    }
    return null;
  }

  private citation(i: number): number {
    const s = this.text;
    if (s[i + 1] !== '{') {
      this.pending += '{';
      return i + 1;
    }
    const close = this.nextClosingBraces(i + 2);
    const inner = close >= 0 ? s.slice(i + 2, close) : '';
    const opening = this.nextOpeningBrace(i + 2);
    if (close < 0 || close - (i + 2) > maxCitationLength || (opening >= 0 && opening < close)) {
      this.pending += '{';
      return i + 1;
    }
    const raw = s.slice(i, close + 2);
    const parsed = parseCitation(inner);
    this.leaf(parsed.ok ? { type: 'citation', citation: parsed.citation, raw } : { type: 'bad-citation', raw, reason: parsed.reason });
    return close + 2;
  }

  private nextClosingBraces(from: number): number {
    if (this.closingBraces !== -1 && this.closingBraces < from) this.closingBraces = this.text.indexOf('}}', from);
    return this.closingBraces;
  }

  private nextOpeningBrace(from: number): number {
    if (this.openingBrace !== -1 && this.openingBrace < from) this.openingBrace = this.text.indexOf('{', from);
    return this.openingBrace;
  }

  private flush(): void {
    if (this.pending === '') return;
    this.append({ type: 'text', text: this.pending }, 0);
    this.pending = '';
  }

  private leaf(inline: Inline): void {
    this.flush();
    this.append({ type: 'leaf', inline }, 0);
  }

  private append(draft: Draft, depth: number): Cell {
    const cell: Cell = { draft, depth, prev: this.tail, next: null };
    if (this.tail === null) this.head = cell;
    else this.tail.next = cell;
    this.tail = cell;
    return cell;
  }

  private removeCell(cell: Cell): void {
    if (cell.prev === null) this.head = cell.next;
    else cell.prev.next = cell.next;
    if (cell.next === null) this.tail = cell.prev;
    else cell.next.prev = cell.prev;
  }

  private removeDelimiter(d: Delimiter): void {
    if (d.prev !== null) d.prev.next = d.next;
    if (d.next !== null) d.next.prev = d.prev;
    if (this.top === d) this.top = d.prev;
  }

  /** CommonMark's "process emphasis" over the delimiters above `bottom`, then drops them. */
  private processEmphasis(bottom: Delimiter | null): void {
    let closer: Delimiter | null = null;
    for (let d = this.top; d !== null && d !== bottom; d = d.prev) closer = d;
    // Where the last failed search for an opener stopped, per kind of closer: never search below it again.
    const openersBottom = new Map<string, Delimiter | null>();
    while (closer !== null) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.length % 3}`;
      const floor = openersBottom.get(key) ?? bottom;
      const opener = findOpener(closer, floor, bottom);
      if (opener === null) {
        openersBottom.set(key, closer.prev);
        const next: Delimiter | null = closer.next;
        if (!closer.canOpen) this.removeDelimiter(closer);
        closer = next;
        continue;
      }
      const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
      opener.count -= use;
      closer.count -= use;
      opener.run.text = opener.run.text.slice(use);
      closer.run.text = closer.run.text.slice(use);
      this.wrapBetween(opener.cell, closer.cell, use === 2 ? 'strong' : 'em');
      // Delimiters between the two are now inside the emphasis and can match nothing outside it.
      opener.next = closer;
      closer.prev = opener;
      if (opener.count === 0) {
        this.removeCell(opener.cell);
        this.removeDelimiter(opener);
      }
      if (closer.count === 0) {
        const next: Delimiter | null = closer.next;
        this.removeCell(closer.cell);
        this.removeDelimiter(closer);
        closer = next;
      }
    }
    // Whatever did not match stays as literal text.
    this.top = bottom;
    if (bottom !== null) bottom.next = null;
  }

  private wrapBetween(open: Cell, close: Cell, kind: 'strong' | 'em'): void {
    const children: Draft[] = [];
    let depth = 0;
    for (let cell = open.next; cell !== null && cell !== close; cell = cell.next) {
      children.push(cell.draft);
      depth = Math.max(depth, cell.depth);
    }
    const emphasis = wrapped(kind, children, depth);
    const cell: Cell = { draft: emphasis.draft, depth: emphasis.depth, prev: open, next: close };
    open.next = cell;
    close.prev = cell;
  }
}

function findOpener(closer: Delimiter, floor: Delimiter | null, bottom: Delimiter | null): Delimiter | null {
  for (let opener = closer.prev; opener !== null && opener !== floor && opener !== bottom; opener = opener.prev) {
    if (opener.char !== closer.char || !opener.canOpen) continue;
    // The rule of three: `*foo**bar*` is one emphasis, not a strong one inside.
    const oddMatch =
      (opener.canClose || closer.canOpen) && (opener.length + closer.length) % 3 === 0 && !(opener.length % 3 === 0 && closer.length % 3 === 0);
    if (!oddMatch) return opener;
  }
  return null;
}

/** Drafts to the public tree: adjacent texts merged, empty ones dropped, capped groups spliced in. */
function materialize(drafts: readonly Draft[]): Inline[] {
  const out: Inline[] = [];
  // Groups may nest arbitrarily deep, so they are walked with a stack; strong/em/link nest at most maxInlineDepth.
  const stack: { list: readonly Draft[]; index: number }[] = [{ list: drafts, index: 0 }];
  for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
    const draft = frame.list[frame.index];
    frame.index++;
    if (draft === undefined) {
      stack.pop();
      continue;
    }
    switch (draft.type) {
      case 'group':
        stack.push({ list: draft.children, index: 0 });
        break;
      case 'text': {
        if (draft.text === '') break;
        const last = out.at(-1);
        if (last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + draft.text };
        else out.push({ type: 'text', text: draft.text });
        break;
      }
      case 'leaf':
        out.push(draft.inline);
        break;
      case 'strong':
      case 'em':
        out.push({ type: draft.type, children: materialize(draft.children) });
        break;
      case 'link':
        out.push({ type: 'link', href: draft.href, children: materialize(draft.children) });
        break;
    }
  }
  return out;
}
