import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';

/** The database itself refuses what the books must never allow, whatever code path (even raw SQL) tries. */
function freshDb() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

function draft(db: Database.Database, date: string, lines: [string, number, number][], number = 1): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO vouchers (date, period, number, summary, status, source, preparer, created_at)
         VALUES (?, substr(?, 1, 7), ?, 'test', 'draft', 'manual', 'clerk', '2025-01-01T00:00:00Z')`,
      )
      .run(date, date, number).lastInsertRowid,
  );
  lines.forEach(([account, d, c], i) =>
    db
      .prepare(
        'INSERT INTO voucher_lines (voucher_id, line_no, account_code, debit_cents, credit_cents) VALUES (?, ?, ?, ?, ?)',
      )
      .run(id, i + 1, account, d, c),
  );
  return id;
}

function review(db: Database.Database, id: number) {
  db.prepare("UPDATE vouchers SET status = 'reviewed', reviewer = 'checker', reviewed_at = 'x' WHERE id = ?").run(id);
}
function post(db: Database.Database, id: number) {
  db.prepare("UPDATE vouchers SET status = 'posted', poster = 'checker', posted_at = 'x' WHERE id = ?").run(id);
}

const balanced: [string, number, number][] = [
  ['50105', 10000, 0],
  ['102', 0, 10000],
];

describe('posted vouchers are permanent (triggers)', () => {
  it('refuses to post an unbalanced voucher', () => {
    const db = freshDb();
    const id = draft(db, '2025-03-01', [
      ['50105', 10000, 0],
      ['102', 0, 9999],
    ]);
    review(db, id);
    expect(() => post(db, id)).toThrow(/unbalanced/);
    expect(db.prepare('SELECT status FROM vouchers WHERE id = ?').get(id)).toEqual({ status: 'reviewed' });
  });

  it('refuses to post a one-line or zero voucher', () => {
    const db = freshDb();
    const one = draft(db, '2025-03-01', [['50105', 10000, 0]]);
    review(db, one);
    expect(() => post(db, one)).toThrow(/unbalanced/);
  });

  it('refuses inserting a voucher directly as posted', () => {
    const db = freshDb();
    expect(() =>
      db
        .prepare(
          `INSERT INTO vouchers (date, period, number, summary, status, source, preparer, poster, posted_at, created_at)
           VALUES ('2025-03-01', '2025-03', 1, 'x', 'posted', 'manual', 'a', 'b', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/draft/);
  });

  it('refuses any change or deletion of a posted voucher or its lines', () => {
    const db = freshDb();
    const id = draft(db, '2025-03-01', balanced);
    review(db, id);
    post(db, id);
    expect(() => db.prepare("UPDATE vouchers SET summary = 'changed' WHERE id = ?").run(id)).toThrow(/posted/);
    expect(() => db.prepare("UPDATE vouchers SET status = 'draft' WHERE id = ?").run(id)).toThrow(/posted/);
    expect(() => db.prepare('DELETE FROM vouchers WHERE id = ?').run(id)).toThrow(/posted/);
    expect(() => db.prepare('UPDATE voucher_lines SET debit_cents = 1 WHERE voucher_id = ?').run(id)).toThrow(/posted/);
    expect(() => db.prepare('DELETE FROM voucher_lines WHERE voucher_id = ?').run(id)).toThrow(/posted/);
    expect(() =>
      db
        .prepare("INSERT INTO voucher_lines (voucher_id, line_no, account_code, debit_cents) VALUES (?, 9, '101', 5)")
        .run(id),
    ).toThrow(/posted/);
    expect(db.prepare('SELECT sum(debit_cents) AS d FROM voucher_lines WHERE voucher_id = ?').get(id)).toEqual({
      d: 10000,
    });
  });

  it('requires a manual voucher to be reviewed, by someone other than its preparer', () => {
    const db = freshDb();
    const id = draft(db, '2025-03-01', balanced);
    expect(() => post(db, id)).toThrow(/reviewed/);
    expect(() =>
      db.prepare("UPDATE vouchers SET status = 'reviewed', reviewer = 'clerk' WHERE id = ?").run(id),
    ).toThrow(/CHECK/);
  });

  it('refuses postings and changes dated in a closed month', () => {
    const db = freshDb();
    const open = draft(db, '2025-03-01', balanced);
    db.prepare("INSERT INTO closed_periods (period, closed_at, closed_by) VALUES ('2025-03', 'x', 'admin')").run();
    expect(() => draft(db, '2025-03-15', balanced, 2)).toThrow(/closed/);
    expect(() => review(db, open)).toThrow(/closed/);
    expect(() => db.prepare('DELETE FROM vouchers WHERE id = ?').run(open)).toThrow(/closed/);
    expect(() =>
      db.prepare("UPDATE vouchers SET date = '2025-04-01', period = '2025-04' WHERE id = ?").run(open),
    ).toThrow(/closed/);
  });

  it('refuses lines on a parent account or a disabled optional account', () => {
    const db = freshDb();
    expect(() => draft(db, '2025-03-01', [['501', 1, 0]])).toThrow(/lowest level/);
    expect(() => draft(db, '2025-03-01', [['151', 1, 0]], 2)).toThrow(/enabled/);
  });

  it('keeps period totals equal to the posted lines', () => {
    const db = freshDb();
    const a = draft(db, '2025-03-01', balanced, 1);
    const b = draft(
      db,
      '2025-03-09',
      [
        ['102', 50000, 0],
        ['401', 0, 50000],
      ],
      2,
    );
    draft(db, '2025-03-10', balanced, 3); // stays a draft: not in the totals
    for (const id of [a, b]) {
      review(db, id);
      post(db, id);
    }
    const totals = db
      .prepare('SELECT account_code, debit_cents, credit_cents FROM period_totals ORDER BY account_code')
      .all();
    const recomputed = db
      .prepare(
        `SELECT l.account_code, sum(l.debit_cents) AS debit_cents, sum(l.credit_cents) AS credit_cents
         FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id WHERE v.status = 'posted'
         GROUP BY l.account_code ORDER BY l.account_code`,
      )
      .all();
    expect(totals).toEqual(recomputed);
  });
});

