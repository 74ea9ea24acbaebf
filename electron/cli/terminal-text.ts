/**
 * Text from a file or the store, made safe to print on a terminal. A terminal obeys the control
 * characters it is sent: ESC starts sequences that recolour, move the cursor, rewrite the window
 * title or (on some terminals) type into the shell, and the bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) reorder what follows so a line shows something else than it holds.
 * They are printed visibly as `\u001b`, `\u202e`, … instead.
 *
 * Kept as they are: line feeds where the output itself is several lines, and the bidi *marks*
 * (LRM, RLM, ALM), which Arabic text uses legitimately and which cannot reorder a span.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped here
const unsafeInLine = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- the same, line feeds excepted
const unsafeInText = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw but a terminal would still act on (it escapes U+0000–U+001F itself). */
const unsafeInJson = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escaped(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** One line: every control character escaped, line breaks included. */
export function terminalLine(text: string): string {
  return text.replace(unsafeInLine, escaped);
}

/** Several lines: line feeds kept, every other control character escaped. */
export function terminalText(text: string): string {
  return text.replace(unsafeInText, escaped);
}

/**
 * JSON for a terminal or a pipe: the characters escaped as `\uXXXX` are still the same JSON — a
 * program parsing the output gets exactly the values it would have got — but a person reading it
 * on a terminal sees them instead of having the terminal act on them.
 */
export function terminalJson(json: string): string {
  return json.replace(unsafeInJson, escaped);
}

/**
 * Rows as aligned columns under a header, then a blank line and `footer`. Cells are escaped before
 * they are measured, so a name holding a control character neither breaks the table nor acts on
 * the terminal; the last column is not padded.
 */
export function terminalTable(header: readonly string[], rows: readonly (readonly string[])[], footer: string): string {
  const cells = rows.map((row) => row.map(terminalLine));
  const widths = header.map((h, col) => Math.max(h.length, ...cells.map((r) => (r[col] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, col) => (col === row.length - 1 ? cell : cell.padEnd(widths[col] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line), '', footer].join('\n');
}
