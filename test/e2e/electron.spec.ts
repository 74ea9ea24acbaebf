import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { _electron } from 'playwright-core';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const mainBundle = join(repoRoot, 'dist', 'electron', 'main.cjs');

/**
 * The Electron executable, if it was ever downloaded. Found through the package's path.txt, never
 * with require('electron'): that would try to download it, which fails on offline build machines.
 */
function electronExecutable(): string | null {
  const packageDir = join(repoRoot, 'node_modules', 'electron');
  let relative: string;
  try {
    relative = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  const executable = join(packageDir, 'dist', relative);
  return relative !== '' && existsSync(executable) ? executable : null;
}

function hasDisplay(): boolean {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY);
}

test('the desktop app opens its window and answers app.status through the preload bridge', async () => {
  const executablePath = electronExecutable();
  if (executablePath === null) {
    test.skip(true, 'Electron binary not installed (node_modules/electron/dist missing): cannot be downloaded on this machine');
    return;
  }
  if (!hasDisplay()) {
    test.skip(true, 'No display for an Electron window: run under xvfb-run');
    return;
  }
  expect(existsSync(mainBundle), 'dist/electron/main.cjs is missing: run "npm run build" first').toBe(true);

  const dataDir = mkdtempSync(join(tmpdir(), 'focal-electron-e2e-'));
  const args = [mainBundle, '--data', dataDir];
  // Chromium refuses to start as root with its sandbox on (CI runs as root); only then is it off.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const app = await _electron.launch({ executablePath, args, cwd: repoRoot });
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toMatch(/^focal:\/\/app\//);
    expect(await page.title()).toContain('Focal');

    const exposed: unknown = await page.evaluate(() => ({
      keys: Object.keys(Reflect.get(window, 'focal') ?? {}),
      require: typeof Reflect.get(window, 'require'),
      process: typeof Reflect.get(window, 'process'),
    }));
    expect(exposed).toEqual({ keys: ['invoke'], require: 'undefined', process: 'undefined' });

    const status: unknown = await page.evaluate(async () => {
      const bridge: unknown = Reflect.get(window, 'focal');
      if (typeof bridge !== 'object' || bridge === null || !('invoke' in bridge) || typeof bridge.invoke !== 'function') return 'no bridge';
      const answer: unknown = await bridge.invoke('app.status', {});
      return answer;
    });
    expect(status).toMatchObject({ ok: true, value: { dataDir } });
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
