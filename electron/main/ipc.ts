import { invokeChannel } from '../../shared/api/bridge';
import { isMethodName, type MethodName } from '../../shared/api/contract';
import { fail, type Result } from '../../shared/api/result';
import type { Dispatch } from '../core/index';
import { isAppUrl } from './app-url';
import type { FrameLike, InvokeEvent, InvokeListener } from './electron-api';

/** Method names are short identifiers such as `city.setup`; anything longer is not ours. */
const longestMethodName = 200;

/**
 * Methods the main process answers itself, before the core: those that need the window (printing
 * the report to PDF). Each parses its own input and answers a Result like dispatch.
 */
export type LocalMethods = Partial<Record<MethodName, (input: unknown) => Promise<Result<unknown>>>>;

/** Tells whether a frame is the current main frame of one of our windows. */
export type MainFrameCheck = (frame: FrameLike) => boolean;

export function sameFrame(a: FrameLike, b: FrameLike): boolean {
  return a === b || (a.processId === b.processId && a.frameToken === b.frameToken);
}

/**
 * IPC is accepted only from a top-level frame showing focal://app, and, when the caller knows its
 * windows, only from their main frames: a subframe or a page that got navigated elsewhere must
 * never reach the core.
 */
export function isTrustedSender(event: InvokeEvent, isOurMainFrame?: MainFrameCheck): boolean {
  let frame: FrameLike | null;
  try {
    // Electron computes senderFrame on access; it is null, or may throw, once the frame is gone.
    frame = event.senderFrame;
  } catch {
    return false;
  }
  if (!frame) return false;
  if (frame.parent !== null || !isAppUrl(frame.url)) return false;
  return isOurMainFrame === undefined || isOurMainFrame(frame);
}

/**
 * One invoke from the renderer: check the sender and the arguments, call dispatch, and always
 * answer a Result. A thrown error would reach the renderer stripped to its message, so none escapes.
 */
export async function handleInvoke(
  event: InvokeEvent,
  method: unknown,
  input: unknown,
  dispatch: Dispatch,
  isOurMainFrame?: MainFrameCheck,
  local: LocalMethods = {},
): Promise<Result<unknown>> {
  if (!isTrustedSender(event, isOurMainFrame)) {
    return fail('forbidden', 'Calls are accepted only from the Focal window.');
  }
  if (typeof method !== 'string' || method === '' || method.length > longestMethodName) {
    return fail('bad_request', 'The call must name a method (a short text).');
  }
  try {
    const answerHere = isMethodName(method) ? local[method] : undefined;
    return await (answerHere ? answerHere(input) : dispatch(method, input));
  } catch (error) {
    console.error(`focal: ${method} failed outside dispatch:`, error);
    return fail('internal', `Something went wrong in ${method}; nothing was changed. The details are in the log.`);
  }
}

/** The listener for the single invoke channel: exactly (method, input), nothing more. */
export function invokeListener(dispatch: Dispatch, isOurMainFrame: MainFrameCheck, local: LocalMethods = {}): InvokeListener {
  return (event, ...args) => {
    if (args.length > 2) return Promise.resolve(fail('bad_request', 'A call carries a method and one input, nothing more.'));
    return handleInvoke(event, args[0], args[1], dispatch, isOurMainFrame, local);
  };
}

/** Registers the app's only IPC entry point. */
export function registerInvokeHandler(
  ipcMain: { handle(channel: string, listener: InvokeListener): void },
  dispatch: Dispatch,
  isOurMainFrame: MainFrameCheck,
  local: LocalMethods = {},
): void {
  ipcMain.handle(invokeChannel, invokeListener(dispatch, isOurMainFrame, local));
}
