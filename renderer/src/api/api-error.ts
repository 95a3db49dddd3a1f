import type { ApiErrorBody, ErrorCode, FieldIssue } from '../shared/contract';

/** The contract's error codes plus the ones only the client can see (no answer, unreadable answer, no session). */
export type ClientErrorCode = ErrorCode | 'NETWORK' | 'BAD_RESPONSE' | 'SESSION_EXPIRED';

export interface ApiErrorInit {
  code: ClientErrorCode;
  message: string;
  messageEn: string;
  issues?: FieldIssue[] | undefined;
}

/** A failed call: the server's Result error, or a transport failure. Carries both languages' messages. */
export class ApiError extends Error {
  readonly code: ClientErrorCode;
  readonly messageEn: string;
  readonly issues: FieldIssue[];

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.code = init.code;
    this.messageEn = init.messageEn;
    this.issues = init.issues ?? [];
  }

  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body);
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
