// Summarises a V8 .cpuprofile (written by `node --cpu-prof`) as the functions with the most self
// time, and the same time grouped by source file. The CLI runs from one esbuild bundle
// (dist/cli.mjs), so positions are mapped back to the TypeScript sources through the bundle's
// source map when one sits beside it.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const maps = new Map();

function sourceMapFor(path) {
  if (!maps.has(path)) {
    const file = `${path}.map`;
    maps.set(path, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  return maps.get(path);
}

/** Where a profile frame's code comes from, as a short, readable place. */
function placeOf(callFrame, root) {
  const { url, lineNumber, columnNumber } = callFrame;
  if (!url) return '(native or V8)';
  if (url.startsWith('node:')) return url;
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const map = sourceMapFor(path);
  const entry = map && lineNumber >= 0 ? map.findEntry(lineNumber, columnNumber) : null;
  if (entry && entry.originalSource) {
    // Sources in a map are relative to the bundle's folder (dist/ for the CLI).
    const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : resolve(dirname(path), entry.originalSource);
    return `${shorten(source, root)}:${entry.originalLine + 1}`;
  }
  return `${shorten(path, root)}:${lineNumber + 1}`;
}

function shorten(path, root) {
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) return path.slice(inModules + 'node_modules/'.length);
  const rel = relative(root, path);
  return rel.startsWith('..') ? path : rel;
}

/**
 * Self time per function and per file. V8 records which function was on top of the stack at each
 * sample and the time since the previous sample; that interval is credited to the sampled frame.
 */
export function summarizeProfile(file, { root, top = 15 } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map();
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i + 1] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const totalUs = profile.endTime - profile.startTime;

  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const label = (id) => {
    const frame = nodes.get(id).callFrame;
    return `${frame.functionName || '(anonymous)'} @ ${placeOf(frame, root)}`;
  };

  const byFunction = new Map();
  const byFile = new Map();
  // Who called each function, weighted by the self time spent in it: names the query behind a
  // native `pragma` or `run`, whose own frame says nothing about which statement it was.
  const callers = new Map();
  for (const [id, us] of selfUs) {
    const key = label(id);
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    const fileKey = key.slice(key.indexOf(' @ ') + 3).replace(/:\d+$/, '');
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + us);
    const parent = parentOf.get(id);
    if (parent !== undefined) {
      const byCaller = callers.get(key) ?? new Map();
      callers.set(key, byCaller);
      const caller = label(parent);
      byCaller.set(caller, (byCaller.get(caller) ?? 0) + us);
    }
  }
  const rank = (map, count = top) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([what, us]) => ({ what, ms: us / 1000, share: us / totalUs }));
  const functions = rank(byFunction).map((entry, i) => (i < 5 && callers.has(entry.what) ? { ...entry, callers: rank(callers.get(entry.what), 2) } : entry));
  return { totalMs: totalUs / 1000, functions, files: rank(byFile) };
}

export function formatProfile(title, summary) {
  const line = ({ what, ms, share }) => `  ${(share * 100).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(7)} ms  ${what}`;
  return [
    `${title} — ${(summary.totalMs / 1000).toFixed(1)} s profiled`,
    ' top self time by function (with the main callers of the first five):',
    ...summary.functions.flatMap((entry) => [line(entry), ...(entry.callers ?? []).map((c) => `${' '.repeat(21)}← ${c.what} (${c.ms.toFixed(0)} ms)`)]),
    ' self time by file:',
    ...summary.files.map(line),
  ].join('\n');
}
