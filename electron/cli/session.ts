import { createApiClient, type ApiClient } from '../../shared/api/client';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { openCore, StoreOpenError, type Core } from '../core/index';
import type { AppLayout } from './app-root';
import { CliError } from './cli-error';
import { terminalLine } from './terminal-text';

/** An open data folder for one CLI command, and a typed way to call the core that fails loudly. */
export interface CliSession {
  core: Core;
  client: ApiClient;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

export function openSession(app: AppLayout, dataDir: string, exclusive = false): CliSession {
  let core: Core;
  try {
    core = openCore({
      dataDir,
      resourcesDir: app.resourcesDir,
      appVersion: app.version,
      exclusive,
      // Imports run on their own thread, with its own memory limits, whichever host asks.
      importWorker: app.importWorker,
      // One line, no stack: the CLI keeps no log file.
      onUnexpected: (method, error) => console.error(`focal: ${method}: ${terminalLine(error instanceof Error ? error.message : String(error))}`),
    });
  } catch (error) {
    if (error instanceof StoreOpenError) throw new CliError(error.message, 'failure');
    throw error;
  }
  if (core.store.readOnly) {
    console.error('focal: warning: the disk is full, so the data folder was opened for reading only; nothing can be saved until you free some space.');
  }
  if (core.store.recovery) {
    console.error(`focal: warning: the data file was damaged and set aside as ${terminalLine(core.store.recovery.setAsideAs)}; open Focal to restore the latest backup.`);
  }
  const client = createApiClient((method, input) => core.dispatch(method, input));
  return {
    core,
    client,
    async call(method, input) {
      const answer = await client.call(method, input);
      if (answer.ok) return answer.value;
      throw new CliError(answer.error.message, answer.error.code === 'invalid_input' ? 'usage' : 'failure');
    },
  };
}
