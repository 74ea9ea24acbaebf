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
} finally {
  core.close();
}
