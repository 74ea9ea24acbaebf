import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/temp-core';

/**
 * The layer table of the architecture, checked by reading every import — independent of ESLint,
 * so a rule switched off there still fails here.
 */
interface Layer {
  folder: string;
  /** Repository folders (or files) this layer may import from, besides itself. */
  mayImport: string[];
  /** Packages it may import; node builtins are allowed only where `node` is true. */
  packages: RegExp;
  node: boolean;
  /** Only `import type` may cross into these folders. */
  typeOnly?: string[];
}

const layers: Layer[] = [
  { folder: 'shared', mayImport: [], packages: /^(zod|diff|markdown-it)$/, node: false },
  { folder: 'electron/core', mayImport: ['shared'], packages: /^(zod|better-sqlite3|fflate|ical-generator|docx)$/, node: true },
  { folder: 'electron/host', mayImport: ['shared', 'electron/core/index.ts'], packages: /^zod$/, node: true },
  { folder: 'electron/cli', mayImport: ['shared', 'electron/core/index.ts', 'electron/host/index.ts'], packages: /^zod$/, node: true },
  { folder: 'electron/main', mayImport: ['shared', 'electron/core/index.ts'], packages: /^(electron|zod)$/, node: true },
  { folder: 'electron/preload', mayImport: [], typeOnly: ['shared'], packages: /^electron$/, node: false },
  {
    folder: 'renderer',
    mayImport: ['shared'],
    packages: /^(react|react-dom|react-dom\/client|react\/jsx-runtime|i18next|react-i18next|zod|recharts|@tanstack\/.+|@fontsource\/.+)$/,
    node: false,
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const importPattern = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const nodeBuiltin = /^(node:|(fs|path|os|crypto|child_process|http|https|net|url|util|worker_threads|stream|zlib)(\/|$))/;

function resolveImport(file: string, specifier: string): string {
  const target = resolve(dirname(file), specifier);
  for (const candidate of [target, `${target}.ts`, `${target}.tsx`, join(target, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return relative(repoRoot, candidate);
    } catch {
      continue;
    }
  }
  return relative(repoRoot, target);
}

function violations(layer: Layer): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(join(repoRoot, layer.folder))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(importPattern)) {
      const typeOnly = Boolean(match[2]);
      const specifier = match[3] ?? '';
      const where = `${relative(repoRoot, file)} imports ${specifier}`;
      if (specifier.endsWith('.css') || specifier.endsWith('.json')) continue;
      if (!specifier.startsWith('.')) {
        if (nodeBuiltin.test(specifier)) {
          if (!layer.node) found.push(where);
        } else if (!layer.packages.test(specifier)) found.push(where);
        continue;
      }
      const target = resolveImport(file, specifier);
      const inside = (prefix: string) => target === prefix || target.startsWith(`${prefix}/`);
      if (inside(layer.folder)) continue;
      if (layer.mayImport.some(inside)) continue;
      if (typeOnly && layer.typeOnly?.some(inside)) continue;
      found.push(where);
    }
  }
  return found;
}

describe('the layer rules', () => {
  for (const layer of layers) {
    it(`${layer.folder} imports only what its layer allows`, () => {
      expect(sourceFiles(join(repoRoot, layer.folder)).length).toBeGreaterThan(0);
      expect(violations(layer)).toEqual([]);
    });
  }

  it('catches forbidden imports (the check itself works)', () => {
    const probe = join(repoRoot, 'test-results', 'layer-probe');
    mkdirSync(probe, { recursive: true });
    writeFileSync(
      join(probe, 'bad.tsx'),
      ["import { openCore } from '../../electron/core/index';", "import { readFileSync } from 'node:fs';", "import Database from 'better-sqlite3';", "import type { Result } from '../../shared/api/result';"].join('\n'),
    );
    try {
      const found = violations({ folder: 'test-results/layer-probe', mayImport: [], typeOnly: ['shared'], packages: /^react$/, node: false });
      expect(found).toEqual([
        'test-results/layer-probe/bad.tsx imports ../../electron/core/index',
        'test-results/layer-probe/bad.tsx imports node:fs',
        'test-results/layer-probe/bad.tsx imports better-sqlite3',
      ]);
    } finally {
      rmSync(probe, { recursive: true, force: true });
    }
  });
});
