import { AppError, type ErrorCode } from '../../domain/errors.ts';
import type { ErrorBody } from '../../shared/api.ts';

/** The one mapping from error codes to HTTP status. */
const STATUS: Record<ErrorCode | 'internal', 400 | 401 | 403 | 404 | 409 | 413 | 415 | 500 | 503> =
  {
    invalid: 400,
    unauthenticated: 401,
    forbidden: 403,
    not_found: 404,
    conflict: 409,
    too_large: 413,
    unsupported_media_type: 415,
    internal: 500,
    unavailable: 503,
  };

export const statusFor = (code: ErrorCode | 'internal') => STATUS[code];

/** The response body and status for any thrown value; unknown errors hide their details. */
export function errorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.field !== undefined) body.error.field = error.field;
    if (error.issues.length > 1) body.error.issues = error.issues;
    return { status: statusFor(error.code), body };
  }
  return {
    status: 500,
    body: { error: { code: 'internal', message: 'unexpected server error; nothing was changed' } },
  };
}
