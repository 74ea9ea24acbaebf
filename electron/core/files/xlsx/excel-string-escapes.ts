/**
 * Office writes characters XML cannot hold as `_xHHHH_` inside strings (e.g. `_x000D_` for CR), and text
 * that merely looks like such an escape with its underscore escaped (`_x005F_xHHHH_`); both directions
 * are needed for strings to round-trip.
 */

export function decodeExcelEscapes(value: string): string {
  if (!value.includes('_x')) return value;
  return value.replace(/_x([0-9A-Fa-f]{4})_/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

export function encodeExcelEscapes(value: string): string {
  if (!value.includes('_x')) return value;
  return value.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
}
