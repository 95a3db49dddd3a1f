import type { Db } from '../../../db/connection';
import { getMeta } from '../../../db/repos/meta';
import { voucherLabel } from '../../../db/repos/vouchers';
import { nowIso, type Clock } from '../../app/clock';
import type { AuditReport } from '../../contract/audit-api';
import { ruleById } from '../../domain/audit/registry';
import type { Evidence } from '../../domain/audit/rule';
import { listMeetings } from './index';
import { currentProfileCode, listProfiles } from './policy';

const BASIS = [
  { zh: '《中华人民共和国工会法》', en: 'Trade Union Law of the PRC' },
  { zh: '《中国工会章程》', en: 'Constitution of the Chinese Trade Unions' },
  { zh: '《工会会计制度》（财会〔2021〕7号）', en: 'Trade Union Accounting System (MOF 2021 No. 7)' },
  { zh: '《中国工会审计条例》', en: 'Chinese Trade Union Audit Regulations' },
  {
    zh: '《基层工会经费收支管理办法》（总工办发〔2017〕32号）',
    en: 'Measures on Grassroots Union Funds (ACFTU 2017 No. 32)',
  },
];

/**
 * 审查报告 (DOMAIN §5.5) for a year, from the books, the approved budget, the stored findings and the committee's
 * decisions. Rule breaches and control gaps go under "problems found"; statistical screens are review items.
 */
