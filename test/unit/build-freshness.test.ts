import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { buildInputs, buildOutputs, buildState, bundles, inputHashes, stampFile, writeStamp } from '../../scripts/build-plan.mjs';
import { repoRoot, tempDir } from '../support/temp-core';

/**
 * `node scripts/build.mjs --if-needed` (npm start, and the global setup of vitest and Playwright)
 * must rebuild whenever dist/ could differ from the sources, and only then.
 */

let folders: { remove(): void }[] = [];
afterEach(() => {
  for (const folder of folders) folder.remove();
  folders = [];
});

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A small repository: a source of every kind the build reads, things it does not read, and a finished build. */
function builtTree(): string {
  const folder = tempDir('focal-build-fresh-');
  folders.push(folder);
  const root = folder.dir;
  write(root, 'electron/core/store/open-store.ts', 'export const store = 1;\n');
  write(root, 'shared/domain/period.ts', 'export const period = "2024";\n');
  write(root, 'renderer/index.html', '<div id="root"></div>\n');
  write(root, 'renderer/src/styles/app.css', '.app { color: #123456; }\n');
  write(root, 'renderer/src/i18n/locales/fr.json', '{"app": {"name": "Focal"}}\n');
  write(root, 'resources/catalogue/indicators.json', '[{"code": "POP_TOTAL"}]\n');
  write(root, 'vite.config.ts', 'export default {};\n');
  write(root, 'package.json', '{"name": "focal"}\n');
  write(root, 'package-lock.json', '{"lockfileVersion": 3}\n');
  // Not inputs: the dependencies' own folders, the docs, the tests.
  write(root, 'renderer/node_modules/dep/index.js', 'module.exports = 1;\n');
  write(root, 'docs/guide.md', '# Guide\n');
  write(root, 'test/unit/a.test.ts', 'export {};\n');
  for (const output of buildOutputs) write(root, output, '// built\n');
  writeStamp(root, inputHashes(root));
  return root;
}

describe('the build freshness check', () => {
  it('finds a finished build of the current sources up to date', () => {
    const root = builtTree();
    expect(buildState(root)).toEqual({ fresh: true, reason: 'up to date' });
  });

  it.each([
    ['a TypeScript source', 'electron/core/store/open-store.ts'],
    ['renderer CSS', 'renderer/src/styles/app.css'],
    ['a renderer translation (JSON)', 'renderer/src/i18n/locales/fr.json'],
    ['the renderer page', 'renderer/index.html'],
    ['a resource', 'resources/catalogue/indicators.json'],
    ['the vite configuration', 'vite.config.ts'],
    ['the dependency lock', 'package-lock.json'],
  ])('asks for a rebuild when %s changes, and not once it is back as built', (_kind, path) => {
    const root = builtTree();
    const original = readFileSync(join(root, path), 'utf8');
    writeFileSync(join(root, path), `${original}/* edited */\n`);
    expect(buildState(root)).toEqual({ fresh: false, reason: `${path} changed` });
    writeFileSync(join(root, path), original);
    expect(buildState(root).fresh).toBe(true);
  });

  it('sees an edit even when the file keeps its size and gets an OLDER time than the build (cp -p, git stash)', () => {
    const root = builtTree();
    const path = join(root, 'shared/domain/period.ts');
    const before = statSync(path);
    writeFileSync(path, 'export const period = "2025";\n');
    utimesSync(path, new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(statSync(path).size).toBe(before.size);
    expect(buildState(root)).toEqual({ fresh: false, reason: 'shared/domain/period.ts changed' });
  });

  it('asks for a rebuild when a source is added or removed', () => {
    const added = builtTree();
    write(added, 'renderer/src/features/new-page.tsx', 'export {};\n');
    expect(buildState(added)).toEqual({ fresh: false, reason: 'renderer/src/features/new-page.tsx was added' });
    const removed = builtTree();
    rmSync(join(removed, 'electron/core/store/open-store.ts'));
    expect(buildState(removed)).toEqual({ fresh: false, reason: 'electron/core/store/open-store.ts was removed' });
  });

  it('asks for a rebuild when the last build did not finish or left no stamp', () => {
    const partial = builtTree();
    rmSync(join(partial, 'dist/renderer/index.html'));
    expect(buildState(partial)).toEqual({ fresh: false, reason: 'dist/renderer/index.html is missing' });
    const unstamped = builtTree();
    rmSync(join(unstamped, stampFile));
    expect(buildState(unstamped).fresh).toBe(false);
    // The stamp of the previous script was a bare date: not a record of what was built.
    const oldStamp = builtTree();
    writeFileSync(join(oldStamp, stampFile), new Date(Date.now() + 3_600_000).toISOString());
    expect(buildState(oldStamp).fresh).toBe(false);
  });

  it('does not rebuild for what the build never reads, nor for a file merely touched', () => {
    const root = builtTree();
    write(root, 'docs/guide.md', '# Guide, longer\n');
    write(root, 'test/unit/a.test.ts', 'export const x = 1;\n');
    write(root, 'renderer/node_modules/dep/index.js', 'module.exports = 2;\n');
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'renderer/src/styles/app.css'), later, later);
    expect(buildState(root)).toEqual({ fresh: true, reason: 'up to date' });
  });
});

