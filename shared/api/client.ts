import { methodSchemas } from './contract';
import type { MethodInput, MethodName, MethodOutput } from './contract';
import { fail, ok, type Result } from './result';

/** How any host carries one call to the core; the renderer and tests see only this. */
export type Transport = (method: string, input: unknown) => Promise<Result<unknown>>;

/** The typed client every caller uses; the transport (Electron bridge, HTTP, direct) is chosen once. */
export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
}

/**
 * Builds the typed client over a transport. Answers are checked against the contract's output
 * schema, so a host that drifts from the contract shows up as a clear error, not as bad data.
 */
export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      const answer = await transport(method, input);
      if (!answer.ok) return answer;
      const parsed = methodSchemas[method].output.safeParse(answer.value);
      if (!parsed.success) {
        return fail('internal', `The answer to ${method} did not match the contract: ${parsed.error.message}`);
      }
      return ok(parsed.data);
    },
  };
}
