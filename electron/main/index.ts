// The Electron main process entry, bundled to dist/electron/main.cjs. It only hands the real
// Electron modules to startDesktopApp; the wiring lives there so tests can run it with fakes.
import * as electron from 'electron';
import { startDesktopApp } from './desktop-app';

export { startDesktopApp, type DesktopRun, type StartOptions } from './desktop-app';

// Outside Electron (a test importing this file with `electron` mocked) nothing starts by itself.
if (process.versions.electron !== undefined) {
  startDesktopApp(electron, { argv: process.argv, env: process.env, resourcesPath: process.resourcesPath }).catch((error: unknown) => {
    console.error('focal: the desktop app failed to start:', error);
    electron.dialog.showErrorBox('Focal could not start', error instanceof Error ? error.message : String(error));
    electron.app.exit(1);
  });
}