export function auditReport(db: Db, clock: Clock, year: number): AuditReport {
  const code = currentProfileCode(db);
  const profile = listProfiles(db).find((p) => p.code === code)!;

  // Budget: the latest version approved by all three bodies.
  const approved = db
    .prepare(
      `SELECT b.id FROM budgets b WHERE b.year = ? AND (SELECT count(DISTINCT body) FROM budget_approvals a
         WHERE a.budget_id = b.id) = 3 ORDER BY b.version DESC LIMIT 1`,
    )
    .get(year) as { id: number } | undefined;
  const budget = new Map<string, number>();
  if (approved)
    for (const l of db
      .prepare(
        'SELECT account_code AS code, sum(amount_cents) AS c FROM budget_lines WHERE budget_id = ? GROUP BY account_code',
      )
      .all(approved.id) as { code: string; c: number }[])
      budget.set(l.code, l.c);

  const actual = db
    .prepare(
      `SELECT l.account_code AS code, a.name, a.class, sum(l.debit_cents) AS dr, sum(l.credit_cents) AS cr
       FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id JOIN accounts a ON a.code = l.account_code
       WHERE v.status = 'posted' AND v.source <> 'closing' AND v.date BETWEEN ? AND ? AND a.class IN ('income', 'spending')
       GROUP BY l.account_code ORDER BY l.account_code`,
    )
    .all(`${year}-01-01`, `${year}-12-31`) as { code: string; name: string; class: string; dr: number; cr: number }[];
  const names = new Map(
    (db.prepare('SELECT code, name FROM accounts').all() as { code: string; name: string }[]).map((a) => [
      a.code,
      a.name,
    ]),
  );
  const lines = (cls: 'income' | 'spending') => {
    const codes = new Set([
      ...actual.filter((a) => a.class === cls).map((a) => a.code),
      ...[...budget.keys()].filter((c) => (cls === 'income' ? c.startsWith('4') : c.startsWith('5'))),
    ]);
    return [...codes].sort().map((c) => {
      const a = actual.find((x) => x.code === c);
      const amount = a ? (cls === 'income' ? a.cr - a.dr : a.dr - a.cr) : 0;
      return { accountCode: c, name: names.get(c) ?? c, budgetCents: budget.get(c) ?? 0, actualCents: amount };
    });
  };
  const income = lines('income');
  const spending = lines('spending');
  const cashBank = (before: string) =>
    (
      db
        .prepare(
          `SELECT coalesce(sum(l.debit_cents - l.credit_cents), 0) AS c FROM voucher_lines l
           JOIN vouchers v ON v.id = l.voucher_id WHERE v.status = 'posted' AND v.date < ?
           AND (l.account_code LIKE '101%' OR l.account_code LIKE '102%')`,
        )
        .get(before) as { c: number }
    ).c;
  // The opening voucher of 1 January carries last year's balance in: count it as opening.
  const openingVoucher = (
    db
      .prepare(
        `SELECT coalesce(sum(l.debit_cents - l.credit_cents), 0) AS c FROM voucher_lines l
         JOIN vouchers v ON v.id = l.voucher_id WHERE v.status = 'posted' AND v.source = 'opening'
         AND v.date BETWEEN ? AND ? AND (l.account_code LIKE '101%' OR l.account_code LIKE '102%')`,
      )
      .get(`${year}-01-01`, `${year}-12-31`) as { c: number }
  ).c;

  const findings = db
    .prepare(
      `SELECT f.id, f.rule_id AS ruleId, f.severity, f.kind, f.title_zh, f.title_en, f.message_zh, f.message_en,
              f.evidence_json, f.resolved_at AS resolvedAt
       FROM audit_findings f WHERE f.year = ?
       ORDER BY CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, f.rule_id, f.id`,
    )
    .all(year) as {
    id: number;
    ruleId: string;
    severity: 'high' | 'medium' | 'low';
    kind: string;
    title_zh: string;
    title_en: string;
    message_zh: string;
    message_en: string;
    evidence_json: string;
    resolvedAt: string | null;
  }[];
  const lastDecision = db.prepare(
    `SELECT decision, comment, correcting_voucher_id AS cv FROM audit_decisions WHERE finding_id = ? ORDER BY id DESC LIMIT 1`,
  );
  const vlabel = db.prepare('SELECT period, number FROM vouchers WHERE id = ?');
  const label = (id: number) => {
    const v = vlabel.get(id) as { period: string; number: number } | undefined;
    return v ? voucherLabel(v.period, v.number) : `#${id}`;
  };
  const counts = { total: 0, open: 0, confirmed: 0, accepted: 0, rectified: 0, resolved: 0 };
  const problems: AuditReport['problems'] = [];
  const reviewItems: AuditReport['reviewItems'] = [];
  for (const f of findings) {
    const d = lastDecision.get(f.id) as
      { decision: AuditReport['problems'][number]['decision']; comment: string; cv: number | null } | undefined;
    counts.total++;
    if (f.resolvedAt !== null) counts.resolved++;
    else if (!d) counts.open++;
    else if (d.decision === 'confirmed_breach') counts.confirmed++;
    else if (d.decision === 'accepted') counts.accepted++;
    else counts.rectified++;
    const title = { zh: f.title_zh, en: f.title_en };
    const message = { zh: f.message_zh, en: f.message_en };
    if (f.kind === 'statistical') {
      if (f.resolvedAt === null) reviewItems.push({ findingId: f.id, ruleId: f.ruleId, title, message });
      continue;
    }
    // Accepted explanations and findings resolved by the data are not problems for the report.
    if (f.resolvedAt !== null && d?.decision !== 'rectified') continue;
    if (d?.decision === 'accepted') continue;
    const evidence = JSON.parse(f.evidence_json) as Evidence;
    problems.push({
      findingId: f.id,
      ruleId: f.ruleId,
      severity: f.severity,
      title,
      message,
      citation: ruleById(f.ruleId)?.citation ?? { zh: '', en: '' },
      amountCents: evidence.amountCents ?? null,
      voucherRefs: evidence.voucherIds.map(label),
      decision: d?.decision ?? null,
      comment: d?.comment ?? null,
      correctingVoucherRef: d?.cv ? label(d.cv) : null,
    });
  }

  return {
    year,
    unionName: getMeta(db, 'union_name') ?? '',
    profile: { code, name: profile.name },
    generatedAt: nowIso(clock),
    basis: BASIS,
    income,
    spending,
    totals: {
      incomeCents: income.reduce((s, l) => s + l.actualCents, 0),
      spendingCents: spending.reduce((s, l) => s + l.actualCents, 0),
      openingCashBankCents: cashBank(`${year}-01-01`) + openingVoucher,
      closingCashBankCents: cashBank(`${year + 1}-01-01`),
    },
    findingCounts: counts,
    problems,
    reviewItems,
    // Meetings that decided on this year's findings (usually held early the next year), and any held in the year.
    meetings: listMeetings(db).filter(
      (m) =>
        m.date.startsWith(String(year)) ||
        db
          .prepare(
            `SELECT 1 FROM audit_decisions d JOIN audit_findings f ON f.id = d.finding_id
             WHERE d.meeting_id = ? AND f.year = ? LIMIT 1`,
          )
          .get(m.id, year) !== undefined,
    ),
  };
}
