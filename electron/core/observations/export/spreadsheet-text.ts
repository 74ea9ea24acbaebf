/**
 * What a spreadsheet takes as the start of a formula: =, +, -, @, and a leading tab, carriage return
 * or line feed (docs/security.md, Privacy). The minus sign (U+2212) is there because some spreadsheets read it as -.
 */
const formulaStarts = new Set(['=', '+', '-', '@', '\u2212', '\t', '\r', '\n']);

/**
 * Whether a spreadsheet could run `text` as a formula. Besides the ASCII characters, their
 * compatibility lookalikes count — fullwidth ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20), small ﹦ ﹢ ﹣ ﹫,
 * superscript and subscript + = − — because East Asian spreadsheets and input methods fold them
 * into the ASCII ones (NFKC) before deciding whether a cell is a formula.
 */
function startsLikeFormula(text: string): boolean {
  const code = text.codePointAt(0);
  if (code === undefined) return false;
  const first = String.fromCodePoint(code);
  if (formulaStarts.has(first)) return true;
  // ASCII folds to itself: only other characters need the (slower) normalisation.
  return code >= 0x80 && formulaStarts.has(first.normalize('NFKC').charAt(0));
}

/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe, so an exported file
 * cannot run anything when opened (docs/security.md, Privacy).
 */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/**
 * Undoes `neutraliseFormula` for a file coming back in: an apostrophe followed by what would be a
 * formula is how Focal (and other careful exporters) write text that starts with =, +, - or @, so
 * the apostrophe is not part of the value. Any other leading apostrophe is kept.
 */
export function restoreNeutralisedText(text: string): string {
  return text.startsWith("'") && startsLikeFormula(text.slice(1)) ? text.slice(1) : text;
}

/** `restoreNeutralisedText` over a record's cells; the same array when none starts with an apostrophe. */
export function restoreNeutralisedCells<C extends string | number | boolean | null>(cells: readonly (C | string)[]): readonly (C | string)[] {
  if (!cells.some((cell) => typeof cell === 'string' && cell.startsWith("'"))) return cells;
  return cells.map((cell) => (typeof cell === 'string' ? restoreNeutralisedText(cell) : cell));
}

/** One CSV field: quoted when it holds a delimiter, a quote or a line break. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
