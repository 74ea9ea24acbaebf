import { dimensionCodes } from '../domain/catalogue';
import { isValidPeriod } from '../domain/period';

// Periods are validated as everywhere else in the data; re-exported as part of the citation API.
export { isValidPeriod };

/**
 * Citation tokens: how narrative text points at a figure so the renderer can show its value, year
 * and source live from the data instead of a number typed by hand that goes stale.
 *
 *   {{POP_TOTAL}}                          the indicator's latest total
 *   {{POP_TOTAL 2024}}                     a given period
 *   {{MIG_BY_STATUS 2024 status=REF sex=F}} a breakdown, pairs in any order
 *   {{tunis.LOCAL_DESKS age=Y15T24}}       a city's custom indicator, latest period with that breakdown
 *
 * Whitespace inside the braces is free (`sex = F` too), so writers need not be careful about it;
 * codes themselves are case-sensitive, as they are everywhere else in the data.
 */

/** The breakdown dimensions, in the order a canonical citation lists them (the catalogue's order). */
export const dimensionNames = dimensionCodes;
export type DimensionName = (typeof dimensionNames)[number];

export interface Citation {
  indicator: string;
  /** `null` cites the latest period that has the requested breakdown. */
  period: string | null;
  breakdown: Partial<Record<DimensionName, string>>;
}

export type CitationError = 'unknown-dimension' | 'bad-code' | 'bad-period' | 'repeated-dimension' | 'bad-indicator' | 'empty';

export type CitationResult = { ok: true; citation: Citation } | { ok: false; reason: CitationError };

/**
 * The codes of the closed codelists, which citations are checked against (origin and area are open).
 * They mirror resources/catalogue/codelists.json — a unit test keeps them equal — because shared/
 * cannot read the resources folder.
 */
export const closedDimensionCodes = {
  sex: ['F', 'M', 'X'],
  age: ['Y_LT15', 'Y15T24', 'Y25T54', 'Y55T64', 'Y_GE65'],
  status: ['NAT', 'MIG', 'REG', 'IRR', 'ASY', 'REF', 'STL', 'IDP', 'RET'],
} as const;

// Built-in codes are upper case; a city's own indicators carry its slug so they never clash with them.
const indicatorPattern = /^(?:[a-z][a-z0-9-]*\.)?[A-Z][A-Z0-9_]*$/;
// ISO 3166-1 alpha-2 or UN M49 numeric, the two forms origin data arrives in.
const originPattern = /^(?:[A-Z]{2}|[0-9]{3})$/;
// Areas are the city's own district names or codes, in any script (marks included for Arabic vowels).
const areaPattern = /^[\p{L}\p{M}\p{N}_-]{1,40}$/u;

function isDimensionName(name: string): name is DimensionName {
  return dimensionNames.some((d) => d === name);
}

function isValidCode(dimension: DimensionName, code: string): boolean {
  switch (dimension) {
    case 'sex':
    case 'age':
    case 'status':
      return closedDimensionCodes[dimension].some((c) => c === code);
    case 'origin':
      return originPattern.test(code);
    case 'area':
      return areaPattern.test(code);
  }
}

/** Splits on whitespace, then glues `sex = F` and `sex= F` back into one `sex=F` token (never onto the indicator). */
function tokens(inner: string): string[] {
  const words = inner.split(/\s+/).filter((w) => w !== '');
  const out: string[] = [];
  for (const word of words) {
    const last = out.length - 1;
    const previous = out[last];
    if (previous !== undefined && last > 0 && (previous.endsWith('=') || word.startsWith('='))) out[last] = previous + word;
    else out.push(word);
  }
  return out;
}

/** Parses what stands between `{{` and `}}`; the first problem found, left to right, is the reason. */
export function parseCitation(inner: string): CitationResult {
  const [indicator, ...rest] = tokens(inner);
  if (indicator === undefined) return { ok: false, reason: 'empty' };
  if (!indicatorPattern.test(indicator)) return { ok: false, reason: 'bad-indicator' };
  let period: string | null = null;
  const breakdown: Partial<Record<DimensionName, string>> = {};
  for (const token of rest) {
    const eq = token.indexOf('=');
    if (eq < 0) {
      // A bare word after the code can only be the period, and only one.
      if (period !== null || !isValidPeriod(token)) return { ok: false, reason: 'bad-period' };
      period = token;
      continue;
    }
    const name = token.slice(0, eq);
    const code = token.slice(eq + 1);
    if (!isDimensionName(name)) return { ok: false, reason: 'unknown-dimension' };
    if (breakdown[name] !== undefined) return { ok: false, reason: 'repeated-dimension' };
    if (!isValidCode(name, code)) return { ok: false, reason: 'bad-code' };
    breakdown[name] = code;
  }
  return { ok: true, citation: { indicator, period, breakdown } };
}

/** The canonical inner text (`CODE PERIOD dim=X …`, dimensions in catalogue order): equal citations, equal keys. */
export function citationKey(c: Citation): string {
  const parts = [c.indicator];
  if (c.period !== null) parts.push(c.period);
  for (const name of dimensionNames) {
    const code = c.breakdown[name];
    if (code !== undefined) parts.push(`${name}=${code}`);
  }
  return parts.join(' ');
}

/** The canonical token, e.g. `{{MIG_BY_STATUS 2024 sex=F status=REF}}`; parseCitation reads it back unchanged. */
export function formatCitation(c: Citation): string {
  return `{{${citationKey(c)}}}`;
}
