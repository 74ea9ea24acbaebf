import type { InputMap, MethodName, OutputMap } from '../../../shared/api/contract';
import type { HandlerContext } from '../handler-context';

/**
 * The handler of one contract method: parsed input in, the contract's output type out. Reads may
 * answer with a promise; writes answer at once (dispatch refuses otherwise: a transaction cannot
 * span an await).
 */
export type Handler<M extends MethodName> = (ctx: HandlerContext, input: InputMap[M]) => OutputMap[M] | Promise<OutputMap[M]>;

/** One handler per contract method; `satisfies ApiHandlers` makes a missing one a compile error. */
export type ApiHandlers = { [M in MethodName]: Handler<M> };

/** A domain's share of the handlers. */
export type DomainHandlers<M extends MethodName> = { [K in M]: Handler<K> };
