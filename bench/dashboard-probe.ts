// The dashboard side of the benchmark, run as its own process by bench/run.mjs (bundled on the fly
// with esbuild into bench/.out/, because it imports the core's TypeScript sources).
//
// It opens a data folder the way a host does (openCore, then dispatch) and writes JSON lines on
// stdout:
//   {"event":"ready", ...}  as soon as the full dashboard (profile.keyFigures + dashboard.gaps) has
//                           been answered once — the parent times "ready for dashboards" up to
//                           the moment this line arrives, so process start-up and the store's
//                           opening checks are included, as a user would see them;
//   {"event":"warm", ...}   the timings of `--runs` further rounds after `--warmup` untimed ones.
//
// Usage: node bench/.out/dashboard-probe.mjs --data DIR --resources DIR [--indicator CODE]... [--runs 20] [--warmup 3]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openCore, type Core } from '../electron/core/index';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    resources: { type: 'string' },
    indicator: { type: 'string', multiple: true },
    runs: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    commitments: { type: 'string', default: '0' },
  },
});

function fail(message: string): never {
  process.stderr.write(`dashboard-probe: ${message}\n`);
  process.exit(2);
}

const dataDir = values.data ?? fail('--data DIR is required');
const resourcesDir = values.resources ?? fail('--resources DIR is required');
const indicators = values.indicator ?? [];
const runs = Number(values.runs);
const warmup = Number(values.warmup);

