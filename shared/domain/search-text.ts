/**
 * Folds text for matching the way people type it: case, accents and Arabic diacritics ignored,
 * Arabic letter variants that keyboards mix up treated as one (أ إ آ → ا, ى → ي, ة → ه).
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ـ/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
