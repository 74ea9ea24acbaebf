import { contract, isMethodName, methodSchemas, type MethodName } from '../../shared/api/contract';
import { fail, ok, type Result } from '../../shared/api/result';
import { describeStorageFailure, FocalError } from './errors';
import type { HandlerContext } from './handler-context';
import type { ApiHandlers } from './handlers/handler-types';
import type { PendingBackup } from './store/backups';

/** The only door into the core: every host calls this and nothing else. */
export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Where unexpected errors are reported (never shown to the user verbatim). */
  onUnexpected?: (method: string, error: unknown) => void;
}

function toFailure(method: string, error: unknown, ctx: HandlerContext, options: DispatchOptions): Result<never> {
  if (error instanceof FocalError) return fail(error.code, error.message, error.issues);
  const storage = describeStorageFailure(error, { kind: 'change', folder: ctx.paths.root });
  if (storage) return fail(storage.code, storage.message);
  options.onUnexpected?.(method, error);
  return fail('internal', `Something went wrong in ${method}; nothing was changed. The details are in the log.`);
}

async function runMethod<M extends MethodName>(name: M, handlers: ApiHandlers, ctx: HandlerContext, raw: unknown, options: DispatchOptions): Promise<Result<unknown>> {
  const spec = contract[name];
  const schemas = methodSchemas[name];
  const parsed = schemas.input.safeParse(raw ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
    const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    return fail('invalid_input', `The request to ${name} is not valid: ${summary}`, issues);
  }
  const handler = handlers[name];
  if (spec.writes && ctx.store.recovery && !('duringRecovery' in spec && spec.duringRecovery)) {
    return fail(
      'conflict',
      'The data file was damaged and has been set aside. Restore the latest backup or start with an empty file first (Focal offers both when it opens).',
    );
  }
  if (spec.writes && (ctx.imports.jobs.writing || ctx.bundleJobs.writing)) {
    return fail('conflict', 'An import is running. Try again when it has finished; nothing was changed.');
  }
  if (spec.writes && ctx.store.readOnly) {
    return fail('storage_full', 'The disk is full, so Focal opened your data for reading only and nothing was saved. Free some space and try again; your earlier data is intact.');
  }
  const transactional = spec.writes && !('outsideTransaction' in spec && spec.outsideTransaction);
  let backup: PendingBackup | null = null;
  let value: unknown;
  try {
    const backupBefore = 'backupBefore' in spec ? spec.backupBefore : undefined;
    if (backupBefore) backup = ctx.store.backupBefore(backupBefore);
    const check = (answered: unknown) => {
      const checked = schemas.output.safeParse(answered);
      if (!checked.success) throw new Error(`${name} answered outside its contract: ${checked.error.message}`);
      return checked.data;
    };
    // The answer is checked inside the transaction, so an answer outside the contract rolls back.
    const answer = () => {
      const answered = handler(ctx, parsed.data);
      // A transaction cannot span an await: only reads (a document written by a library that only
      // works asynchronously) may answer later.
      if (answered instanceof Promise) {
        if (spec.writes) throw new Error(`${name} writes, so it must answer at once, not with a promise.`);
        return answered.then(check);
      }
      return check(answered);
    };
    value = await (transactional ? ctx.db.transaction(answer)() : answer());
  } catch (error) {
    // Rolled back, the data is the backup's twin: kept, the copy would only push an older, different
    // backup out of its slot. Outside a transaction part of the work may stand, so the copy stays.
    if (transactional) backup?.failed();
    return toFailure(name, error, ctx, options);
  }
  backup?.succeeded();
  return ok(value);
}

/**
 * Builds dispatch over a context. Reads run at once; writes are queued so that they run one at a
 * time, each in its own transaction, even when a later handler awaits something.
 */
export function createDispatch(handlers: ApiHandlers, context: () => HandlerContext, options: DispatchOptions = {}): Dispatch {
  let writes: Promise<unknown> = Promise.resolve();
  return async (method, input) => {
    if (!isMethodName(method)) return fail('unknown_method', `There is no method called "${method}".`);
    if (!contract[method].writes) return runMethod(method, handlers, context(), input, options);
    const next = writes.then(() => runMethod(method, handlers, context(), input, options));
    writes = next.catch(() => undefined);
    return next;
  };
}
