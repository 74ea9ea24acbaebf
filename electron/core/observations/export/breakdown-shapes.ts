import { detached } from '../../detached-text';

/**
 * What suppression needs to know of one breakdown (sex, age, status, origin, area): the sums it is a
 * part of. It depends on the codes alone, so it is worked out once per breakdown and reused in every
 * table — a city's million figures share a few hundred breakdowns.
 */

/** Joins breakdown codes into one key. Codes cannot hold control characters (shared/domain). */
export const breakdownSeparator = '\u001f';

export function breakdownKey(codes: readonly string[]): string {
  return codes.join(breakdownSeparator);
}

/** One sum a cell is a part of. */
export interface PartOf {
  /** Names the group within a table: the parts of one total along one breakdown. */
  group: string;
  /** The key of the cell the parts add up to. */
  total: string;
  /** Where that cell is missing, the key of the one to use instead (null: the group has no total). */
  orTotal: string | null;
}

export interface BreakdownShape {
  sums: readonly PartOf[];
}

const statusIndex = 2;
const originIndex = 3;
/** Migration statuses that add up exactly, in the two ways cities count them (see domain.md §4). */
const statusSums: { kind: string; codes: ReadonlySet<string>; within: 'total' | 'migrants' }[] = [
  { kind: 'nat-mig', codes: new Set(['NAT', 'MIG']), within: 'total' },
  { kind: 'reg-irr', codes: new Set(['REG', 'IRR']), within: 'migrants' },
  { kind: 'all-migrants', codes: new Set(['REG', 'IRR', 'ASY', 'REF', 'STL']), within: 'migrants' },
];

/**
 * The sums a breakdown is a part of: for each of its codes, the cell without it; for migration
 * status, nationals and migrants under the total, and the kinds of migrants under "all migrants"
 * (or under the total where a table has no "all migrants" cell). Regions (UN M49 numbers) are left
 * out: which countries they hold is not known here, and a region is never a part of a country sum.
 */
function shapeOf(codes: readonly string[]): BreakdownShape {
  const sums: PartOf[] = [];
  codes.forEach((code, index) => {
    if (code === '' || (index === originIndex && /^\d/.test(code))) return;
    const parent = breakdownKey(codes.map((c, i) => (i === index ? '' : c)));
    if (index !== statusIndex) {
      sums.push({ group: `${parent}\u0002${index}`, total: parent, orTotal: null });
      return;
    }
    const migrants = breakdownKey(codes.map((c, i) => (i === index ? 'MIG' : c)));
    for (const sum of statusSums) {
      if (!sum.codes.has(code)) continue;
      const group = `${parent}\u0002status\u0002${sum.kind}`;
      sums.push(sum.within === 'total' ? { group, total: parent, orTotal: null } : { group, total: migrants, orTotal: parent });
    }
  });
  return { sums };
}

/** Keeps this many shapes at most, so that memory stays bounded whatever the data. */
const remembered = 100_000;

/** The shapes of breakdowns met so far, by key. */
export class BreakdownShapes {
  private readonly shapes = new Map<string, BreakdownShape>();

  of(key: string): BreakdownShape {
    const known = this.shapes.get(key);
    if (known) return known;
    if (this.shapes.size >= remembered) this.shapes.clear();
    const shape = shapeOf(key.split(breakdownSeparator));
    this.shapes.set(detached(key), shape);
    return shape;
  }
}
