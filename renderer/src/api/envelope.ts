import { ERROR_CODES, type ApiErrorBody, type FieldIssue } from '../shared/contract';

export type Envelope = { ok: true; value: unknown } | { ok: false; error: ApiErrorBody };

/** Check that an answer is a Result envelope before trusting it; `null` if it is not one. */
export function readEnvelope(raw: unknown): Envelope | null {
  if (!isRecord(raw) || typeof raw.ok !== 'boolean') return null;
  if (raw.ok) return 'value' in raw ? { ok: true, value: raw.value } : null;
  const e = raw.error;
  if (!isRecord(e)) return null;
  if (typeof e.code !== 'string' || !(ERROR_CODES as readonly string[]).includes(e.code)) return null;
  if (typeof e.message !== 'string') return null;
  const messageEn = typeof e.messageEn === 'string' ? e.messageEn : e.message;
  const issues = Array.isArray(e.issues) ? e.issues.filter(isIssue) : undefined;
  return {
    ok: false,
    error: { code: e.code as ApiErrorBody['code'], message: e.message, messageEn, ...(issues ? { issues } : {}) },
  };
}

function isIssue(x: unknown): x is FieldIssue {
  return (
    isRecord(x) &&
    Array.isArray(x.path) &&
    x.path.every((p) => typeof p === 'string' || typeof p === 'number') &&
    typeof x.message === 'string' &&
    typeof x.messageEn === 'string'
  );
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
