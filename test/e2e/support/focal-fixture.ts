import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
// The base test checks every screen with axe-core (see accessibility.ts).
import { test as base } from './accessibility';

const repoRoot = join(import.meta.dirname, '..', '..', '..');

export interface RunningFocal {
  /** The address the host printed, token included. */
  url: string;
  dataDir: string;
}

/** Starts the real browser host (the built CLI) on a fresh data folder and reads the URL it prints. */
/** `extra`: more arguments for `focal serve`, such as `--bundle FILE` (a file to open at once). */
export async function startFocal(dataDir: string, extra: readonly string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), 'serve', '--data', dataDir, '--port', '0', '--json', ...extra], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`focal serve did not start: ${errors}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":\s*"([^"]+)"/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`focal serve exited with ${code}: ${errors}`));
    });
  });
  return { child, url };
}

/** Stops a host started by startFocal and waits until it has closed the data folder. */
export function stopFocal(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export const test = base.extend<{ focal: RunningFocal; translationsComplete: void }>({
  // Every page of every test: a text the interface asks for that no translation file has fails the test.
  translationsComplete: [
    async ({ page }, use) => {
      const missing: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().startsWith('Missing translation')) missing.push(message.text());
      });
      await use();
      expect(missing, 'texts without a translation').toEqual([]);
    },
    { auto: true },
  ],
  // Playwright reads a fixture's dependencies from its first parameter's pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  focal: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'focal-e2e-'));
    const { child, url } = await startFocal(dataDir);
    await use({ url, dataDir });
    await stopFocal(child);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