describe('the chart of accounts is fixed at the first level', () => {
  it('refuses adding, removing or renaming prescribed accounts', () => {
    const db = freshDb();
    expect(() =>
      db.prepare("INSERT INTO accounts VALUES ('599', '新科目', 'spending', NULL, 'debit', 'local', 1, 0)").run(),
    ).toThrow(/first-level/);
    expect(() => db.prepare("DELETE FROM accounts WHERE code = '50105'").run()).toThrow(/removed/);
    expect(() => db.prepare("UPDATE accounts SET name = '福利费' WHERE code = '50105'").run()).toThrow(/cannot change/);
    expect(() => db.prepare("UPDATE accounts SET enabled = 0 WHERE code = '102'").run()).toThrow(/disabled/);
  });

  it('allows a local sub-account below a prescribed one and renaming it', () => {
    const db = freshDb();
    db.prepare("INSERT INTO accounts VALUES ('10201', '工商银行', 'asset', '102', 'debit', 'local', 1, 0)").run();
    db.prepare("UPDATE accounts SET name = '工商银行营业部' WHERE code = '10201'").run();
    expect(db.prepare("SELECT name FROM accounts WHERE code = '10201'").get()).toEqual({ name: '工商银行营业部' });
    expect(() =>
      db.prepare("INSERT INTO accounts VALUES ('10299', 'x', 'asset', '101', 'debit', 'local', 1, 0)").run(),
    ).toThrow(/CHECK/);
  });

  it('records the chart version and the 2009 mapping', () => {
    const db = freshDb();
    expect(db.prepare("SELECT value FROM ledger_meta WHERE key = 'chart_version'").get()).toEqual({ value: '2021' });
    // 503 meant 业务支出 in 2009 and maps to 505; 221 应付上级经费 maps to 211.
    expect(db.prepare("SELECT maps_to FROM chart_2009 WHERE code = '50301'").get()).toEqual({ maps_to: '50501' });
    expect(db.prepare("SELECT maps_to FROM chart_2009 WHERE code = '221'").get()).toEqual({ maps_to: '211' });
    const orphans = db
      .prepare(
        'SELECT count(*) AS n FROM chart_2009 m LEFT JOIN accounts a ON a.code = m.maps_to WHERE m.maps_to IS NOT NULL AND a.code IS NULL',
      )
      .get();
    expect(orphans).toEqual({ n: 0 });
  });
});
