import { MemberInput, type FieldIssue, type Input, type MemberDto } from '../../shared/contract';
import { normalizeDateText } from '../../format/date';
import { centsToYuanInput } from '../../format/money';

/** The member form's fields, as typed: every value is text until submitted. */
export interface MemberFormValues {
  memberNo: string;
  name: string;
  gender: '' | 'M' | 'F';
  groupId: string;
  joinDate: string;
  duesBase: string;
  phone: string;
}

export const MEMBER_FORM_FIELDS = ['memberNo', 'name', 'gender', 'groupId', 'joinDate', 'duesBase', 'phone'] as const;
export type MemberFormField = (typeof MEMBER_FORM_FIELDS)[number];

/** A message in both languages, so it follows a language switch while it is shown. */
export interface Bilingual {
  message: string;
  messageEn: string;
}
export type FieldErrors = Partial<Record<MemberFormField, Bilingual>>;

export function emptyMemberForm(defaults: { groupId?: number | null; joinDate: string }): MemberFormValues {
  return {
    memberNo: '',
    name: '',
    gender: '',
    groupId: defaults.groupId ? String(defaults.groupId) : '',
    joinDate: defaults.joinDate,
    duesBase: '',
    phone: '',
  };
}

/** A saved member → form values; the dues base is shown as yuan text ("8,500.00"), never via a float. */
export function memberToForm(m: MemberDto): MemberFormValues {
  return {
    memberNo: m.memberNo,
    name: m.name,
    gender: m.gender,
    groupId: String(m.groupId),
    joinDate: m.joinDate,
    duesBase: centsToYuanInput(m.duesBaseCents),
    phone: m.phone ?? '',
  };
}

/** Form values → the `members.create` input. Text is sent as typed; the server parses the amount. */
export function formToInput(v: MemberFormValues): Input<'members.create'> {
  const groupId = /^\d+$/.test(v.groupId) ? Number(v.groupId) : Number.NaN;
  const phone = v.phone.trim();
  return {
    memberNo: v.memberNo.trim(),
    name: v.name.trim(),
    gender: v.gender as 'M' | 'F',
    groupId,
    joinDate: normalizeDateText(v.joinDate),
    duesBase: v.duesBase.trim(),
    phone: phone === '' ? null : phone,
  };
}

/** The code in a zod issue → both languages' text. */
export type DescribeIssue = (code: string) => Bilingual;

/**
 * Check the form with the contract's own `MemberInput` schema before sending (the server checks again).
 * The amount's format is left to the server, which owns the one money parser.
 */
export function validateMemberForm(v: MemberFormValues, describe: DescribeIssue): FieldErrors {
  const errors: FieldErrors = {};
  const parsed = MemberInput.safeParse(formToInput(v));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (!isFormField(field) || errors[field]) continue;
      errors[field] = describe(issueCode(issue.code, issue.message, issue.input));
    }
  }
  if (v.duesBase.trim() === '' && !errors.duesBase) errors.duesBase = describe('required');
  return errors;
}

/**
 * Server issues → errors under their fields (by `path[0]`); issues about anything else are returned as `other`
 * so the form can show them in its general message.
 */
export function issuesToFieldErrors(issues: readonly FieldIssue[]): { fields: FieldErrors; other: Bilingual[] } {
  const fields: FieldErrors = {};
  const other: Bilingual[] = [];
  for (const issue of issues) {
    const field = issue.path[0];
    const text = { message: issue.message, messageEn: issue.messageEn };
    if (isFormField(field)) {
      if (!fields[field]) fields[field] = text;
    } else other.push(text);
  }
  return { fields, other };
}

export function isFormField(x: unknown): x is MemberFormField {
  return typeof x === 'string' && (MEMBER_FORM_FIELDS as readonly string[]).includes(x);
}

const CUSTOM_CODES = ['required', 'too_long', 'date', 'member_no_chars', 'phone_chars'];

function issueCode(code: string, message: string, input: unknown): string {
  if (CUSTOM_CODES.includes(message)) return message;
  if (code === 'invalid_type' || code === 'invalid_value') {
    return input === undefined || input === '' || (typeof input === 'number' && Number.isNaN(input))
      ? 'required'
      : 'invalid';
  }
  return 'invalid';
}
