import { apiContract, isApiMethod, type ApiMethod, type ApiOutput, type ApiParsedInput } from '../../shared/api/contract';
import { toNfcDeep } from '../../shared/api/nfc-input';
import { fail, ok, type Result } from '../../shared/api/result';
import type { CoreContext } from '../core/context';
import { describeError } from '../system/log-file';
import { toAppErrorValue, validationError } from './errors';

export type Handler<M extends ApiMethod> = (input: ApiParsedInput<M>, ctx: CoreContext) => ApiOutput<M> | Promise<ApiOutput<M>>;
export type HandlerMap = { [M in ApiMethod]: Handler<M> };

export interface DispatchOptions {
  /** Also check outputs against the contract (tests and the dev server). */
  validateOutput?: boolean;
  log?: (line: string) => void;
}

/**
 * The single entry for every transport: validates the method and its input against the
 * contract (text in NFC first), runs the handler, and returns a Result. It never throws.
 */
export function createDispatcher(ctx: CoreContext, handlers: HandlerMap, options: DispatchOptions = {}) {
  return async function dispatch(method: unknown, rawInput: unknown): Promise<Result<unknown>> {
    if (!isApiMethod(method)) {
      return fail({
        code: 'UNKNOWN_METHOD',
        message: 'Yêu cầu không hợp lệ.',
        detail: `Unknown API method: ${String(method)}`,
      });
    }
    const spec = apiContract[method];
    const parsed = spec.input.safeParse(toNfcDeep(rawInput ?? {}));
    if (!parsed.success) return fail(validationError(method, parsed.error));
    try {
      const handler = handlers[method] as (input: unknown, c: CoreContext) => unknown;
      const value = await handler(parsed.data, ctx);
      if (options.validateOutput) {
        const out = spec.output.safeParse(value);
        if (!out.success) throw new Error(`Output of ${method} breaks the contract: ${out.error.message}`);
      }
      return ok(value);
    } catch (err) {
      const error = toAppErrorValue(err);
      // Unexpected failures are logged with their stack; expected ones (a refused input, a
      // missing file) with their English detail. Neither carries the user's documents.
      options.log?.(`[${method}] ${error.code}: ${error.code === 'INTERNAL' ? describeError(err) : error.detail}`);
      return fail(error);
    }
  };
}
export type Dispatch = ReturnType<typeof createDispatcher>;
