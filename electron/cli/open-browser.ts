import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

/** Opens the address in the user's browser where the system has a way to; says whether it tried. */
export function openBrowser(url: string): boolean {
  // Without a display there is no window to open (a server, a CI machine): just print the address.
  const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY);
  const opener =
    process.platform === 'darwin'
      ? 'open'
      : process.platform === 'win32' || !hasDisplay
        ? null
        : ['xdg-open', 'sensible-browser', 'x-www-browser', 'chromium', 'chromium-browser', 'google-chrome', 'firefox'].find(onPath);
  try {
    if (process.platform === 'win32') {
      spawn('cmd', ['/c', 'start', '""', url], { detached: true, stdio: 'ignore' }).unref();
      return true;
    }
    if (!opener) return false;
    const child = spawn(opener, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
