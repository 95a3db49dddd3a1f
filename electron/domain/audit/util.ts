import { formatCents } from '../money';
import {
  draft,
  type AuditClaim,
  type AuditData,
  type AuditMember,
  type FindingDraft,
  type Rule,
  type Severity,
  type Text,
} from './rule';

/** "1,234.50" yuan for messages. */
export const yuan = (cents: number): string => formatCents(cents);

export const periodOf = (date: string): string => date.slice(0, 7);

/** Whole days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Last day of a YYYY-MM period. */
export function periodEnd(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export function isMemberOn(m: AuditMember, date: string): boolean {
  return m.joinDate <= date && (m.leaveDate === null || m.leaveDate >= date);
}

/** Claims dated within the audited range. */
export function claimsInRange(data: AuditData): AuditClaim[] {
  return data.claims.filter((c) => c.date >= data.from && c.date <= data.to);
}

export function postedVouchers(data: AuditData) {
  return data.vouchers.filter((v) => v.status === 'posted' && v.date >= data.from && v.date <= data.to);
}

export function containsAny(text: string, words: readonly string[]): string | undefined {
  const t = text.toLowerCase();
  return words.find((w) => t.includes(w.toLowerCase()));
}

export const WELFARE_ZH: Record<string, string> = {
  festival: '节日慰问',
  birthday: '生日慰问',
  wedding: '结婚慰问',
  childbirth: '生育慰问',
  illness: '住院慰问',
  death_member: '会员去世慰问',
  death_relative: '亲属去世慰问',
  retirement: '退休纪念',
  outing: '春秋游',
  award: '奖励',
  other: '其他',
};
export const WELFARE_EN: Record<string, string> = {
  festival: 'festival gift',
  birthday: 'birthday gift',
  wedding: 'wedding gift',
  childbirth: 'childbirth gift',
  illness: 'hospital condolence',
  death_member: "member's death condolence",
  death_relative: "relative's death condolence",
  retirement: 'retirement gift',
  outing: 'outing',
  award: 'award',
  other: 'other',
};
export const FORM_ZH: Record<string, string> = {
  bank_transfer: '银行转账',
  official_card: '公务卡',
  cash: '现金',
  shopping_card: '购物卡',
  stored_value_card: '储值卡',
  general_voucher: '代金券',
  goods_voucher: '提货券',
  cake_voucher: '蛋糕券',
};
export const FORM_EN: Record<string, string> = {
  bank_transfer: 'bank transfer',
  official_card: 'official card',
  cash: 'cash',
  shopping_card: 'shopping card',
  stored_value_card: 'stored-value card',
  general_voucher: 'general voucher',
  goods_voucher: 'goods voucher',
  cake_voucher: 'cake voucher',
};

/** A finding about one claim (key "claim:<id>"), with its voucher and member beneficiaries as evidence. */
export function claimDraft(
  rule: Pick<Rule, 'id' | 'severity' | 'kind' | 'title'>,
  c: AuditClaim,
  message: Text,
  extra: {
    amountCents?: number;
    capCents?: number;
    facts?: Record<string, string | number | boolean | null>;
    memberIds?: number[];
    paramVersions?: Record<string, number>;
    keySuffix?: string;
    severity?: Severity;
  } = {},
): FindingDraft {
  return draft(rule, {
    key: `claim:${c.id}${extra.keySuffix ? `:${extra.keySuffix}` : ''}`,
    period: periodOf(c.date),
    message,
    evidence: {
      claimIds: [c.id],
      voucherIds: [c.voucherId],
      memberIds: extra.memberIds ?? c.beneficiaries.flatMap((b) => (b.memberId === null ? [] : [b.memberId])),
      amountCents: extra.amountCents ?? c.amountCents,
      ...(extra.capCents !== undefined ? { capCents: extra.capCents } : {}),
      ...(extra.facts ? { facts: extra.facts } : {}),
    },
    ...(extra.paramVersions ? { paramVersions: extra.paramVersions } : {}),
    ...(extra.severity ? { severity: extra.severity } : {}),
  });
}

/** "2025-09-10「中秋会员慰问品」" — how a claim is named in messages. */
export function claimName(c: AuditClaim): { zh: string; en: string } {
  return { zh: `${c.date}「${c.summary}」`, en: `${c.date} "${c.summary}"` };
}
