// Calls one named API method with arguments that came over a boundary and turns the outcome
// into an ApiResult. No Electron import: the e2e host reuses it, so both paths behave alike.
import type { ApiResult, Language } from '../../src/shared/api';
import { toApiError } from './errors';

type AnyMethod = (...args: unknown[]) => Promise<unknown> | unknown;

export async function dispatch(
  target: object,
  method: string,
  args: unknown,
  language: Language,
): Promise<ApiResult<unknown>> {
  const fn = (target as Record<string, unknown>)[method];
  if (typeof fn !== 'function' || !Array.isArray(args)) {
    return { ok: false, error: toApiError(new Error('unknown method'), language) };
  }
  try {
    const value = await (fn as AnyMethod).apply(target, args);
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: toApiError(err, language) };
  }
}
