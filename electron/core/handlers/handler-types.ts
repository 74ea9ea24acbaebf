import type { InputMap, MethodName, OutputMap } from '../../../shared/api/contract';
import type { HandlerContext } from '../handler-context';

/** The handler of one contract method: parsed input in, the contract's output type out. */
export type Handler<M extends MethodName> = (ctx: HandlerContext, input: InputMap[M]) => OutputMap[M];

/** One handler per contract method; `satisfies ApiHandlers` makes a missing one a compile error. */
export type ApiHandlers = { [M in MethodName]: Handler<M> };

/** A domain's share of the handlers. */
export type DomainHandlers<M extends MethodName> = { [K in M]: Handler<K> };
