// Writes a realistic tidy observations file: ~300 indicators × 20 periods × ~167 breakdowns each
// (totals, sex, age bands, statuses, their crossings, countries of origin, districts), values that
// keep parts within totals and change smoothly from one period to the next (so the import's
// checks find nothing to warn about, as with a clean register extract). Deterministic (seeded),
// streamed to disk.
//
// One indicator and period has at most 190 breakdowns, so a file larger than indicators × periods
// × 190 rows (1.14 M with the defaults) switches to monthly periods (2005-01, 2005-02, …) and uses
// as many months as it needs: the file keeps growing with --rows, to check that memory does not.
import { createWriteStream } from 'node:fs';

export const header = 'indicator,period,sex,age,status,origin,area,value,source,note,flags';

// Each code's share of its parent. No dimension's shares add up to more than 0.95 (the rest is
// "unknown" or "other", as in real registers): with at most 5 % of noise per cell, the parts of
// any breakdown then never exceed their total, so the import's cross-row checks run in full on
// every group instead of stopping at their cap of findings, as they would on inconsistent data.
const sexes = { F: 0.48, M: 0.46, X: 0.01 };
const ages = { Y_LT15: 0.17, Y15T24: 0.14, Y25T54: 0.4, Y55T64: 0.12, Y_GE65: 0.12 };
// NAT + MIG make the total; refugees and asylum seekers are among the migrants (within MIG).
const statuses = { NAT: 0.8, MIG: 0.15, REF: 0.03, ASY: 0.04 };
const originCodes = ['MA', 'DZ', 'TN', 'LY', 'EG', 'SN', 'CI', 'ML', 'CM', 'NG', 'SY', 'IQ', 'AF', 'FR', 'IT', 'ES', 'SD', 'ER', 'GN', 'BF'];
// Residents born abroad, by country: 19 % of the population in all.
const origins = Object.fromEntries(originCodes.map((code, i) => [code, i < 10 ? 0.012 : 0.007]));
export const areaNames = ['North', 'South', 'East', 'West', 'Centre', 'Harbour', 'Old town', 'Hills', 'Airport', 'University'];
const areas = Object.fromEntries(areaNames.map((name) => [name, 0.095]));

/**
 * The breakdowns of one indicator and period, most common first, as [sex, age, status, origin,
 * area, share of the total]: the total, each dimension alone, sex × age × status and their
 * pairs, origins (and by sex), districts (and by sex). 190 in all.
 */
export function breakdowns() {
  const list = [];
  const add = (sex, age, status, origin, area) => {
    const share = (sexes[sex] ?? 1) * (ages[age] ?? 1) * (statuses[status] ?? 1) * (origins[origin] ?? 1) * (areas[area] ?? 1);
    list.push([sex, age, status, origin, area, share]);
  };
  const S = Object.keys(sexes);
  const A = Object.keys(ages);
  const T = Object.keys(statuses);
  add('', '', '', '', '');
  for (const s of S) add(s, '', '', '', '');
  for (const a of A) add('', a, '', '', '');
  for (const t of T) add('', '', t, '', '');
  for (const s of S) for (const a of A) add(s, a, '', '', '');
  for (const s of S) for (const t of T) add(s, '', t, '', '');
  for (const a of A) for (const t of T) add('', a, t, '', '');
  for (const s of S) for (const a of A) for (const t of T) add(s, a, t, '', '');
  for (const o of originCodes) add('', '', '', o, '');
  for (const s of ['F', 'M']) for (const o of originCodes.slice(0, 10)) add(s, '', '', o, '');
  for (const ar of areaNames) add('', '', '', '', ar);
  for (const s of ['F', 'M']) for (const ar of areaNames) add(s, '', '', '', ar);
  return list;
}

export function indicatorCodes(city, count) {
  return Array.from({ length: count }, (_, i) => `${city}.BENCH_${String(i + 1).padStart(3, '0')}`);
}

let seed = 42;
/** A small linear congruential generator: the same file on every machine and every run. */
function random() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}

/** The period labels a file of `rows` rows needs: `periods` years, or as many months as it takes. */
export function periodLabels(rows, indicators, periods, perGroupMax) {
  const needed = Math.ceil(rows / (indicators * perGroupMax));
  if (needed <= periods) return Array.from({ length: periods }, (_, p) => String(2005 + p));
  return Array.from({ length: needed }, (_, p) => `${2005 + Math.floor(p / 12)}-${String((p % 12) + 1).padStart(2, '0')}`);
}

/** Streams the file; answers how many rows it wrote and how many periods and breakdowns it used. */
export async function generate(file, { city, indicators = 300, periods = 20, rows = 1_000_000 }) {
  seed = 42;
  const out = createWriteStream(file);
  const write = (text) => (out.write(text) ? Promise.resolve() : new Promise((done) => out.once('drain', done)));
  await write(`${header}\n`);
  const shapes = breakdowns();
  const labels = periodLabels(rows, indicators, periods, shapes.length);
  const perGroup = Math.min(shapes.length, Math.ceil(rows / (indicators * labels.length)));
  let written = 0;
  let chunk = [];
  for (const code of indicatorCodes(city, indicators)) {
    const base = 1000 + Math.floor(random() * 200000);
    labels.forEach((period, p) => {
      const year = period.slice(0, 4);
      const total = Math.round(base * (1 + p * 0.02) * (0.97 + random() * 0.06));
      for (const [sex, age, status, origin, area, share] of shapes.slice(0, perGroup)) {
        if (written >= rows) break;
        const value = Math.floor(total * share * (0.95 + random() * 0.05));
        const note = written % 50 === 0 ? 'Checked against the register' : '';
        const flags = written % 97 === 0 ? 'estimate' : '';
        chunk.push(`${code},${period},${sex},${age},${status},${origin},${area},${value},Municipal register ${year},${note},${flags}\n`);
        written += 1;
      }
    });
    // Written per indicator (≈ 3,300 rows) so the file is never held whole in memory.
    await write(chunk.join(''));
    chunk = [];
  }
  await new Promise((done) => out.end(done));
  return { rows: written, periods: labels.length, breakdowns: perGroup };
}
