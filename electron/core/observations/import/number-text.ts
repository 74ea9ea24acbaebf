/**
 * Reads a number as people type it in spreadsheets: thousands separators (1,234 / 1 234 / 1.234),
 * a decimal comma when the file uses one, Arabic-Indic digits and the Arabic decimal and thousands
 * marks, a trailing percent sign. Returns null when the text is not a number — never a guess: a
 * value like "1,5" in a file with decimal points is refused rather than read as 15.
 */
const plainInteger = /^-?\d+$/;
const plainDecimal = /^-?\d+\.\d+$/;
const spaces = /[\s\u00a0\u202f\u2009\u2007']/g;

export function parseNumberText(raw: string, decimalComma: boolean): number | null {
  // Fast paths for what most cells are; "1.250" is not one of them in a decimal-comma file.
  if (plainInteger.test(raw) || (!decimalComma && plainDecimal.test(raw))) return Number(raw);
  let text = raw.trim();
  if (text === '') return null;
  text = toLatinDigits(text)
    .replace(/\u066b/g, decimalComma ? ',' : '.')
    .replace(/\u066c/g, decimalComma ? '.' : ',')
    .replace(/^[−–]/, '-')
    .replace(/\s*%$/, '')
    .replace(spaces, '');
  const [group, decimal] = decimalComma ? ['.', ','] : [',', '.'];
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const [whole = '', fraction, extra] = body.split(decimal);
  if (extra !== undefined || whole === '') return null;
  const groups = whole.split(group);
  const [head = '', ...rest] = groups;
  if (!/^\d{1,}$/.test(head) || (rest.length > 0 && (head.length > 3 || rest.some((g) => !/^\d{3}$/.test(g))))) return null;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  const value = Number(`${negative ? '-' : ''}${groups.join('')}${fraction === undefined ? '' : `.${fraction}`}`);
  return Number.isFinite(value) ? value : null;
}

function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}
