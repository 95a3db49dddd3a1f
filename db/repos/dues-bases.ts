import type { Db } from '../connection';
import { stmt } from '../statements';

/** Record a member's dues base from a month on (history kept: one row per member and month). */
export function recordDuesBase(
  db: Db,
  r: {
    memberId: number;
    period: string;
    baseCents: number;
    source: 'roster' | 'payroll' | 'manual' | 'import';
    at: string;
  },
): void {
  stmt(
    db,
    `INSERT INTO dues_bases (member_id, period, base_cents, source, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (member_id, period) DO UPDATE SET base_cents = excluded.base_cents, source = excluded.source,
       created_at = excluded.created_at`,
  ).run(r.memberId, r.period, r.baseCents, r.source, r.at);
}

/** The base in force for a month: the latest recorded at or before it. */
export function duesBaseFor(db: Db, memberId: number, period: string): number | null {
  const row = db
    .prepare('SELECT base_cents AS b FROM dues_bases WHERE member_id = ? AND period <= ? ORDER BY period DESC LIMIT 1')
    .get(memberId, period) as { b: number } | undefined;
  return row?.b ?? null;
}

export interface DuesBaseRow {
  period: string;
  baseCents: number;
  source: 'roster' | 'payroll' | 'manual' | 'import';
  at: string;
}

/** A member's base history, latest month first. */
export function listDuesBases(db: Db, memberId: number): DuesBaseRow[] {
  return db
    .prepare(
      `SELECT period, base_cents AS baseCents, source, created_at AS at FROM dues_bases
       WHERE member_id = ? ORDER BY period DESC`,
    )
    .all(memberId) as DuesBaseRow[];
}
