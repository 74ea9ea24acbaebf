/** Wraps text in Unicode isolates so an English source title cannot reorder an Arabic sentence around it. */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}
