import { describe, expect, it } from 'vitest';
import { toApiError } from '../../../src/core/errors';
import { INGEST_ERROR_CODES, IngestError } from '../../../src/core/ingest/errors';

describe('IngestError', () => {
  it.each(INGEST_ERROR_CODES)('%s says what is safe, in Dutch and English', (code) => {
    const e = new IngestError(code, { fileName: 'brief.pdf', page: 2 });
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe(code);
    expect(e.name).toBe('IngestError');
    expect(e.message).toContain('Er is niets aan de kluis veranderd.');
    expect(e.messageEn).toContain('Nothing in the vault was changed.');
    expect(e.message).not.toMatch(/undefined|NaN|\[object/);
    expect(e.messageEn).not.toMatch(/undefined|NaN|\[object/);
  });

  it('asks for the password by name and mentions --password', () => {
    const e = new IngestError('PASSWORD_REQUIRED', { fileName: 'beschikking.pdf' });
    expect(e.message).toContain('wachtwoord');
    expect(e.message).toContain('--password');
    expect(e.message).toContain('‘beschikking.pdf’');
    expect(e.messageEn).toContain('password');
    const wrong = new IngestError('WRONG_PASSWORD');
    expect(wrong.message).toMatch(/wachtwoord .* klopt niet/);
    expect(wrong.message).toContain('--password');
  });

  it('puts measured values in limit messages', () => {
    const pages = new IngestError('TOO_MANY_PAGES', { actual: 501, limit: 500 });
    expect(pages.message).toContain('meer dan 500');
    const timeout = new IngestError('OCR_TIMEOUT', { page: 3, timeoutMs: 120_000 });
    expect(timeout.message).toContain('pagina 3');
    expect(timeout.message).toContain('120 seconden');
  });

  it('adds the file name later without losing the rest', () => {
    const cause = new Error('inner');
    const e = new IngestError('CORRUPT', { page: 4 }, { cause });
    const named = e.withDetails({ fileName: 'scan.tif' });
    expect(named.message).toContain('‘scan.tif’');
    expect(named.details.page).toBe(4);
    expect(named.cause).toBe(cause);
  });

  it('serialises to {code, message, messageEn} and maps through the API boundary', () => {
    const e = new IngestError('UNSUPPORTED', { fileName: 'x.heic', detectedFormat: 'HEIC' });
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      code: 'UNSUPPORTED',
      message: e.message,
      messageEn: e.messageEn,
    });
    expect(toApiError(e, 'en').message).toBe(e.messageEn);
    expect(toApiError(e, 'nl').message).toBe(e.message);
  });
});
