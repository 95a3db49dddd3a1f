import type { Db } from '../../db/connection';
import { appendChange } from '../../db/repos/change-log';
import { listAccounts } from '../../db/repos/accounts';
import { voucherLabel, type NewLine } from '../../db/repos/vouchers';
import { nowIso } from '../app/clock';
import { DomainError } from '../app/errors';
import type { YearEndPreview } from '../contract/ledger-api';
import type { Actor } from './members';
import { isPeriodClosed } from './periods';
import { postGenerated } from './vouchers';

/** A line that moves `debitMinusCredit` off `account` (the opposite side), keeping its project. */
function clearing(
  account: string,
  debitMinusCredit: number,
  projectId: number | null = null,
  summary?: string,
): NewLine {
  return debitMinusCredit > 0
    ? { accountCode: account, debitCents: 0, creditCents: debitMinusCredit, projectId, summary: summary ?? null }
    : { accountCode: account, debitCents: -debitMinusCredit, creditCents: 0, projectId, summary: summary ?? null };
}
/** The line that receives `net` (debit minus credit of what was cleared) on `account`. */
function receiving(account: string, net: number): NewLine {
  return net > 0
    ? { accountCode: account, debitCents: net, creditCents: 0 }
    : { accountCode: account, debitCents: 0, creditCents: -net };
}

export interface YearEndResult {
  year: number;
  closingVoucherIds: number[];
  earmarkedNetCents: number;
  generalNetCents: number;
}

interface Group {
  code: string;
  name: string;
  cls: 'income' | 'spending';
  projectId: number | null;
  projectName: string | null;
  em: number;
  bal: number;
}

/** What the year-end closing of `year` would post now, and what stands in its way. */
export interface YearEndPlan {
  year: number;
  closed: { at: string; by: string } | null;
  blockers: { openMonths: string[]; unposted: number; decemberClosed: boolean };
  groups: Group[];
  earmarkedNet: number;
  generalNet: number;
  vouchers: { summary: string; lines: NewLine[] }[];
}

const ROLLS = [
  ['32104', ['32101', '32102', '32103']],
  ['32205', ['32201', '32202', '32203', '32204']],
] as const;

/**
 * 年终结账 plan (财会〔2021〕7号, DOMAIN.md §3.1 rule 11): every income and spending account closes to zero;
 * earmarked (专项) amounts — on an earmarked account or an earmarked project — to 32103, all else to 32203;
 * then 32101–32103 roll into 32104 and 32201–32204 into 32205. The preview and the closing share it.
 */
export function planYearEnd(db: Db, year: number): YearEndPlan {
  const first = `${year}-01`;
  const last = `${year}-12`;
  const closedRow = db.prepare('SELECT closed_at AS at, closed_by AS by FROM closed_years WHERE year = ?').get(year) as
    { at: string; by: string } | undefined;
  const openMonths: string[] = [];
  for (let m = 1; m < 12; m++) {
    const p = `${year}-${String(m).padStart(2, '0')}`;
    if (!isPeriodClosed(db, p)) openMonths.push(p);
  }
  const unposted = (
    db
      .prepare("SELECT count(*) AS n FROM vouchers WHERE period BETWEEN ? AND ? AND status IN ('draft', 'reviewed')")
      .get(first, last) as { n: number }
  ).n;

  const groups = db
    .prepare(
      `SELECT l.account_code AS code, a.name, a.class AS cls, l.project_id AS projectId, p.name AS projectName,
         (a.earmarked = 1 OR coalesce(p.earmarked, 0) = 1) AS em,
         sum(l.debit_cents - l.credit_cents) AS bal
       FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id JOIN accounts a ON a.code = l.account_code
         LEFT JOIN projects p ON p.id = l.project_id
       WHERE v.status = 'posted' AND v.period BETWEEN ? AND ? AND a.class IN ('income', 'spending')
       GROUP BY l.account_code, l.project_id, em HAVING bal <> 0 ORDER BY l.account_code, l.project_id`,
    )
    .all(first, last) as Group[];
  let earmarkedNet = 0;
  let generalNet = 0;
  const vouchers: YearEndPlan['vouchers'] = [];
  const received = new Map<string, number>();
  if (groups.length > 0) {
    const lines = groups.map((g) => clearing(g.code, g.bal, g.projectId));
    for (const g of groups)
      if (g.em) earmarkedNet += g.bal;
      else generalNet += g.bal;
    if (earmarkedNet !== 0) lines.push(receiving('32103', earmarkedNet));
    if (generalNet !== 0) lines.push(receiving('32203', generalNet));
    received.set('32103', earmarkedNet);
    received.set('32203', generalNet);
    vouchers.push({ summary: `${year}年度收支结转`, lines });
  }

  // The roll-up sees the balances as they will be once the first voucher is posted.
  const balance = db.prepare(
    `SELECT coalesce(sum(debit_cents - credit_cents), 0) AS b FROM period_totals WHERE account_code = ? AND period <= ?`,
  );
  const roll: NewLine[] = [];
  for (const [target, sources] of ROLLS) {
    let net = 0;
    for (const s of sources) {
      const b = (balance.get(s, last) as { b: number }).b + (received.get(s) ?? 0);
      if (b === 0) continue;
      roll.push(clearing(s, b));
      net += b;
    }
    if (net !== 0) roll.push(receiving(target, net));
  }
  if (roll.length >= 2) vouchers.push({ summary: `${year}年度结转结余转入累计`, lines: roll });

  return {
    year,
    closed: closedRow ?? null,
    blockers: { openMonths, unposted, decemberClosed: isPeriodClosed(db, last) },
    groups,
    earmarkedNet,
    generalNet,
    vouchers,
  };
}

