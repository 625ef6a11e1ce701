import type { ApiError, ErrorCode } from '../shared/api';

/**
 * An error a parent may see. `message` is Dutch (the product's first language), `messageEn`
 * is for the CLI's `--lang en`. Both say what happened and what is safe; never a stack trace.
 */
export class KluisError extends Error {
  readonly code: ErrorCode;
  readonly messageEn: string;

  constructor(code: ErrorCode, message: string, messageEn: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KluisError';
    this.code = code;
    this.messageEn = messageEn;
  }
}

/** Anything thrown below the API boundary becomes a plain {code, message} for the caller. */
export function toApiError(err: unknown, lang: 'nl' | 'en' = 'nl'): ApiError {
  if (err instanceof KluisError) {
    return { code: err.code, message: lang === 'en' ? err.messageEn : err.message };
  }
  // Our other error classes (ingest, bundle) carry parent-facing messages in both languages;
  // anything else (a SQLite or Node error) has a technical message that never reaches a parent.
  const withCode = err as { code?: unknown; message?: unknown; messageEn?: unknown };
  if (typeof withCode?.messageEn === 'string' && typeof withCode.message === 'string') {
    return { code: 'BAD_INPUT', message: lang === 'en' ? withCode.messageEn : withCode.message };
  }
  return lang === 'en'
    ? {
        code: 'INTERNAL',
        message: 'Something unexpected went wrong. Nothing in the vault was changed.',
      }
    : {
        code: 'INTERNAL',
        message: 'Er ging iets onverwachts mis. Er is niets aan de kluis veranderd.',
      };
}

export const wrongPassphrase = (): KluisError =>
  new KluisError(
    'WRONG_PASSPHRASE',
    'Het wachtwoord klopt niet. De kluis is niet geopend en er is niets veranderd.',
    'The passphrase is not correct. The vault was not opened and nothing was changed.',
  );

export const locked = (): KluisError =>
  new KluisError(
    'LOCKED',
    'De kluis is vergrendeld. Ontgrendel de kluis eerst met uw wachtwoord.',
    'The vault is locked. Unlock it with your passphrase first.',
  );

export const notFound = (what: string, id: string): KluisError =>
  new KluisError(
    'NOT_FOUND',
    `${what} ${id} bestaat niet in deze kluis.`,
    `${what} ${id} does not exist in this vault.`,
  );

export const badInput = (nl: string, en: string): KluisError => new KluisError('BAD_INPUT', nl, en);
