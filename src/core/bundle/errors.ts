import { KluisError } from '../errors';
import type { ErrorCode } from '../../shared/api';

/**
 * A bundle failure with a message a parent can read; the code crosses the API boundary.
 * Bundle messages are written in Dutch only; the English CLI shows them as they are.
 */
export class BundleError extends KluisError {
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, message, options);
    this.name = 'BundleError';
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new BundleError(
      'CANCELLED',
      'Het maken van de bundel is gestopt. Er is niets opgeslagen; uw documenten zijn ongewijzigd.',
    );
  }
}
