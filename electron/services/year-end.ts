import type { Db } from '../../db/connection';
import { appendChange } from '../../db/repos/change-log';
import type { NewLine } from '../../db/repos/vouchers';
import { nowIso } from '../app/clock';
import { DomainError } from '../app/errors';
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

/**
 * 年终结账 (财会〔2021〕7号, DOMAIN.md §3.1 rule 11): every income and spending account closes to zero; earmarked
 * (专项) amounts — on an earmarked account or an earmarked project — to 32103, all else to 32203; then
 * 32101–32103 roll into 32104 and 32201–32204 into 32205. Then every month of the year is closed.
 */
export function closeYear(db: Db, actor: Actor, year: number): YearEndResult {
  return db.transaction(() => {
    if (db.prepare('SELECT 1 FROM closed_years WHERE year = ?').get(year))
      throw new DomainError('CONFLICT', `${year} 年已年结`, `${year} is already closed`);
    const first = `${year}-01`;
    const last = `${year}-12`;
    if (isPeriodClosed(db, last))
      throw new DomainError('PERIOD_CLOSED', `${last} 已结账，无法登记年结凭证`, `${last} is closed`);
    const open = db
      .prepare("SELECT count(*) AS n FROM vouchers WHERE period BETWEEN ? AND ? AND status IN ('draft', 'reviewed')")
      .get(first, last) as { n: number };
    if (open.n > 0)
      throw new DomainError(
        'RULE_VIOLATION',
        `${year} 年还有 ${open.n} 张未记账凭证`,
        `${year} has ${open.n} unposted vouchers`,
      );
    const date = `${year}-12-31`;
    const ids: number[] = [];

    const groups = db
      .prepare(
        `SELECT l.account_code AS code, l.project_id AS projectId,
           (a.earmarked = 1 OR coalesce(p.earmarked, 0) = 1) AS em,
           sum(l.debit_cents - l.credit_cents) AS bal
         FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id JOIN accounts a ON a.code = l.account_code
           LEFT JOIN projects p ON p.id = l.project_id
         WHERE v.status = 'posted' AND v.period BETWEEN ? AND ? AND a.class IN ('income', 'spending')
         GROUP BY l.account_code, l.project_id, em HAVING bal <> 0 ORDER BY l.account_code, l.project_id`,
      )
      .all(first, last) as { code: string; projectId: number | null; em: number; bal: number }[];
    let earmarkedNet = 0;
    let generalNet = 0;
    if (groups.length > 0) {
      const lines = groups.map((g) => clearing(g.code, g.bal, g.projectId));
      for (const g of groups)
        if (g.em) earmarkedNet += g.bal;
        else generalNet += g.bal;
      if (earmarkedNet !== 0) lines.push(receiving('32103', earmarkedNet));
      if (generalNet !== 0) lines.push(receiving('32203', generalNet));
      ids.push(postGenerated(db, actor, { date, summary: `${year}年度收支结转`, source: 'closing', lines }).id);
    }

    const balance = db.prepare(
      `SELECT coalesce(sum(debit_cents - credit_cents), 0) AS b FROM period_totals WHERE account_code = ? AND period <= ?`,
    );
    const roll: NewLine[] = [];
    for (const [target, sources] of [
      ['32104', ['32101', '32102', '32103']],
      ['32205', ['32201', '32202', '32203', '32204']],
    ] as const) {
      let net = 0;
      for (const s of sources) {
        const b = (balance.get(s, last) as { b: number }).b;
        if (b === 0) continue;
        roll.push(clearing(s, b));
        net += b;
      }
      if (net !== 0) roll.push(receiving(target, net));
    }
    if (roll.length >= 2)
      ids.push(
        postGenerated(db, actor, { date, summary: `${year}年度结转结余转入累计`, source: 'closing', lines: roll }).id,
      );

    const at = nowIso(actor.clock);
    for (let m = 1; m <= 12; m++) {
      const p = `${year}-${String(m).padStart(2, '0')}`;
      if (!isPeriodClosed(db, p))
        db.prepare('INSERT INTO closed_periods (period, closed_at, closed_by) VALUES (?, ?, ?)').run(p, at, actor.user);
    }
    db.prepare('INSERT INTO closed_years (year, voucher_id, closed_at, closed_by) VALUES (?, ?, ?, ?)').run(
      year,
      ids[0] ?? null,
      at,
      actor.user,
    );
    const result = { year, closingVoucherIds: ids, earmarkedNetCents: earmarkedNet, generalNetCents: generalNet };
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
