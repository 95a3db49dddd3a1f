import type { Db } from '../../db/connection';
import { appendChange } from '../../db/repos/change-log';
import { nowIso } from '../app/clock';
import { DomainError } from '../app/errors';
import type { PeriodStatus } from '../contract/vouchers';
import type { Actor } from './members';

export function isPeriodClosed(db: Db, period: string): boolean {
  return db.prepare('SELECT 1 FROM closed_periods WHERE period = ?').get(period) !== undefined;
}

/** Services check first so the clerk gets a clear message; the database triggers refuse it regardless. */
export function assertPeriodOpen(db: Db, period: string): void {
  if (isPeriodClosed(db, period))
    throw new DomainError(
      'PERIOD_CLOSED',
      `${period} 已结账，不能再记账或修改`,
      `${period} is closed; nothing can be posted or changed in it`,
    );
}

/** The twelve months of a year: closed or open (who closed it, when), what blocks a close, the last reopening. */
export function listPeriods(db: Db, year: number): PeriodStatus[] {
  const stmt = db.prepare(
    `SELECT c.closed_at AS closedAt, c.closed_by AS closedBy,
       (SELECT count(*) FROM vouchers v WHERE v.period = @p AND v.status IN ('draft', 'reviewed')) AS drafts,
       (SELECT count(*) FROM vouchers v WHERE v.period = @p AND v.status = 'reviewed') AS reviewed,
       (SELECT count(*) FROM vouchers v WHERE v.period = @p AND v.status = 'posted') AS posted
     FROM (SELECT 1) LEFT JOIN closed_periods c ON c.period = @p`,
  );
  // 反结账 leaves no row behind in closed_periods; the change log keeps when, who and why.
  const reopened = new Map<string, PeriodStatus['lastReopen']>();
  const log = db
    .prepare(
      `SELECT entity_id AS period, at, actor, after_json AS after FROM change_log
       WHERE method = 'periods.reopen' AND entity = 'period' AND entity_id BETWEEN ? AND ? ORDER BY seq`,
    )
    .all(`${year}-01`, `${year}-12`) as { period: string; at: string; actor: string; after: string | null }[];
  for (const r of log) {
    const after = r.after ? (JSON.parse(r.after) as { reason?: unknown }) : {};
    reopened.set(r.period, { at: r.at, by: r.actor, reason: typeof after.reason === 'string' ? after.reason : '' });
  }
  return Array.from({ length: 12 }, (_, i) => {
    const period = `${year}-${String(i + 1).padStart(2, '0')}`;
    const r = stmt.get({ p: period }) as {
      closedAt: string | null;
      closedBy: string | null;
      drafts: number;
      reviewed: number;
      posted: number;
    };
    return { period, ...r, closed: r.closedAt !== null, lastReopen: reopened.get(period) ?? null };
  });
}

/** 月末结账: every voucher of the month is posted or void; earlier months of the year are closed first. */
export function closePeriod(db: Db, actor: Actor, period: string): void {
  db.transaction(() => {
    assertPeriodOpen(db, period);
    const open = db
      .prepare(
        `SELECT count(*) AS n, coalesce(sum(status = 'reviewed'), 0) AS reviewed FROM vouchers
         WHERE period = ? AND status IN ('draft', 'reviewed')`,
      )
      .get(period) as { n: number; reviewed: number };
    if (open.n > 0)
      throw new DomainError(
        'RULE_VIOLATION',
        `${period} 还有 ${open.n} 张未记账凭证（草稿 ${open.n - open.reviewed} 张，已审核待记账 ${open.reviewed} 张），请先记账或作废后再结账`,
        `${period} has ${open.n} unposted vouchers (${open.n - open.reviewed} draft, ${open.reviewed} reviewed and waiting to be posted); post or void them first`,
      );
    const [y, m] = period.split('-').map(Number) as [number, number];
    for (let i = 1; i < m; i++) {
      const p = `${y}-${String(i).padStart(2, '0')}`;
      if (!isPeriodClosed(db, p)) throw new DomainError('RULE_VIOLATION', `请先结账 ${p}`, `Close ${p} first`);
    }
    const at = nowIso(actor.clock);
    db.prepare('INSERT INTO closed_periods (period, closed_at, closed_by) VALUES (?, ?, ?)').run(
      period,
      at,
      actor.user,
    );
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'periods.close',
      entity: 'period',
      entityId: period,
      before: null,
      after: { period },
    });
  })();
}

/** 反结账: an explicit administrator action with a reason, logged. Later months must be reopened first. */
export function reopenPeriod(db: Db, actor: Actor, period: string, reason: string): void {
  db.transaction(() => {
    if (!isPeriodClosed(db, period)) throw new DomainError('CONFLICT', `${period} 未结账`, `${period} is not closed`);
    const later = db
      .prepare('SELECT period FROM closed_periods WHERE period > ? ORDER BY period DESC LIMIT 1')
      .get(period) as { period: string } | undefined;
    if (later) throw new DomainError('RULE_VIOLATION', `请先反结账 ${later.period}`, `Reopen ${later.period} first`);
    const year = Number(period.slice(0, 4));
    if (db.prepare('SELECT 1 FROM closed_years WHERE year = ?').get(year))
      throw new DomainError('RULE_VIOLATION', `${year} 年已年结，不能反结账`, `${year} has been closed at year end`);
    const before = db.prepare('SELECT * FROM closed_periods WHERE period = ?').get(period);
    db.prepare('DELETE FROM closed_periods WHERE period = ?').run(period);
    appendChange(db, {
      at: nowIso(actor.clock),
      actor: actor.user,
      method: 'periods.reopen',
      entity: 'period',
      entityId: period,
      before,
      after: { reopened: true, reason },
    });
  })();
}
