// Everything that crosses IPC as an error is {code, message} written for a parent. Electron
// strips custom error properties and a stack would leak paths and internals, so we map here.
import { toApiError as coreToApiError } from '../../src/core/errors';
import type { ApiError, Language } from '../../src/shared/api';

export function toApiError(err: unknown, language: Language): ApiError {
  const mapped = coreToApiError(err, language);
  // Only two plain strings leave main, whatever the error object carried.
  return { code: mapped.code, message: String(mapped.message) };
}
