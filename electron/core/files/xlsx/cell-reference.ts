/** Excel's grid bounds: columns A..XFD, rows 1..1,048,576. */
export const maxColumnCount = 16_384;
export const maxRowCount = 1_048_576;
/** Excel's limit on the text of one cell; a longer one makes it report the whole file as corrupt. */
export const maxCellTextLength = 32_767;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(columnIndex: number): string {
  let letters = '';
  let remaining = columnIndex + 1;
  while (remaining > 0) {
    const digit = (remaining - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    remaining = (remaining - 1 - digit) / 26;
  }
  return letters;
}

/** "A" → 0, "XFD" → 16383; -1 for anything that is not a column inside Excel's grid. */
export function columnIndex(letters: string): number {
  if (letters.length === 0 || letters.length > 3) return -1;
  let value = 0;
  for (let i = 0; i < letters.length; i += 1) {
    const code = letters.charCodeAt(i) & ~0x20; // upper-cases ASCII letters
    if (code < 65 || code > 90) return -1;
    value = value * 26 + (code - 64);
  }
  return value <= maxColumnCount ? value - 1 : -1;
}

/** "A1" → row 0, column 0; null when the reference is malformed or outside the grid. */
export function parseCellReference(reference: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(reference.trim());
  if (match === null) return null;
  const column = columnIndex(match[1] ?? '');
  const row = Number(match[2]) - 1;
  if (column < 0 || row >= maxRowCount) return null;
  return { row, column };
}

export function cellReference(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}
