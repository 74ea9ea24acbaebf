import { mkdtempSync, rmSync } from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiClient, type ApiClient } from '../../shared/api/client';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { openCore, type Core, type CoreOptions } from '../../electron/core/index';
import { awaitBundleImport } from '../../shared/bundle/await-bundle-import';
import type { BundleImportResult } from '../../shared/bundle/bundle-import';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const resourcesDir = join(repoRoot, 'resources');

/** A fresh temp folder, removed by the returned function. */
export function tempDir(prefix = 'focal-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestCore {
  core: Core;
  client: ApiClient;
  dataDir: string;
  /** Calls a method and fails the test with the core's message if it does not succeed. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  close(): void;
}

/** A real core on a real SQLite file in a temp folder. */
export function openTestCore(dataDir: string, options: Partial<CoreOptions> = {}): TestCore {
  const core = openCore({ dataDir, resourcesDir, appVersion: '0.0.0-test', ...options });
  const client = createApiClient((method, input) => core.dispatch(method, input));
  return {
    core,
    client,
    dataDir,
    async call(method, input) {
      const answer = await client.call(method, input);
      if (!answer.ok) throw new Error(`${method} failed: ${answer.error.code}: ${answer.error.message}`);
      return answer.value;
    },
    close: () => core.close(),
  };
}

export const tunisSetup = {
  code: 'tunis',
  names: { en: 'Tunis', fr: 'Tunis', ar: 'تونس' },
  country: 'TN',
  shore: 'south',
  focalPoint: { name: 'Amira Ben Salah', email: 'amira.bensalah@commune-tunis.example' },
  languages: ['ar', 'fr'],
} satisfies MethodInput<'city.setup'>;

/**
 * A real core on a fresh temp folder for every test of the calling `describe`, closed and removed
 * after it. Read `current.t` inside tests (it changes between tests).
 */
export function freshCoreForEachTest(options: Partial<CoreOptions> = {}): { readonly t: TestCore; readonly dir: string } {
  let folder: ReturnType<typeof tempDir> | undefined;
  let core: TestCore | undefined;
  beforeEach(() => {
    folder = tempDir();
    core = openTestCore(folder.dir, options);
  });
  afterEach(() => {
    core?.close();
    folder?.remove();
  });
  return {
    get t() {
      if (!core) throw new Error('freshCoreForEachTest: only inside a test');
      return core;
    },
    get dir() {
      if (!folder) throw new Error('freshCoreForEachTest: only inside a test');
      return folder.dir;
    },
  };
}

/** Imports a registered or uploaded bundle file through the job, as the interface does, and answers its result. */
export async function importBundleFile(t: TestCore, file: string, options: { dryRun?: boolean; trustKey?: boolean } = {}): Promise<BundleImportResult> {
  const answer = await awaitBundleImport(t.client, { file, ...options }, () => new Promise((done) => setTimeout(done, 20)));
  if (!answer.ok) throw new Error(`bundles.importStart failed: ${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}
