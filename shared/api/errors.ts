/**
 * Errors cross the contract as values, never as thrown exceptions: a Vietnamese message
 * for the user and an English detail for logs.
 */
export const errorCodes = [
  'VALIDATION', // input failed the contract's schema
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'CONFLICT', // e.g. editing an issued document, duplicate name
  'DB_CORRUPT',
  'DB_TOO_NEW',
  'DB_OPEN_FAILED',
  'READ_ONLY', // the database is open to look at only (write-protected media)
  'DISK_FULL',
  'BUSY',
  'IO',
  'FILE_DENIED', // a file handle the core did not issue, or for another use
  'BAD_FILE', // an import/package file that is not what it claims
  'NOT_SUPPORTED', // e.g. a native dialog in a transport that has none
  'CANCELLED',
  'LOCKED', // the app lock is on: only the lock's own methods answer
  'NEEDS_CONFIRMATION', // nothing done: the message asks the user; the call is repeated with its confirm flag
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface AppErrorValue {
  code: ErrorCode;
  /** Shown to the user, Vietnamese. */
  message: string;
  /** For logs and bug reports, English. */
  detail: string;
  /** Field-level messages for forms (path → Vietnamese message). */
  fields?: Record<string, string>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  readonly fields: Record<string, string> | undefined;

  constructor(code: ErrorCode, userMessage: string, detail: string, fields?: Record<string, string>) {
    super(detail);
    this.name = 'AppError';
    this.code = code;
    this.userMessage = userMessage;
    this.fields = fields;
  }

  toValue(): AppErrorValue {
    return {
      code: this.code,
      message: this.userMessage,
      detail: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
    };
  }
}

export function isAppErrorValue(value: unknown): value is AppErrorValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AppErrorValue).code === 'string' &&
    typeof (value as AppErrorValue).message === 'string'
  );
}
