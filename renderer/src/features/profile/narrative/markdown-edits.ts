/**
 * What the formatting toolbar does to the Markdown of a section, as pure edits of the text: the
 * stored form stays Markdown, and the editor applies each edit so the browser's own undo takes it back.
 */

export interface TextSelection {
  start: number;
  end: number;
}

/** Replace `from`–`to` with `insert`, then select `selection` (positions in the new text). */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
  selection: TextSelection;
}

export type LineFormat = 'heading' | 'bullet' | 'numbered';

export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** The selection without the spaces at its ends: a double-clicked word often takes its space along. */
function trimmed(text: string, selection: TextSelection): TextSelection {
  let { start, end } = selection;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

/**
 * Bold (`**`) or italic (`*`): wraps the selection, or unwraps it when it is already wrapped. With no
 * selection a placeholder in the text's language is inserted and selected, so typing replaces it.
 * Markdown emphasis cannot span paragraphs, so each selected line is wrapped on its own.
 */
export function toggleWrap(text: string, selection: TextSelection, marker: '**' | '*', placeholder: string): TextEdit {
  const { start, end } = trimmed(text, selection);
  const m = marker.length;
  if (start === end) {
    // A second press right after the first takes the empty pair away again.
    if (text.slice(start - m - placeholder.length, start) === marker + placeholder && text.slice(start, start + m) === marker) {
      return { from: start - m - placeholder.length, to: start + m, insert: '', selection: { start: start - m - placeholder.length, end: start - m - placeholder.length } };
    }
    return { from: start, to: start, insert: marker + placeholder + marker, selection: { start: start + m, end: start + m + placeholder.length } };
  }
  const inner = text.slice(start, end);
  const wrappedInside = inner.length > 2 * m && inner.startsWith(marker) && inner.endsWith(marker) && !isWrappedBy(inner, marker === '*' ? '**' : '');
  if (wrappedInside) {
    const unwrapped = inner.slice(m, inner.length - m);
    return { from: start, to: end, insert: unwrapped, selection: { start, end: start + unwrapped.length } };
  }
  if (text.slice(start - m, start) === marker && text.slice(end, end + m) === marker && !(marker === '*' && text[start - 2] === '*' && text[end + 1] === '*')) {
    return { from: start - m, to: end + m, insert: inner, selection: { start: start - m, end: end - m } };
  }
  const insert = inner
    .split('\n')
    .map((line) => {
      const body = line.trim();
      if (body === '') return line;
      const lead = line.slice(0, line.indexOf(body));
      return `${lead}${marker}${body}${marker}`;
    })
    .join('\n');
  if (!inner.includes('\n')) return { from: start, to: end, insert, selection: { start: start + m, end: end + m } };
  return { from: start, to: end, insert, selection: { start, end: start + insert.length } };
}

/** `**text**` seen as italic would be wrong: bold wraps are not italic ones. */
function isWrappedBy(inner: string, marker: string): boolean {
  return marker !== '' && inner.startsWith(marker) && inner.endsWith(marker);
}

const linePatterns: Record<LineFormat, RegExp> = {
  heading: /^ {0,3}#{1,6}[ \t]+/,
  bullet: /^ {0,3}[-*+][ \t]+/,
  numbered: /^ {0,3}\d{1,9}[.)][ \t]+/,
};

