import { startHost } from '../../host/index';
import type { AppLayout } from '../app-root';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { openBrowser } from '../open-browser';

export const serveOptions = {
  port: { type: 'string' },
  open: { type: 'boolean' },
} as const;

/** The port people can bookmark; when it is taken, any free port is used instead. */
export const preferredPort = 4780;

/** `focal serve`: the browser host on 127.0.0.1, until Ctrl+C. */
export async function runServe(ctx: CommandContext, app: AppLayout, values: { port?: string; open?: boolean }): Promise<void> {
  let port = preferredPort;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError('--port must be a whole number from 0 to 65535', 'usage');
  }
  const session = ctx.open(true);
  let host;
  try {
    host = await startHost({ dispatch: session.core.dispatch, rendererDir: app.rendererDir, port });
  } catch (error) {
    const inUse = typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE';
    if (!inUse || values.port !== undefined) {
      session.core.close();
      throw new CliError(inUse ? `Port ${port} is already in use; choose another with --port.` : String(error), 'failure');
    }
    host = await startHost({ dispatch: session.core.dispatch, rendererDir: app.rendererDir, port: 0 });
  }
  const browser = values.open === true ? openBrowser(host.url) : null;
  const opened = browser?.opened === true;
  if (ctx.json) ctx.print({ url: host.url, port: host.port, dataDir: session.core.paths.root });
  else {
    ctx.print(`Focal is running for the data folder ${session.core.paths.root}`);
    ctx.print(`Open this address in your browser: ${host.url}`);
    if (values.open === true && !opened) ctx.print('(No browser could be opened automatically; copy the address above.)');
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
