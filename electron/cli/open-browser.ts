import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Starts a program detached from Focal; tests pass their own to see the command line. */
export type Launcher = (command: string, args: string[]) => void;

const launchDetached: Launcher = (command, args) => {
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
};

export interface BrowserOpening {
  /** Whether a browser was asked to open the address. */
  opened: boolean;
  /** Removes the redirect file (when Focal stops: the token dies with it). */
  cleanUp(): void;
}

export interface BrowserOptions {
  launch?: Launcher;
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
}

function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

function escapeHtmlAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A page that sends the browser on to `url`, in a folder of its own that only this user can read
 * (mkdtemp makes it 0700; the file is 0600).
 */
function writeRedirectPage(url: string): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'focal-open-'));
  const file = join(dir, 'open-focal.html');
  const target = escapeHtmlAttribute(url);
  writeFileSync(
    file,
    `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta http-equiv="refresh" content="0;url=${target}"><title>Focal</title><a href="${target}">Open Focal</a>\n`,
    { mode: 0o600 },
  );
  return { file, dir };
}

/**
 * Opens the address in the user's browser where the system has a way to. The address holds the
 * browser host's token, and a command line is visible to every user of the machine (`ps`): the
 * browser is given a private local page that redirects to the address instead, never the address.
 */
export function openBrowser(url: string, options: BrowserOptions = {}): BrowserOpening {
  const launch = options.launch ?? launchDetached;
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const none: BrowserOpening = { opened: false, cleanUp: () => undefined };
  // Without a display there is no window to open (a server, a CI machine): just print the address.
  const hasDisplay = platform !== 'linux' || Boolean(env.DISPLAY ?? env.WAYLAND_DISPLAY);
  const opener =
    platform === 'darwin'
      ? 'open'
      : platform === 'win32'
        ? 'cmd'
        : hasDisplay
          ? ['xdg-open', 'sensible-browser', 'x-www-browser', 'chromium', 'chromium-browser', 'google-chrome', 'firefox'].find((command) => onPath(command, env))
          : undefined;
  if (opener === undefined) return none;
  let page: { file: string; dir: string };
  try {
    page = writeRedirectPage(url);
  } catch {
    return none;
  }
  const cleanUp = () => rmSync(page.dir, { recursive: true, force: true });
  const pageUrl = pathToFileURL(page.file).href;
  try {
    launch(opener, opener === 'cmd' ? ['/c', 'start', '""', pageUrl] : [pageUrl]);
    return { opened: true, cleanUp };
  } catch {
    cleanUp();
    return none;
  }
}