/** Any of the three, so turning a bulleted line into a heading does not leave "## - item". */
const anyLineFormat = /^ {0,3}(?:#{1,6}|[-*+]|\d{1,9}[.)])[ \t]+/;

/**
 * A heading, bulleted or numbered list on every line the selection touches, or off again when they
 * all have it already. Lines keep the text typed on them; other line formats are replaced.
 */
export function toggleLines(text: string, selection: TextSelection, format: LineFormat): TextEdit {
  const lineStart = text.lastIndexOf('\n', selection.start - 1) + 1;
  // A selection ending at the very start of a line does not take that line along.
  const lastChar = selection.end > selection.start && text[selection.end - 1] === '\n' ? selection.end - 1 : selection.end;
  const found = text.indexOf('\n', lastChar);
  const lineEnd = found < 0 ? text.length : found;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const written = lines.filter((line) => line.trim() !== '');
  const pattern = linePatterns[format];
  const allHaveIt = written.length > 0 && written.every((line) => pattern.test(line));
  let number = 0;
  const changed = lines.map((line) => {
    if (allHaveIt) return line.replace(pattern, '');
    if (line.trim() === '' && lines.length > 1) return line;
    number += 1;
    const prefix = format === 'heading' ? '## ' : format === 'bullet' ? '- ' : `${number}. `;
    return prefix + line.replace(anyLineFormat, '').trimStart();
  });
  // A paragraph line right under a list would read as part of its last item (Markdown's lazy
  // continuation): a blank line keeps it a paragraph of its own.
  const nextLineEnd = text.indexOf('\n', lineEnd + 1);
  const nextLine = found < 0 ? '' : text.slice(lineEnd + 1, nextLineEnd < 0 ? text.length : nextLineEnd);
  const apart = format !== 'heading' && !allHaveIt && nextLine.trim() !== '' && !anyLineFormat.test(nextLine) ? '\n' : '';
  const insert = changed.join('\n') + apart;
  if (selection.start === selection.end && lines.length === 1) {
    // The cursor stays on the word it was in, moved by as much as the line's start changed.
    const line = lines[0] ?? '';
    const body = allHaveIt ? line.replace(pattern, '') : line.replace(anyLineFormat, '').trimStart();
    const oldStart = line.length - body.length;
    const newStart = insert.length - apart.length - body.length;
    const caret = lineStart + newStart + Math.max(0, selection.start - lineStart - oldStart);
    return { from: lineStart, to: lineEnd, insert, selection: { start: caret, end: caret } };
  }
  return { from: lineStart, to: lineEnd, insert, selection: { start: lineStart, end: lineStart + insert.length - apart.length } };
}

/** Link text cannot hold unescaped brackets; the address cannot hold spaces or brackets. */
function escapeLabel(label: string): string {
  return label.replace(/[\\[\]]/g, (c) => `\\${c}`);
}

function escapeHref(href: string): string {
  return href.replace(/[\s()<>[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[text](address)` for the selection (or the text given), the cursor after it so writing goes on. */
export function insertLink(text: string, selection: TextSelection, href: string, label: string): TextEdit {
  const { start, end } = trimmed(text, selection);
  const shown = escapeLabel(label.trim() === '' ? href.replace(/^mailto:/i, '') : label.trim());
  const insert = `[${shown}](${escapeHref(href)})`;
  return { from: start, to: end, insert, selection: { start: start + insert.length, end: start + insert.length } };
}

export type AddressProblem = 'empty' | 'insecure' | 'scheme' | 'invalid';

/**
 * What a writer typed as a link's address, as the parser accepts it (https: or mailto: only):
 * "example.org/page" becomes https://, "name@example.org" becomes mailto:.
 */
export function linkAddress(typed: string): { ok: true; href: string } | { ok: false; problem: AddressProblem } {
  const value = typed.trim();
  if (value === '') return { ok: false, problem: 'empty' };
  if (/^https:\/\/\S+$/i.test(value) || /^mailto:\S+$/i.test(value)) return { ok: true, href: value };
  if (/^http:\/\//i.test(value)) return { ok: false, problem: 'insecure' };
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return { ok: true, href: `mailto:${value}` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[^\s/:]+\.[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i.test(value)) return { ok: false, problem: 'scheme' };
  if (/^[^\s/@]+\.[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i.test(value)) return { ok: true, href: `https://${value}` };
  return { ok: false, problem: 'invalid' };
}

/** A citation is a word of its sentence: kept apart from the words around it, the cursor after it. */
export function insertCitation(text: string, selection: TextSelection, token: string): TextEdit {
  const { start, end } = selection;
  const before = start > 0 && !/\s/.test(text[start - 1] ?? ' ') ? ' ' : '';
  const after = end < text.length && !/[\s.,;:!?)،؛]/.test(text[end] ?? ' ') ? ' ' : '';
  const insert = `${before}${token}${after}`;
  return { from: start, to: end, insert, selection: { start: start + insert.length, end: start + insert.length } };
}
