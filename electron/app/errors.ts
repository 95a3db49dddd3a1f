import type { ApiErrorBody, ErrorCode, FieldIssue } from '../contract/errors';

/** An expected failure with a message for the clerk in Chinese and English. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly messageEn: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }
  toBody(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      messageEn: this.messageEn,
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}

/** A VALIDATION error about one field, shown next to that field in the form. */
export function fieldError(path: (string | number)[], message: string, messageEn: string): DomainError {
  return new DomainError('VALIDATION', message, messageEn, [{ path, message, messageEn }]);
}