/** The first thing that stands in the way of closing the year, as the clerk should read it; null when nothing does. */
function blockerError(plan: YearEndPlan): DomainError | null {
  const { year, blockers } = plan;
  if (plan.closed) return new DomainError('CONFLICT', `${year} 年已年结`, `${year} is already closed`);
  if (blockers.openMonths.length > 0) {
    const list = blockers.openMonths.join('、');
    return new DomainError(
      'RULE_VIOLATION',
      `${year} 年还有未结账的月份：${list}。请先逐月结账（1–11 月），再做年终结转`,
      `${year} still has open months: ${blockers.openMonths.join(', ')}. Close January to November first, then run the year-end closing`,
    );
  }
  if (blockers.decemberClosed)
    return new DomainError(
      'PERIOD_CLOSED',
      `${year}-12 已结账，无法登记年结凭证；请先反结账 ${year}-12`,
      `${year}-12 is closed, so the closing vouchers cannot be dated in it; reopen ${year}-12 first`,
    );
  if (blockers.unposted > 0)
    return new DomainError(
      'RULE_VIOLATION',
      `${year} 年还有 ${blockers.unposted} 张未记账凭证`,
      `${year} has ${blockers.unposted} unposted vouchers`,
    );
  return null;
}

/**
 * 年终结账: refuses while January–November are open, December is closed or vouchers wait to be posted; posts the
 * planned closing vouchers on 31 December, then closes December and records the year as closed.
 */
export function closeYear(db: Db, actor: Actor, year: number): YearEndResult {
  return db.transaction(() => {
    const plan = planYearEnd(db, year);
    const blocked = blockerError(plan);
    if (blocked) throw blocked;
    const date = `${year}-12-31`;
    const ids = plan.vouchers.map(
      (v) => postGenerated(db, actor, { date, summary: v.summary, source: 'closing', lines: v.lines }).id,
    );

    const at = nowIso(actor.clock);
    db.prepare('INSERT INTO closed_periods (period, closed_at, closed_by) VALUES (?, ?, ?)').run(
      `${year}-12`,
      at,
      actor.user,
    );
    db.prepare('INSERT INTO closed_years (year, voucher_id, closed_at, closed_by) VALUES (?, ?, ?, ?)').run(
      year,
      ids[0] ?? null,
      at,
      actor.user,
    );
    const result = {
      year,
      closingVoucherIds: ids,
      earmarkedNetCents: plan.earmarkedNet,
      generalNetCents: plan.generalNet,
    };
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'periods.closeYear',
      entity: 'year',
      entityId: year,
      before: null,
      after: result,
    });
    return result;
  })();
}

/** The preview the periods screen shows: blockers, the split to 321 / 322, the lines to be posted, or what was. */
export function previewYearEnd(db: Db, year: number): YearEndPreview {
  const plan = planYearEnd(db, year);
  const names = new Map(listAccounts(db).map((a) => [a.code, a]));
  const projects = new Map(plan.groups.map((g) => [g.projectId, g.projectName]));
  const emOf = new Map(plan.groups.map((g) => [`${g.code}|${g.projectId}`, g.em === 1]));
  const split = (['earmarked', 'general'] as const).map((kind) => {
    const mine = plan.groups.filter((g) => (g.em === 1) === (kind === 'earmarked'));
    const income = -mine.filter((g) => g.cls === 'income').reduce((s, g) => s + g.bal, 0);
    const spending = mine.filter((g) => g.cls === 'spending').reduce((s, g) => s + g.bal, 0);
    return {
      kind,
      target: kind === 'earmarked' ? ('32103' as const) : ('32203' as const),
      incomeCents: income,
      spendingCents: spending,
      netCents: income - spending,
    };
  });
  const closingVouchers = plan.closed
    ? (
        db
          .prepare(
            `SELECT id, date, period, number, summary FROM vouchers
             WHERE source = 'closing' AND status = 'posted' AND period = ? ORDER BY number`,
          )
          .all(`${year}-12`) as { id: number; date: string; period: string; number: number; summary: string }[]
      ).map((v) => ({
        id: v.id,
        label: voucherLabel(v.period, v.number),
        date: v.date,
        summary: v.summary,
        debitCents: (
          db.prepare('SELECT coalesce(sum(debit_cents), 0) AS d FROM voucher_lines WHERE voucher_id = ?').get(v.id) as {
            d: number;
          }
        ).d,
      }))
    : [];
  return {
    year,
    closed: plan.closed,
    blockers: plan.blockers,
    canClose: blockerError(plan) === null,
    split,
    vouchers: plan.closed
      ? []
      : plan.vouchers.map((v) => ({
          summary: v.summary,
          lines: v.lines.map((l) => ({
            accountCode: l.accountCode,
            accountName: names.get(l.accountCode)?.name ?? l.accountCode,
            projectId: l.projectId ?? null,
            projectName: l.projectId ? (projects.get(l.projectId) ?? null) : null,
            earmarked:
              emOf.get(`${l.accountCode}|${l.projectId ?? null}`) ?? names.get(l.accountCode)?.earmarked === true,
            debitCents: l.debitCents,
            creditCents: l.creditCents,
          })),
        })),
    closingVouchers,
  };
}
