// Writes a realistic tidy observations file: ~300 indicators × 20 periods × ~167 breakdowns each
// (totals, sex, age bands, statuses, their crossings, countries of origin, districts), values that
// keep parts within totals. Deterministic (seeded), streamed to disk.
import { createWriteStream } from 'node:fs';

export const header = 'indicator,period,sex,age,status,origin,area,value,source,note,flags';
const sexes = ['F', 'M', 'X'];
const ages = ['Y_LT15', 'Y15T24', 'Y25T54', 'Y55T64', 'Y_GE65'];
const statuses = ['NAT', 'MIG', 'REF', 'ASY'];
const origins = ['MA', 'DZ', 'TN', 'LY', 'EG', 'SN', 'CI', 'ML', 'CM', 'NG', 'SY', 'IQ', 'AF', 'FR', 'IT', 'ES', 'SD', 'ER', 'GN', 'BF'];
const areas = ['North', 'South', 'East', 'West', 'Centre', 'Harbour', 'Old town', 'Hills', 'Airport', 'University'];

/** The breakdowns of one indicator and period, as [sex, age, status, origin, area, share of the total]. */
export function breakdowns() {
  const list = [['', '', '', '', '', 1]];
  sexes.forEach((s, i) => list.push([s, '', '', '', '', [0.5, 0.48, 0.02][i]]));
  ages.forEach((a) => list.push(['', a, '', '', '', 0.19]));
  statuses.forEach((st, i) => list.push(['', '', st, '', '', [0.85, 0.15, 0.03, 0.04][i]]));
  for (const s of sexes) for (const a of ages) list.push([s, a, '', '', '', 0.09]);
  for (const s of sexes) for (const st of statuses) list.push([s, '', st, '', '', 0.07]);
  for (const a of ages) for (const st of statuses) list.push(['', a, st, '', '', 0.035]);
  for (const s of sexes) for (const a of ages) for (const st of statuses) list.push([s, a, st, '', '', 0.015]);
  origins.forEach((o) => list.push(['', '', '', o, '', 0.04]));
  for (const s of ['F', 'M']) for (const o of origins.slice(0, 10)) list.push([s, '', '', o, '', 0.02]);
  areas.forEach((ar) => list.push(['', '', '', '', ar, 0.09]));
  for (const s of ['F', 'M']) for (const ar of areas) list.push([s, '', '', '', ar, 0.045]);
  return list;
}

export function indicatorCodes(city, count) {
  return Array.from({ length: count }, (_, i) => `${city}.BENCH_${String(i + 1).padStart(3, '0')}`);
}

let seed = 42;
function random() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}

export async function generate(file, { city, indicators = 300, periods = 20, rows = 1_000_000 }) {
  const out = createWriteStream(file);
  const write = (text) => (out.write(text) ? Promise.resolve() : new Promise((done) => out.once('drain', done)));
  await write(`${header}\n`);
  const shapes = breakdowns();
  const perGroup = Math.ceil(rows / (indicators * periods));
  let written = 0;
  let chunk = [];
  for (const code of indicatorCodes(city, indicators)) {
    const base = 1000 + Math.floor(random() * 200000);
    for (let p = 0; p < periods; p += 1) {
      const total = Math.round(base * (1 + p * 0.02) * (0.97 + random() * 0.06));
      for (const [sex, age, status, origin, area, share] of shapes.slice(0, perGroup)) {
        if (written >= rows) break;
        const value = Math.floor(total * share * (0.9 + random() * 0.1));
        const note = written % 50 === 0 ? 'Checked against the register' : '';
        const flags = written % 97 === 0 ? 'estimate' : '';
        chunk.push(`${code},${2005 + p},${sex},${age},${status},${origin},${area},${value},Municipal register ${2005 + p},${note},${flags}\n`);
        written += 1;
      }
      if (chunk.length > 5000) {
        await write(chunk.join(''));
        chunk = [];
      }
    }
  }
  await write(chunk.join(''));
  await new Promise((done) => out.end(done));
  return written;
}
