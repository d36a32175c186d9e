/**
 * Errors are values with a code; exactly one function at each edge maps a code to a transport
 * status (HTTP status in `server/http/errors.ts`, exit code in the CLI). Services never throw
 * transport-specific errors.
 */
export type ErrorCode =
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  | 'too_large'
  | 'unsupported_media_type'
  | 'unavailable';

/** One bad field: its JSON path (`attacks[2].peakPain`) and what is wrong with it. */
export interface FieldIssue {
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  /** JSON path of the (first) offending field, when the error is about input. */
  readonly field: string | undefined;
  /** Every offending field, for validation errors that found several. */
  readonly issues: FieldIssue[];

  constructor(code: ErrorCode, message: string, field?: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
    this.issues = issues;
  }
}

export const notFound = (what: string, id: string) =>
  new AppError('not_found', `${what} "${id}" does not exist`);
