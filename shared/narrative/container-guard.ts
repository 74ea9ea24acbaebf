/**
 * A guard in front of the Markdown parser against hostile nesting: a line such as `- - - - … x` or
 * `>>>>>>…` opens one container per marker, and markdown-it, past its `maxNesting`, silently drops
 * the rest of the document. Rather than lose text, this pass escapes (`\-`, `\>`, `12\.`) the first
 * container marker that would open one container too many, so it and everything after it on the
 * line read as the characters they are.
 *
 * A marker is "too many" when a line already opened `maxMarkersPerLine` containers, or when it
 * stands at column `maxMarkerColumn` or further (nesting across lines needs ever deeper indents:
 * each list level at least 2 columns). No real text comes near either: they bound what the parser
 * ever nests to about 20 containers, well below its `maxNesting`. Escaping changes nothing a reader
 * sees, except inside the one place a backslash is literal, a code span wrapped onto a line indented
 * by 40 columns or more.
 */

export const maxMarkersPerLine = 8;
export const maxMarkerColumn = 40;

export function guardContainerNesting(source: string): string {
  let out = '';
  let lineStart = 0;
  while (lineStart <= source.length) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? source.length : newline;
    const escapeAt = firstExcessMarker(source, lineStart, lineEnd);
    // Unchanged lines are copied as slices, so ordinary text costs one scan of each line's prefix.
    out += escapeAt < 0 ? source.slice(lineStart, lineEnd) : `${source.slice(lineStart, escapeAt)}\\${source.slice(escapeAt, lineEnd)}`;
    if (newline < 0) break;
    out += '\n';
    lineStart = newline + 1;
  }
  return out;
}

/**
 * Where to put the backslash on this line: before the punctuation of the first marker over a limit
 * (for an ordered marker, its `.` or `)`), or -1. Only the line's prefix of container markers is read.
 */
function firstExcessMarker(source: string, start: number, end: number): number {
  let k = start;
  let column = 0;
  let markers = 0;
  for (;;) {
    while (k < end && (source[k] === ' ' || source[k] === '\t')) {
      column = source[k] === '\t' ? column + 4 - (column % 4) : column + 1;
      k++;
    }
    if (k >= end) return -1;
    const marker = containerMarkerAt(source, k, end);
    if (marker === null) return -1;
    if (markers >= maxMarkersPerLine || column >= maxMarkerColumn) return marker.punctuation;
    markers++;
    column += marker.next - k;
    k = marker.next;
  }
}

interface Marker {
  /** Index of the character to escape. */
  punctuation: number;
  /** Index just after the marker. */
  next: number;
}

function containerMarkerAt(source: string, k: number, end: number): Marker | null {
  const c = source[k];
  if (c === '>') return { punctuation: k, next: k + 1 };
  if (c === '-' || c === '*' || c === '+') {
    if (!isGapOrEnd(source, k + 1, end)) return null;
    // `- - -` and `* * *` are thematic breaks, not three lists: a break ends the nesting by itself.
    if (c !== '+' && isThematicBreak(source, k, end)) return null;
    return { punctuation: k, next: k + 1 };
  }
  let digits = k;
  while (digits < end && digits - k < 9 && isDigit(source.charCodeAt(digits))) digits++;
  if (digits === k || (source[digits] !== '.' && source[digits] !== ')') || !isGapOrEnd(source, digits + 1, end)) return null;
  return { punctuation: digits, next: digits + 1 };
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isGapOrEnd(source: string, k: number, end: number): boolean {
  return k >= end || source[k] === ' ' || source[k] === '\t';
}

/** The rest of the line is three or more of one of `-`, `*`, `_`, with only spaces or tabs between. */
function isThematicBreak(source: string, k: number, end: number): boolean {
  const mark = source[k];
  let count = 0;
  for (let j = k; j < end; j++) {
    const c = source[j];
    if (c === mark) count++;
    else if (c !== ' ' && c !== '\t') return false;
  }
  return count >= 3;
}
