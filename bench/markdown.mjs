// `npm run bench:markdown`: the Markdown parser of narratives and the priority paper
// (shared/narrative: markdown-it with Focal's subset, citation rule, nesting guard and tree), side by
// side with stock markdown-it's full CommonMark parse of the same text, on ordinary and on hostile
// inputs (a received bundle carries other cities' texts). A benchmark, not a test: it prints figures
// and exits 0. docs/benchmarks.md records them.
//
//   node bench/markdown.mjs [--runs N]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import MarkdownIt from 'markdown-it';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(options.runs));

/** The parser and the sample city's texts are TypeScript: bundled first, as the other bench probes are. */
async function bundle() {
  const outdir = join(root, 'bench', '.out');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, 'markdown-probe.mjs');
  await build({
    stdin: {
      contents: "export { parseMarkdown } from './shared/narrative';\nexport { sampleNarrative } from './electron/core/city/sample-narrative';\n",
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    absWorkingDir: root,
  });
  return import(pathToFileURL(outfile).href);
}

/** Median of `runs` timings, in milliseconds, after one warm-up. */
function time(fn, input) {
  fn(input);
  const samples = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    fn(input);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const { parseMarkdown, sampleNarrative } = await bundle();
const commonmark = new MarkdownIt('commonmark', { html: false });
const sample = sampleNarrative.map((s) => s.markdown).join('\n\n');
const n = 200_000;
const inputs = {
  'the sample narrative, 3 languages': sample,
  'the sample narrative ×40 (≈1 MB)': Array.from({ length: 40 }, () => sample).join('\n\n'),
  '100,000 `*`': '*'.repeat(100_000),
  '50,000 `[`': '['.repeat(50_000),
  '10,000 nested `> `': '> '.repeat(10_000) + 'x',
  '1 MB of `{{`': '{{'.repeat(500_000),
  '200,000 `*a`': '*a'.repeat(n),
  '50,000 `[a](`': '[a]('.repeat(50_000),
  '500 nested list items': Array.from({ length: 500 }, (_, k) => `${' '.repeat(2 * k)}- level ${k}`).join('\n'),
  '50,000 list lines': '- a\n'.repeat(50_000),
  '100,000 `- ` on one line': '- '.repeat(100_000) + 'x',
  '33,000 nested emphasis': '*a '.repeat(n / 6) + ' a*'.repeat(n / 6),
};

const rows = [['input', 'characters', 'Focal (ms)', 'markdown-it CommonMark (ms)', 'ratio']];
for (const [name, source] of Object.entries(inputs)) {
  const ours = time(parseMarkdown, source);
  const reference = time((s) => commonmark.parse(s, {}), source);
  rows.push([name, source.length.toLocaleString('en'), ours.toFixed(1), reference.toFixed(1), (ours / reference).toFixed(2)]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
console.log(`median of ${runs} runs after one warm-up; node ${process.version}`);
