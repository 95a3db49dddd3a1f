import { FINANCE_ROLES } from '../../../contract/roles';
import type { AuditData, Rule } from '../rule';
import { draft } from '../rule';

const FINANCE = new Set<string>(FINANCE_ROLES);

/**
 * R27 财务与经审岗位未分离: a funds-review committee member who also holds a finance role, or who did finance work in
 * the period — prepared, reviewed or posted a voucher, or prepared or approved an expense claim.
 */
export const r27: Rule = {
  id: 'R27',
  title: { zh: '财务与经审岗位未分离', en: 'Finance and review roles not separated' },
  severity: 'high',
  kind: 'control',
  scope: 'year',
  params: [],
  citation: {
    zh: '《中国工会章程》第三十九条；《基层工会经费审查委员会工作规则》（经审委员不得兼任财务工作）',
    en: 'ACFTU Constitution art. 39; rules for grassroots funds-review committees (members may not do finance work)',
  },
  description: {
    zh: '经审委员同时担任会计、出纳或审批人，或在本期经办、审核、记账凭证或审批报销。',
    en: 'A committee member who also holds a finance role, or who prepared, reviewed or posted vouchers or prepared or approved claims in the period.',
  },
  check(data: AuditData) {
    const committee = (data.users ?? []).filter((u) => u.roles.includes('committee'));
    return committee.flatMap((u) => {
      const roles = u.roles.filter((r) => FINANCE.has(r));
      const vouchers = data.vouchers.filter(
        (v) =>
          v.date >= data.from &&
          v.date <= data.to &&
          v.status !== 'void' &&
          (v.preparer === u.name || v.reviewer === u.name || v.poster === u.name),
      );
      const claims = data.claims.filter(
        (c) => c.date >= data.from && c.date <= data.to && (c.preparer === u.name || c.approver === u.name),
      );
      if (roles.length === 0 && vouchers.length === 0 && claims.length === 0) return [];
      const parts: { zh: string[]; en: string[] } = { zh: [], en: [] };
      if (roles.length > 0) {
        parts.zh.push(`同时担任 ${roles.join('、')}`);
        parts.en.push(`also holds ${roles.join(', ')}`);
      }
      if (vouchers.length > 0) {
        parts.zh.push(`经办、审核或记账凭证 ${vouchers.length} 张`);
        parts.en.push(`prepared, reviewed or posted ${vouchers.length} voucher(s)`);
      }
      if (claims.length > 0) {
        parts.zh.push(`经办或审批报销 ${claims.length} 笔`);
        parts.en.push(`prepared or approved ${claims.length} claim(s)`);
      }
      return [
        draft(this, {
          key: `${data.year}:user:${u.name}`,
          period: null,
          message: {
            zh: `经审委员 ${u.name} ${parts.zh.join('，')}。`,
            en: `Committee member ${u.name} ${parts.en.join('; ')}.`,
          },
          evidence: {
            voucherIds: [...new Set([...vouchers.map((v) => v.id), ...claims.map((c) => c.voucherId)])],
            claimIds: claims.map((c) => c.id),
            facts: { user: u.name, financeRoles: roles.join(',') || null },
          },
        }),
      ];
    });
  },
};
