import type { FocalBridge } from '../../shared/api/bridge';
import type { Result } from '../../shared/api/result';

/** Sends one call over the invoke channel (ipcRenderer.invoke bound to it). */
export type SendInvoke = (method: string, input: unknown) => Promise<unknown>;

function failure(code: 'bad_request' | 'internal', message: string): Result<unknown> {
  return { ok: false, error: { code, message } };
}

/**
 * The one object the window sees: an `invoke` that forwards (method, input) and nothing else of
 * ipcRenderer. A wrong argument, or input that cannot be copied across processes, comes back as a
 * Result failure like every other answer, never as a rejection the renderer does not expect.
 */
export function createBridge(send: SendInvoke): FocalBridge {
  return {
    invoke(method: unknown, input: unknown): Promise<Result<unknown>> {
      if (typeof method !== 'string') return Promise.resolve(failure('bad_request', 'The method name must be a text.'));
      return send(method, input).then(
        // Main always answers a Result (electron/main/ipc.ts); the renderer's transport re-checks its shape.
        (answer: unknown) => (isResult(answer) ? answer : failure('internal', 'Focal answered with an unexpected reply.')),
        (error: unknown) => failure('bad_request', `The call could not be sent to Focal: ${error instanceof Error ? error.message : String(error)}`),
      );
    },
  };
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null;
}
