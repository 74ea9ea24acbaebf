import { extname, resolve } from 'node:path';
import { bundleExtension } from '../../../shared/bundle/bundle-manifest';
import { newHostToken, rememberedHostAddress, rememberHostAddress } from '../../core/index';
import { startHost } from '../../host/index';
import type { AppLayout } from '../app-root';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { openBrowser } from '../open-browser';

export const serveOptions = {
  port: { type: 'string' },
  open: { type: 'boolean' },
  bundle: { type: 'string' },
} as const;

/** The port people can bookmark; when it is taken, any free port is used instead. */
export const preferredPort = 4780;

/**
 * `focal serve`: the browser host on 127.0.0.1, until Ctrl+C. The port and the token are kept for the
 * data folder, so the address printed last time (and a bookmark of it) keeps working: the same port
 * when it is free, the same token always (until `keys/browser-host.json` is deleted).
 */
export async function runServe(ctx: CommandContext, app: AppLayout, values: { port?: string; open?: boolean; bundle?: string }): Promise<void> {
  let asked: number | null = null;
  if (values.port !== undefined) {
    asked = Number(values.port);
    if (!Number.isInteger(asked) || asked < 0 || asked > 65535) throw new CliError('--port must be a whole number from 0 to 65535', 'usage');
  }
  if (values.bundle !== undefined && extname(values.bundle).toLowerCase() !== bundleExtension) throw new CliError(`--bundle must name a ${bundleExtension} file`, 'usage');
  const session = ctx.open(true);
  // A received bundle to open at once: the page goes to its import preview, as a double-click does in the desktop app.
  let opening = '';
  if (values.bundle !== undefined) {
    try {
      opening = `#/exchange?open=${session.core.registerBundleFile(resolve(values.bundle))}`;
    } catch (error) {
      session.core.close();
      throw new CliError(error instanceof Error ? error.message : String(error), 'failure');
    }
  }
  const remembered = rememberedHostAddress(session.core.paths);
  const token = remembered?.token ?? newHostToken();
  const port = asked ?? remembered?.port ?? preferredPort;
  let host;
  try {
    host = await startHost({ dispatch: session.core.dispatch, rendererDir: app.rendererDir, port, token });
  } catch (error) {
    const inUse = typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE';
    if (!inUse || asked !== null) {
      session.core.close();
      throw new CliError(inUse ? `Port ${port} is already in use; choose another with --port.` : String(error), 'failure');
    }
    host = await startHost({ dispatch: session.core.dispatch, rendererDir: app.rendererDir, port: 0, token });
  }
  // A port picked by the system (--port 0, or the usual one taken) is not worth a bookmark.
  const portToKeep = asked === 0 || host.port !== port ? (remembered?.port ?? preferredPort) : host.port;
  const kept = rememberHostAddress(session.core.paths, { port: portToKeep, token });
  const address = host.url + opening;
  const browser = values.open === true ? openBrowser(address) : null;
  const opened = browser?.opened === true;
  if (ctx.json) ctx.print({ url: address, port: host.port, dataDir: session.core.paths.root });
  else {
    ctx.print(`Focal is running for the data folder ${session.core.paths.root}`);
    ctx.print(`Open this address in your browser: ${address}`);
    if (values.open === true && !opened) ctx.print('No browser could be opened from here: copy the address above into your browser.');
    if (kept && host.port === portToKeep) ctx.print('The address stays the same next time: you can bookmark it.');
    else if (!kept) ctx.print('(The address could not be kept for next time: the data folder cannot be written.)');
    ctx.print('Press Ctrl+C to stop.');
  }
  const running = host;
  await new Promise<void>((resolveStop) => {
    const stop = () => {
      void running.close().then(() => {
        browser?.cleanUp();
        session.core.close();
        resolveStop();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