function emit(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** Calls one method and fails the probe loudly: a dashboard that answers an error is not "ready". */
async function call(core: Core, method: string, input: unknown): Promise<unknown> {
  const answer = await core.dispatch(method, input);
  if (!answer.ok) fail(`${method} answered ${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

/** How many entries a list-shaped answer has (or a `field` list inside it), for a sanity check. */
function sizeOf(value: unknown, field?: string): number {
  if (field === undefined) return Array.isArray(value) ? value.length : -1;
  if (typeof value !== 'object' || value === null) return -1;
  const inner: unknown = Reflect.get(value, field);
  return Array.isArray(inner) ? inner.length : -1;
}

/**
 * The action plan at a million figures: `count` commitments, each with three targets (women, youth,
 * refugees) on the indicators given, written through the contract; then the list with every computed
 * status and one commitment's page, timed warm. The floor beside them is SQLite alone answering the
 * same question in one statement: every live commitment with every figure of each target's key.
 */
async function timeCommitments(core: Core, codes: readonly string[], count: number) {
  const key = (set: Record<string, string>) => ({ sex: '', age: '', status: '', origin: '', area: '', ...set });
  const uid = (n: number, part: number) => `b0000000-0000-4000-8000-${String(n * 10 + part).padStart(12, '0')}`;
  const noText = { title: '', description: '' };
  for (let n = 0; n < count; n += 1) {
    const indicator = codes[n % codes.length] ?? '';
    const target = (part: number, set: Record<string, string>) => ({
      uid: uid(n, part),
      indicator,
      breakdown: key(set),
      baseline: { value: 100, period: '2010' },
      target: { value: 1000000, period: '2030' },
      direction: 'increase',
    });
    await call(core, 'commitments.save', {
      original: 'en',
      texts: { en: { title: `Commitment ${n + 1}`, description: '' }, fr: noText, ar: noText },
      domains: ['employment'],
      targetGroups: ['women', 'youth', 'refugees'],
      tags: [],
      owner: 'Bench',
      start: '2025-01-01',
      due: '2027-12-31',
      status: 'in_progress',
      statusReason: '',
      tasks: [{ uid: uid(n, 9), kind: 'milestone', title: 'Half way', due: '2026-06-30', done: false }],
      targets: [target(1, { sex: 'F' }), target(2, { age: 'Y15T24' }), target(3, { status: 'REF' })],
      notes: [],
    });
  }
  const rounds = warmup + runs;
  const list: number[] = [];
  const detail: number[] = [];
  const floor: number[] = [];
  const part = (field: string) => `t.value ->> '$.breakdown.${field}'`;
  const floorSql = core.store.db.prepare(`
    SELECT c.uid, t.value ->> '$.uid', o.period, o.value
      FROM commitments c, json_each(c.targets) t
     CROSS JOIN observation_coverage v ON v.city = c.city AND v.indicator = t.value ->> '$.indicator'
       AND v.shape = (${part('sex')} <> '') + (${part('age')} <> '') * 2 + (${part('status')} <> '') * 4 + (${part('origin')} <> '') * 8 + (${part('area')} <> '') * 16
     CROSS JOIN observations o ON o.city = v.city AND o.indicator = v.indicator AND o.period = v.period
       AND o.sex = ${part('sex')} AND o.age = ${part('age')} AND o.status = ${part('status')} AND o.origin = ${part('origin')} AND o.area = ${part('area')}
     WHERE c.deleted = 0`);
  let listed = 0;
  let figuresFound = 0;
  for (let round = 0; round < rounds; round += 1) {
    const t0 = performance.now();
    const answer = await call(core, 'commitments.list', {});
    const t1 = performance.now();
    await call(core, 'commitments.get', { uid: nthUid(answer, round) });
    const t2 = performance.now();
    figuresFound = floorSql.all().length;
    const t3 = performance.now();
    listed = sizeOf(answer);
    if (round >= warmup) {
      list.push(t1 - t0);
      detail.push(t2 - t1);
      floor.push(t3 - t2);
    }
  }
  return { commitments: listed, targets: listed * 3, figures: figuresFound, listMs: list, detailMs: detail, floorMs: floor };
}

/** The id of the n-th commitment a list answered (round robin), so each round opens another page. */
function nthUid(list: unknown, n: number): string {
  const items: unknown[] = Array.isArray(list) ? list : [];
  const item: unknown = items[n % Math.max(1, items.length)];
  const id: unknown = typeof item === 'object' && item !== null ? Reflect.get(item, 'uid') : undefined;
  return typeof id === 'string' ? id : fail('commitments.list answered no commitment');
}

const started = performance.now();
const core = openCore({ dataDir, resourcesDir, appVersion: 'bench' });
const opened = performance.now();

// The full dashboard: the key-data panel and the data-gaps view, as the profile page shows them.
const fullDashboard = async (): Promise<{ keyFigures: number; gaps: number; figures: number; gapRows: number }> => {
  const t0 = performance.now();
  const figures = await call(core, 'profile.keyFigures', {});
  const t1 = performance.now();
  const gaps = await call(core, 'dashboard.gaps', {});
  const t2 = performance.now();
  return { keyFigures: t1 - t0, gaps: t2 - t1, figures: sizeOf(figures), gapRows: sizeOf(gaps, 'indicators') };
};

try {
  const first = await fullDashboard();
  emit({
    event: 'ready',
    openMs: opened - started,
    firstKeyFiguresMs: first.keyFigures,
    firstGapsMs: first.gaps,
    keyFigures: first.figures,
    gapIndicators: first.gapRows,
  });

  // One indicator's panels, first call (cold caches for that key range) kept apart from the warm runs.
  const firstPanels: number[] = [];
  const panelShape: Record<string, { series: number; breakdowns: number }> = {};
  for (const code of indicators) {
    const t0 = performance.now();
    const panels = await call(core, 'dashboard.indicator', { indicator: code });
    firstPanels.push(performance.now() - t0);
    panelShape[code] = { series: sizeOf(panels, 'series'), breakdowns: sizeOf(panels, 'breakdowns') };
  }

  const full: number[] = [];
  const keyFigures: number[] = [];
  const gaps: number[] = [];
  const panels: number[] = [];
  for (let round = 0; round < warmup + runs; round += 1) {
    const timed = round >= warmup;
    const answer = await fullDashboard();
    if (timed) {
      full.push(answer.keyFigures + answer.gaps);
      keyFigures.push(answer.keyFigures);
      gaps.push(answer.gaps);
    }
    for (const code of indicators) {
      const t0 = performance.now();
      await call(core, 'dashboard.indicator', { indicator: code });
      if (timed) panels.push(performance.now() - t0);
    }
  }
  emit({ event: 'warm', firstPanelsMs: firstPanels, panelShape, fullMs: full, keyFiguresMs: keyFigures, gapsMs: gaps, panelsMs: panels });
  const commitmentCount = Number(values.commitments);
  if (commitmentCount > 0 && indicators.length > 0) emit({ event: 'commitments', ...(await timeCommitments(core, indicators, commitmentCount)) });
} finally {
  core.close();
}
