/**
 * A copy of `text` that holds its own characters. V8 keeps a piece cut from a longer text (by
 * `split`, `slice`) as a view of the whole; kept in a long-lived map, such a piece keeps the whole
 * text alive with it — a whole table of figures for a code of twenty characters.
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
