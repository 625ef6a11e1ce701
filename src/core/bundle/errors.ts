import type { ErrorCode } from '../../shared/api';

/** A bundle failure with a message a parent can read; the code crosses the API boundary. */
export class BundleError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BundleError';
    this.code = code;
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
