/**
 * A small streaming CSV parser (RFC 4180 plus what spreadsheets really write): quoted fields with
 * doubled quotes and line breaks, CRLF / LF / CR line ends, and a chosen delimiter. Text is pushed
 * in pieces and every record is handed over with the line it starts on, so a file of any size is
 * read in constant memory and problems can name their line.
 *
 * Lines without a quote take a fast path (`indexOf` + `split`), which is most of any real file;
 * the character-by-character path only runs for lines that contain a quote.
 */

export type CsvRecordHandler = (fields: string[], line: number) => void;

export class CsvFormatError extends Error {
  constructor(
    readonly line: number,
    readonly reason: 'unclosed-quote' | 'record-too-long' | 'text-after-quote' | 'encoding',
    message: string,
  ) {
    super(message);
    this.name = 'CsvFormatError';
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvParser {
  private pending = '';
  /** Line number of the first character of `pending`. */
  private line = 1;
  private readonly delimiterCode: number;

  constructor(
    private readonly delimiter: string,
    private readonly onRecord: CsvRecordHandler,
    private readonly maxRecordLength = 1_000_000,
  ) {
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  /**
   * Which character the fast path looks for to end a line: LF, or CR in files from old Macs that
   * end lines with a lone CR (without it such a file would be held whole until its end). Decided by
   * the first line end of the file; null until one is seen (a CR at the very end of the text so far
   * may yet be the first half of a CRLF). Either way every line end is honoured: the slow paths
   * read CRLF, LF and a lone CR wherever they are, and values keep their line breaks as written.
   */
  private crOnly: boolean | null = null;

  /** The line the parser has reached (for problems found outside it, such as an encoding error). */
  get currentLine(): number {
    return this.line;
  }

  push(piece: string): void {
    this.pending = this.pending.length === 0 ? piece : this.pending + piece;
    if (this.crOnly === null) this.crOnly = firstLineEndIsLoneCr(this.pending);
    this.drain(false);
  }

  end(): void {
    this.drain(true);
    if (this.pending.length > 0) throw new Error('CSV parser left text unread');
  }

  /** Position of the next quote in the text being drained (-1: none left), so that it is searched once, not per line. */
  private nextQuote = -1;

  private drain(final: boolean): void {
    const text = this.pending;
    let at = 0;
    this.nextQuote = text.indexOf('"');
    while (at < text.length) {
      const next = this.readRecord(text, at, final);
      if (next < 0) break;
      at = next;
    }
    this.pending = text.slice(at);
    if (this.pending.length > this.maxRecordLength) {
      throw new CsvFormatError(
        this.line,
        this.pending.includes('"') ? 'unclosed-quote' : 'record-too-long',
        this.pending.includes('"')
          ? `A quote opened on line ${this.line} is never closed.`
          : `Line ${this.line} is longer than ${this.maxRecordLength.toLocaleString('en')} characters.`,
      );
    }
  }

  /** Reads one record starting at `at`; returns where the next one starts, or -1 when more text is needed. */
  private readRecord(text: string, at: number, final: boolean): number {
    let lineEnd: number;
    let next: number;
    let atEnd = false;
    if (this.crOnly) {
      const cr = text.indexOf('\r', at);
      if (cr < 0) {
        if (!final) return -1;
        lineEnd = next = text.length;
        atEnd = true;
      } else {
        // Is it CRLF after all? The next piece tells.
        if (cr + 1 >= text.length && !final) return -1;
        lineEnd = cr;
        next = text.charCodeAt(cr + 1) === LF ? cr + 2 : cr + 1;
      }
    } else {
      const lf = text.indexOf('\n', at);
      if (lf < 0 && !final) return -1;
      atEnd = lf < 0;
      lineEnd = lf < 0 ? text.length : lf > at && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
      next = lf < 0 ? text.length : lf + 1;
    }
    if (this.nextQuote >= 0 && this.nextQuote < at) this.nextQuote = text.indexOf('"', at);
    const quote = this.nextQuote;
    if (quote < 0 || quote > lineEnd) {
      // The file's last line end (of the other kind) closes its last line; it does not open an empty one.
      const last = text.charCodeAt(lineEnd - 1);
      const slice = text.slice(at, atEnd && lineEnd > at && (last === CR || last === LF) ? lineEnd - 1 : lineEnd);
      // The other kind of line end may still occur (a lone CR in an LF file, an LF in a CR file).
      if (slice.includes(this.crOnly ? '\n' : '\r')) return this.readSeparated(slice, next);
      this.onRecord(slice.split(this.delimiter), this.line);
      this.line += 1;
      return next;
    }
    return this.readQuoted(text, at, final);
  }

  /** A stretch without quotes holding line ends of the other kind: no CRLF can be inside it. */
  private readSeparated(slice: string, next: number): number {
    for (const part of slice.split(/\r|\n/)) {
      this.onRecord(part.split(this.delimiter), this.line);
      this.line += 1;
    }
    return next;
  }

  /** The slow path: walks a record that contains quotes, which may span several lines. */
  private readQuoted(text: string, at: number, final: boolean): number {
    const fields: string[] = [];
    const startLine = this.line;
    let lines = 0;
    let i = at;
    for (;;) {
      // Start of a field.
      if (i < text.length && text.charCodeAt(i) === QUOTE) {
        let value = '';
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) {
            if (!final) return -1;
            throw new CsvFormatError(startLine, 'unclosed-quote', `A quote opened on line ${startLine} is never closed.`);
          }
          if (close + 1 >= text.length && !final) return -1;
          value += text.slice(from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            from = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        lines += countLineBreaks(value);
        fields.push(value);
      } else {
        let j = i;
        while (j < text.length) {
          const c = text.charCodeAt(j);
          // A quote inside an unquoted field is kept as text, as spreadsheets do.
          if (c === this.delimiterCode || c === LF || c === CR) break;
          j += 1;
        }
        if (j >= text.length && !final) return -1;
        fields.push(text.slice(i, j));
        i = j;
      }
      // After a field: a delimiter, a line end, or the end of the text.
      if (i >= text.length) {
        if (!final) return -1;
        this.emit(fields, startLine, lines + 1);
        return i;
      }
      const c = text.charCodeAt(i);
      if (c === this.delimiterCode) {
        i += 1;
        if (i >= text.length && !final) return -1;
        if (i >= text.length) {
          fields.push('');
          this.emit(fields, startLine, lines + 1);
          return i;
        }
        continue;
      }
      if (c === CR) {
        if (i + 1 >= text.length && !final) return -1;
        this.emit(fields, startLine, lines + 1);
        return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      }
      if (c === LF) {
        this.emit(fields, startLine, lines + 1);
        return i + 1;
      }
      throw new CsvFormatError(
        startLine + lines,
        'text-after-quote',
        `Line ${startLine + lines} has text right after a closing quote; a quote inside a quoted value must be doubled ("").`,
      );
    }
  }

  private emit(fields: string[], line: number, lineCount: number): void {
    this.onRecord(fields, line);
    this.line = line + lineCount;
  }
}

/** Whether the first line end of `text` is a lone CR; null while that cannot be told yet. */
function firstLineEndIsLoneCr(text: string): boolean | null {
  const cr = text.indexOf('\r');
  const lf = text.indexOf('\n');
  if (cr < 0) return lf < 0 ? null : false;
  if (lf >= 0 && lf < cr) return false;
  if (cr + 1 >= text.length) return null;
  return text.charCodeAt(cr + 1) !== LF;
}

function countLineBreaks(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (c === LF) count += 1;
    else if (c === CR && value.charCodeAt(i + 1) !== LF) count += 1;
  }
  return count;
}

/**
 * Picks the delimiter from the first lines: the candidate that splits the most of them into the
 * same number of fields (more than one). Files from French or Arabic Excel use `;` because `,` is
 * their decimal mark. Lines where a candidate does not occur say nothing for it: a title above the
 * header has no delimiter at all, and a tab or comma typed in one note must not outvote the
 * delimiter that shapes every other line.
 */
export function detectDelimiter(sample: string): ',' | ';' | '\t' | '|' {
  const lines = sample.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '').slice(0, 20);
  let best: ',' | ';' | '\t' | '|' = ',';
  let bestScore = 0;
  for (const candidate of [',', ';', '\t', '|'] as const) {
    // The number of fields most lines agree on. Lines without the candidate do not count for it: a
    // ';' inside the data ("estimate;provisional") must not win because most lines have none, and a
    // title line above the header, or a line of a multi-line quoted note, must not decide either.
    const lineCounts = new Map<number, number>();
    for (const line of lines) {
      const count = countOutsideQuotes(line, candidate);
      if (count > 0) lineCounts.set(count, (lineCounts.get(count) ?? 0) + 1);
    }
    let score = 0;
    for (const [count, agreeing] of lineCounts) score = Math.max(score, agreeing * 1000 + Math.min(count, 999));
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) count += 1;
  }
  return count;
}