function underAnInput(absolute: string): string | null {
  const path = relative(repoRoot, absolute).split(sep).join('/');
  if (path.startsWith('..') || isAbsolute(path) || path.includes('node_modules/')) return null;
  return buildInputs.some((input) => path === input || path.startsWith(`${input}/`)) ? null : path;
}

describe('the list of build inputs', () => {
  it('holds every file of the repository that the bundles and the renderer are made from', async () => {
    const read = new Set<string>();
    for (const options of bundles) {
      const result = await esbuild({ ...options, absWorkingDir: repoRoot, write: false, metafile: true, logLevel: 'silent' });
      for (const input of Object.keys(result.metafile.inputs)) read.add(join(repoRoot, input));
    }
    const rendererModules: string[] = [];
    await viteBuild({
      configFile: join(repoRoot, 'vite.config.ts'),
      logLevel: 'silent',
      build: { write: false },
      plugins: [
        {
          name: 'list-modules',
          buildEnd() {
            rendererModules.push(...this.getModuleIds());
          },
        },
      ],
    });
    for (const id of rendererModules) if (isAbsolute(id)) read.add(id.split('?')[0] ?? id);
    // The check itself sees the renderer's CSS and translations, and the core's sources.
    const paths = [...read].map((p) => relative(repoRoot, p).split(sep).join('/'));
    expect(paths).toContain('renderer/src/i18n/locales/ar.json');
    expect(paths.some((p) => p.startsWith('renderer/src/') && p.endsWith('.css'))).toBe(true);
    expect(paths).toContain('electron/core/observations/import/csv-parser.ts');
    expect([...read].map(underAnInput).filter((p) => p !== null)).toEqual([]);
  }, 60_000);
});

describe('scripts/build.mjs --if-needed, run on a copy of the repository', () => {
  it('builds, then skips while nothing changed, then rebuilds with the edited CSS and resource', () => {
    const folder = tempDir('focal-build-copy-');
    folders.push(folder);
    const root = folder.dir;
    for (const input of buildInputs) cpSync(join(repoRoot, input), join(root, input), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
    const build = () => {
      const run = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-needed'], { cwd: root, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      return run.stdout;
    };
    const css = () =>
      readdirSync(join(root, 'dist/renderer/assets'))
        .filter((name) => name.endsWith('.css'))
        .map((name) => readFileSync(join(root, 'dist/renderer/assets', name), 'utf8'))
        .join('\n');

    expect(build()).toContain('Built Focal');
    expect(build()).toBe('');
    expect(css()).not.toContain('focal-build-probe');

    const stylesheet = readdirSync(join(root, 'renderer/src/styles')).find((name) => name.endsWith('.css'));
    if (!stylesheet) throw new Error('renderer/src/styles has no stylesheet');
    const cssPath = `renderer/src/styles/${stylesheet}`;
    writeFileSync(join(root, cssPath), `${readFileSync(join(root, cssPath), 'utf8')}\n.focal-build-probe { color: #0a0b0c; }\n`);
    const output = build();
    expect(output).toContain(`Building Focal: ${cssPath} changed.`);
    expect(output).toContain('Built Focal');
    expect(css()).toContain('focal-build-probe');
    expect(build()).toBe('');

    write(root, 'resources/catalogue/manifest.json', `${readFileSync(join(root, 'resources/catalogue/manifest.json'), 'utf8')}\n`);
    expect(build()).toContain('Building Focal: resources/catalogue/manifest.json changed.');
  }, 120_000);
});
