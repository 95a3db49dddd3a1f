/** Fixed error codes shared by every adapter. The HTTP adapter maps them to statuses in one place. */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'RULE_VIOLATION',
  'PERIOD_CLOSED',
  'FORBIDDEN',
  'NO_LEDGER',
  'UNKNOWN_METHOD',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one input field; `path` is the field path as in the input object. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
  messageEn: string;
}

export interface ApiErrorBody {
  code: ErrorCode;
  /** Chinese message, shown by default. */
  message: string;
  /** English message, shown when the UI is in English. */
  messageEn: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  PERIOD_CLOSED: 409,
  NO_LEDGER: 409,
  RULE_VIOLATION: 422,
  FORBIDDEN: 403,
  INTERNAL: 500,
};
