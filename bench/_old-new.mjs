import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generate } from './generate.mjs';
import { addBenchIndicators } from './indicators.mjs';
const work = mkdtempSync(join(tmpdir(), 'on-'));
const csv = join(work, 'o.csv');
await generate(csv, { city: 'benchville', indicators: 300, periods: 20, rows: Number(process.argv[2] ?? 300000) });
function oldIndicators(database) {
  const db = new Database(database);
  const ins = db.prepare(`INSERT INTO indicators (code, city, domain, unit, direction, dimensions, name, definition, position, counts_people) VALUES (?, 'benchville', 'population', 'count', 'none', '["sex","age","status","origin","area"]', '{"en":"x","fr":"x","ar":"x"}', '{"en":"x","fr":"x","ar":"x"}', ?, 1)`);
  db.transaction(() => { for (let i = 1; i <= 300; i++) ins.run(`benchville.BENCH_${String(i).padStart(3, '0')}`, 1000 + i); })();
  db.close();
}
for (let round = 0; round < 3; round++) for (const which of ['old', 'new']) {
  const root = which === 'old' ? '/work/wt-old' : '/work/main';
  const data = join(work, `data-${which}-${round}`);
  spawnSync(process.execPath, [join(root, 'bin/focal.mjs'), 'init', '--data', data, '--city', 'benchville', '--name', 'Bench'], { encoding: 'utf8' });
  if (which === 'old') oldIndicators(join(data, 'store', 'focal.sqlite')); else addBenchIndicators(join(data, 'store', 'focal.sqlite'), 'benchville', 300);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin/focal.mjs'), 'observations', 'import', '--data', data, csv, '--json'], { encoding: 'utf8' });
  const t1 = performance.now();
  console.log(which, ((t1 - t0) / 1000).toFixed(2), 's', r.status, r.stdout.slice(0, 40).replace(/\s+/g, ' '));
  rmSync(data, { recursive: true, force: true });
}
