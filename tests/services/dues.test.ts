import { describe, expect, it } from 'vitest';
import { call, createTestApp, ok } from '../helpers/app';
import { dumpTables } from '../helpers/ledger-db';
import type { App } from '../../electron/app/compose';

const db = (app: App) => app.context.library.db;

/** Members of a month counted straight from the tables, with the base in force (latest dues_bases row ≤ month). */
function eligible(app: App, period: string) {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const last = `${period}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  return db(app)
    .prepare(
      `SELECT m.id, m.member_no AS no,
         (SELECT b.base_cents FROM dues_bases b WHERE b.member_id = m.id AND b.period <= ?
          ORDER BY b.period DESC LIMIT 1) AS base
       FROM members m WHERE m.join_date <= ? AND (m.leave_date IS NULL OR m.leave_date >= ?) ORDER BY m.id`,
    )
    .all(period, last, `${period}-01`) as { id: number; no: string; base: number }[];
}

/** 0.5% of the base with the tail below 10 yuan (1000 fen) dropped, half up, in integers: (c × 5 + 500) div 1000. */
const dues = (base: number) => Math.floor(((base - (base % 1000)) * 5 + 500) / 1000);

const count = (app: App, table: string) =>
  (db(app).prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function assessedRow(app: App, period: string, memberNo: string) {
  const page = await ok(app, 'dues.assessments', { period, offset: 0, limit: 5, search: memberNo });
  return page.rows.find((r) => r.memberNo === memberNo);
}

describe('dues assessment (demo roster, fixed clock 2025-03-31)', () => {
  it('assesses every member of the month; count and total match an independent computation', async () => {
    const app = createTestApp();
    const summary = await ok(app, 'dues.assess', { period: '2025-03' });
    const expected = eligible(app, '2025-03');
    expect(expected.length).toBeGreaterThan(250);
    expect(summary.members).toBe(expected.length);
    expect(summary.exempt).toBe(0);
    expect(summary.totalCents).toBe(expected.reduce((s, m) => s + dues(m.base), 0));
    expect(summary.terms).toMatchObject({ rate: '0.005', ignoreBelowYuan: 10 });

    // every stored row agrees with the integer computation, and the page is paged in SQL
    const rows = db(app)
      .prepare(
        'SELECT member_id AS id, base_cents AS base, amount_cents AS amount FROM dues_assessments WHERE period = ?',
      )
      .all('2025-03') as { id: number; base: number; amount: number }[];
    const byId = new Map(expected.map((m) => [m.id, m.base]));
    for (const r of rows) expect([r.base, r.amount]).toEqual([byId.get(r.id), dues(byId.get(r.id)!)]);
    const page = await ok(app, 'dues.assessments', { period: '2025-03', offset: 10, limit: 5 });
    expect(page.rows).toHaveLength(5);
    expect(page.total).toBe(expected.length);
    expect(page.totals).toMatchObject({
      amountCents: summary.totalCents,
      paidCents: 0,
      arrearsCents: summary.totalCents,
    });
    expect(page.rows[0]!.rule).toMatch(/× 0\.5% = [\d,]+\.\d{2} 元$/);
    expect(page.rows[0]!.ruleEn).toMatch(/× 0\.5% = [\d,]+\.\d{2} yuan$/);
    expect(page.rows[0]!.arrearsCents).toBe(page.rows[0]!.amountCents);
  });

  it('re-assessing an uncollected month is idempotent: same summary, same rows', async () => {
    const app = createTestApp();
    const rowsOf = () =>
      db(app)
        .prepare(
          `SELECT member_id, period, base_cents, counted_base_cents, rate, amount_cents, exempt_reason, rule
           FROM dues_assessments ORDER BY member_id`,
        )
        .all();
    const first = await ok(app, 'dues.assess', { period: '2025-03' });
    const rows = rowsOf();
    const again = await ok(app, 'dues.assess', { period: '2025-03' });
    expect(again).toEqual(first);
    expect(rowsOf()).toEqual(rows);
  });

  it('counts a member who joins on the last day and one who leaves on the first day, not one who left before', async () => {
    const app = createTestApp();
    const groupId = (await ok(app, 'groups.list', {}))[0]!.id;
    const form = (memberNo: string, joinDate: string, duesBase: string) => ({
      memberNo,
      name: `边界${memberNo}`,
      gender: 'F' as const,
      groupId,
      joinDate,
      duesBase,
    });
    await ok(app, 'members.create', form('B-LAST', '2025-03-31', '8,567.89'));
    await ok(app, 'members.create', form('B-NEXT', '2025-04-01', '5000'));
    const first = await ok(app, 'members.create', form('B-FIRST', '2020-05-01', '3,005.00'));
    await ok(app, 'members.leave', { id: first.id, leaveDate: '2025-03-01' });
    const gone = await ok(app, 'members.create', form('B-GONE', '2020-05-01', '4000'));
    await ok(app, 'members.leave', { id: gone.id, leaveDate: '2025-02-28' });

    await ok(app, 'dues.assess', { period: '2025-03' });
    expect((await assessedRow(app, '2025-03', 'B-LAST'))?.amountCents).toBe(4_280);
    expect((await assessedRow(app, '2025-03', 'B-FIRST'))?.amountCents).toBe(1_500);
    expect(await assessedRow(app, '2025-03', 'B-NEXT')).toBeUndefined();
    expect(await assessedRow(app, '2025-03', 'B-GONE')).toBeUndefined();
    expect((await assessedRow(app, '2025-03', 'B-LAST'))?.rule).toBe(
      '8,567.89 元 → 尾数不足10元不计 → 8,560.00 元 × 0.5% = 42.80 元',
    );
  });
});

describe('dues collection and arrears', () => {
  it('collects by payroll deduction: one balanced voucher Dr 102 / Cr 401, and the arrears drop to zero', async () => {
    const app = createTestApp();
    const s = await ok(app, 'dues.assess', { period: '2025-03' });
    const batch = await ok(app, 'dues.collect', { date: '2025-03-25', method: 'payroll', period: '2025-03' });
    expect([batch.totalCents, batch.members, batch.method, batch.period]).toEqual([
      s.totalCents,
      s.members,
      'payroll',
      '2025-03',
    ]);
    const paidRows = db(app)
      .prepare('SELECT count(*) AS n, sum(amount_cents) AS sum FROM dues_payments WHERE batch_id = ?')
      .get(batch.id);
    expect(paidRows).toEqual({ n: s.members, sum: s.totalCents });

    const v = await ok(app, 'vouchers.get', { id: batch.voucherId });
    expect(v.status).toBe('posted');
    expect(v.source).toBe('dues');
    expect(v.summary).toBe(`收2025年3月会费（工资代扣，${s.members}人）`);
    expect(v.lines.map((l) => [l.accountCode, l.debitCents, l.creditCents])).toEqual([
      ['102', s.totalCents, 0],
      ['401', 0, s.totalCents],
    ]);
    const tb = await ok(app, 'ledger.trialBalance', { from: '2025-03', to: '2025-03' });
    expect(tb.balanced).toBe(true);
    expect(tb.rows.find((r) => r.code === '401')!.periodCreditCents).toBe(batch.totalCents);
    expect(tb.rows.find((r) => r.code === '102')!.periodDebitCents).toBe(batch.totalCents);

    const arrears = await ok(app, 'dues.arrears', { period: '2025-03' });
    expect([arrears.total, arrears.totalCents, arrears.members, arrears.months]).toEqual([0, 0, 0, []]);
    const page = await ok(app, 'dues.assessments', { period: '2025-03', offset: 0, limit: 500, onlyArrears: true });
    expect(page.rows).toEqual([]);

    // nothing left to collect; and the collected month can no longer be re-assessed
    const nothing = await call(app, 'dues.collect', { date: '2025-03-26', method: 'cash', period: '2025-03' });
    expect(!nothing.ok && nothing.error.code).toBe('RULE_VIOLATION');
    const reassess = await call(app, 'dues.assess', { period: '2025-03' });
    expect(!reassess.ok && [reassess.error.code, reassess.error.messageEn]).toEqual([
      'CONFLICT',
      'Dues for 2025-03 have already been collected; the month cannot be reassessed',
    ]);

    // the year's batch list (the dues screen's 收缴批次) shows it; another year does not
    expect(await ok(app, 'dues.batches', { year: 2025 })).toEqual([batch]);
    expect(await ok(app, 'dues.batches', { year: 2024 })).toEqual([]);
  });

  it('collects chosen members in cash (Dr 101); the others stay in arrears per member and month', async () => {
    const app = createTestApp();
    const feb = await ok(app, 'dues.assess', { period: '2025-02' });
    const mar = await ok(app, 'dues.assess', { period: '2025-03' });
    const firstThree = (await ok(app, 'dues.assessments', { period: '2025-02', offset: 0, limit: 3 })).rows;
    const chosen = firstThree.map((r) => r.memberId);
    const paid = firstThree.reduce((x, r) => x + r.amountCents, 0);
    const batch = await ok(app, 'dues.collect', {
      date: '2025-02-27',
      method: 'cash',
      period: '2025-02',
      memberIds: [...chosen, chosen[0]!], // a repeated id counts once
      note: '补交',
    });
    expect([batch.members, batch.totalCents, batch.note]).toEqual([3, paid, '补交']);
    const tb = await ok(app, 'ledger.trialBalance', { from: '2025-02', to: '2025-02' });
    expect(tb.rows.find((r) => r.code === '101')!.periodDebitCents).toBe(paid);
    expect(tb.rows.find((r) => r.code === '401')!.periodCreditCents).toBe(paid);

    const year = await ok(app, 'dues.arrears', { year: 2025, offset: 0, limit: 10 });
    expect(year.totalCents).toBe(feb.totalCents - paid + mar.totalCents);
    expect(year.months).toEqual([
      { period: '2025-02', members: feb.members - 3, arrearsCents: feb.totalCents - paid },
      { period: '2025-03', members: mar.members, arrearsCents: mar.totalCents },
    ]);
    expect(year.rows).toHaveLength(10);
    expect(year.total).toBe(feb.members - 3 + mar.members);
    const one = await ok(app, 'dues.arrears', { memberId: chosen[0]! });
    expect(one.rows.map((r) => r.period)).toEqual(['2025-03']); // paid February, owes March
    expect(one.rows[0]!.arrearsCents).toBe(one.rows[0]!.assessedCents);

    const summary = await ok(app, 'dues.summary', { year: 2025 });
    expect(summary[1]).toMatchObject({
      period: '2025-02',
      assessedCents: feb.totalCents,
      collectedCents: paid,
      arrearsCents: feb.totalCents - paid,
    });
    // collection rate = paid / assessed to 4 places, half up, recomputed in integers: round(paid × 10^4 / assessed)
    const expectedRate = Math.floor((paid * 10_000 * 2 + feb.totalCents) / (2 * feb.totalCents));
    expect(summary[1]!.collectionRate).toBe((expectedRate / 10_000).toFixed(4));
    expect(summary[0]!.collectionRate).toBeNull();

    // the rest of February by transfer (Dr 102); a member already paid cannot be chosen again
    const again = await call(app, 'dues.collect', {
      date: '2025-03-05',
      method: 'transfer',
      period: '2025-02',
      memberIds: [chosen[0]!],
    });
    expect(!again.ok && again.error.issues?.[0]?.path).toEqual(['memberIds']);
    const rest = await ok(app, 'dues.collect', { date: '2025-03-05', method: 'transfer', period: '2025-02' });
    expect(rest.totalCents).toBe(feb.totalCents - paid);
    expect((await ok(app, 'dues.summary', { year: 2025 }))[1]!.collectionRate).toBe('1.0000');
  });

  it('refuses to collect a month not assessed, a collection dated before the month, and an empty batch', async () => {
    const app = createTestApp();
    const before = dumpTables(db(app));
    const notAssessed = await call(app, 'dues.collect', { date: '2025-03-25', method: 'payroll', period: '2025-03' });
    expect(!notAssessed.ok && notAssessed.error.code).toBe('RULE_VIOLATION');
    expect(dumpTables(db(app))).toEqual(before);
    await ok(app, 'dues.assess', { period: '2025-03' });
    const early = await call(app, 'dues.collect', { date: '2025-02-28', method: 'payroll', period: '2025-03' });
    expect(!early.ok && [early.error.code, early.error.issues?.[0]?.path]).toEqual(['VALIDATION', ['date']]);
    const empty = await call(app, 'dues.collect', {
      date: '2025-03-25',
      method: 'cash',
      period: '2025-03',
      memberIds: [],
    });
    expect(!empty.ok && empty.error.code).toBe('VALIDATION');
    const stranger = await call(app, 'dues.collect', {
      date: '2025-03-25',
      method: 'cash',
      period: '2025-03',
      memberIds: [999_999],
    });
    expect(!stranger.ok && stranger.error.code).toBe('RULE_VIOLATION');
    expect([count(app, 'dues_batches'), count(app, 'dues_payments'), count(app, 'vouchers')]).toEqual([0, 0, 0]);
  });
});

describe('closed months, exemptions, base history, dated rate', () => {
  it('refuses to re-assess or collect into a closed month; arrears of a closed month are collected later', async () => {
    const app = createTestApp();
    const jan = await ok(app, 'dues.assess', { period: '2025-01' });
    const some = (await ok(app, 'dues.assessments', { period: '2025-01', offset: 0, limit: 10 })).rows;
    await ok(app, 'dues.collect', {
      date: '2025-01-25',
      method: 'payroll',
      period: '2025-01',
      memberIds: some.map((r) => r.memberId),
    });
    await ok(app, 'periods.close', { period: '2025-01' }); // everything in January is posted
    const before = dumpTables(db(app));

    const reassess = await call(app, 'dues.assess', { period: '2025-01' });
    expect(!reassess.ok && reassess.error.code).toBe('PERIOD_CLOSED');
    const intoClosed = await call(app, 'dues.collect', { date: '2025-01-31', method: 'cash', period: '2025-01' });
    expect(!intoClosed.ok && intoClosed.error.code).toBe('PERIOD_CLOSED');
    const rate = await call(app, 'parameters.add', {
      key: 'dues.rate',
      effectiveFrom: '2025-01-01',
      value: '0.004',
      document: '测试文件',
    });
    expect(!rate.ok && rate.error.code).toBe('PERIOD_CLOSED');
    expect(dumpTables(db(app))).toEqual(before);

    const late = await ok(app, 'dues.collect', { date: '2025-02-10', method: 'cash', period: '2025-01' });
    const paidFirst = some.reduce((x, r) => x + r.amountCents, 0);
    expect(late.totalCents).toBe(jan.totalCents - paidFirst);
    expect(late.voucherLabel).toMatch(/^记-2025-02-/);
    expect((await ok(app, 'dues.arrears', { period: '2025-01' })).totalCents).toBe(0);
  });

  it('an exempt member owes 0 with the reason; exemptions cannot overlap or cover paid months', async () => {
    const app = createTestApp();
    const plain = await ok(app, 'dues.assess', { period: '2025-03' });
    const owed = (await assessedRow(app, '2025-03', 'GH0001'))!.amountCents;
    const ex = await ok(app, 'dues.exemptions.add', {
      memberId: 1,
      fromPeriod: '2025-01',
      toPeriod: '2025-06',
      reason: '长期病休',
    });
    expect(ex).toMatchObject({ memberNo: 'GH0001', fromPeriod: '2025-01', toPeriod: '2025-06', reason: '长期病休' });
    const s = await ok(app, 'dues.assess', { period: '2025-03' });
    expect([s.exempt, s.members, s.totalCents]).toEqual([1, plain.members, plain.totalCents - owed]);
    const row = (await assessedRow(app, '2025-03', 'GH0001'))!;
    expect([row.amountCents, row.exemptReason, row.arrearsCents]).toEqual([0, '长期病休', 0]);
    expect(row.rule).toMatch(/^免缴：长期病休（不免时：.* = [\d,]+\.\d{2} 元）$/);
    // July is outside the range
    await ok(app, 'dues.assess', { period: '2025-07' });
    expect((await assessedRow(app, '2025-07', 'GH0001'))!.exemptReason).toBeNull();

    const overlap = await call(app, 'dues.exemptions.add', { memberId: 1, fromPeriod: '2025-06', reason: '退休' });
    expect(!overlap.ok && overlap.error.code).toBe('CONFLICT');
    await ok(app, 'dues.collect', { date: '2025-03-25', method: 'payroll', period: '2025-03' });
    const paid = await call(app, 'dues.exemptions.add', { memberId: 2, fromPeriod: '2025-03', reason: '困难' });
    expect(!paid.ok && paid.error.issues?.[0]?.path).toEqual(['fromPeriod']);
    const backwards = await call(app, 'dues.exemptions.add', {
      memberId: 2,
      fromPeriod: '2025-05',
      toPeriod: '2025-04',
      reason: '困难',
    });
    expect(!backwards.ok && backwards.error.issues?.[0]?.path).toEqual(['toPeriod']);
    expect(await ok(app, 'dues.exemptions.list', {})).toHaveLength(1);
    expect(await ok(app, 'dues.exemptions.list', { memberId: 2 })).toEqual([]);
  });

  it('keeps base history: a new base from April leaves March unchanged; a collected month cannot be rebased', async () => {
    const app = createTestApp();
    const march = await ok(app, 'dues.assess', { period: '2025-03' });
    const marchRow = (await assessedRow(app, '2025-03', 'GH0002'))!;
    await ok(app, 'dues.assess', { period: '2025-04' });
    const set = await ok(app, 'dues.setBase', { memberId: 2, period: '2025-04', base: '20,005.50' });
    expect(set).toEqual({
      memberId: 2,
      period: '2025-04',
      baseCents: 2_000_550,
      previousBaseCents: marchRow.baseCents,
      reassess: ['2025-04'],
    });
    expect(await ok(app, 'dues.assess', { period: '2025-03' })).toEqual(march);
    expect(await assessedRow(app, '2025-03', 'GH0002')).toEqual(marchRow);
    await ok(app, 'dues.assess', { period: '2025-04' });
    const april = (await assessedRow(app, '2025-04', 'GH0002'))!;
    expect([april.baseCents, april.countedBaseCents, april.amountCents]).toEqual([2_000_550, 2_000_000, 10_000]);
    const history = db(app)
      .prepare('SELECT period, base_cents AS b FROM dues_bases WHERE member_id = 2 ORDER BY period')
      .all() as { period: string; b: number }[];
    expect(history.at(-1)).toEqual({ period: '2025-04', b: 2_000_550 });
    expect(history.length).toBeGreaterThanOrEqual(2);
    const log = db(app).prepare("SELECT count(*) AS n FROM change_log WHERE method = 'dues.setBase'").get();
    expect(log).toEqual({ n: 1 });

    await ok(app, 'dues.collect', { date: '2025-03-25', method: 'payroll', period: '2025-03' });
    const rebase = await call(app, 'dues.setBase', { memberId: 2, period: '2025-03', base: '1000' });
    expect(!rebase.ok && rebase.error.code).toBe('CONFLICT');
  });

  it('follows a dated rate change: from April 0.4%, March keeps 0.5%; no change from a collected month', async () => {
    const app = createTestApp();
    const march = await ok(app, 'dues.assess', { period: '2025-03' });
    const added = await ok(app, 'parameters.add', {
      key: 'dues.rate',
      effectiveFrom: '2025-04-01',
      value: '0.004',
      document: '示例：某省总工会通知',
    });
    expect(added).toMatchObject({ key: 'dues.rate', value: '0.004', effectiveFrom: '2025-04-01' });
    const list = await ok(app, 'parameters.list', { key: 'dues.rate', asOf: '2025-04-15' });
    expect(list.rows.map((r) => [r.value, r.inForce])).toEqual([
      ['0.005', false],
      ['0.004', true],
    ]);
    expect((await ok(app, 'parameters.list', { key: 'dues.rate' })).rows.find((r) => r.inForce)?.value).toBe(
      '0.005', // today is 2025-03-31
    );

    expect(await ok(app, 'dues.assess', { period: '2025-03' })).toEqual(march);
    const april = await ok(app, 'dues.assess', { period: '2025-04' });
    expect([april.terms.rate, april.terms.rateParamId]).toEqual(['0.004', added.id]);
    // 0.4% of the counted base, half up, in integers: (c × 4 + 500) div 1000
    const expected = eligible(app, '2025-04').reduce(
      (s, m) => s + Math.floor(((m.base - (m.base % 1000)) * 4 + 500) / 1000),
      0,
    );
    expect(april.totalCents).toBe(expected);
    expect((await ok(app, 'dues.terms', { date: '2025-03-31' })).rate).toBe('0.005');

    // March collected: a rate from March 1 (or any day of February after the 1st) would contradict it
    await ok(app, 'dues.collect', { date: '2025-03-25', method: 'payroll', period: '2025-03' });
    for (const effectiveFrom of ['2025-03-01', '2025-02-15']) {
      const r = await call(app, 'parameters.add', { key: 'dues.rate', effectiveFrom, value: '0.006', document: 'x' });
      expect(!r.ok && r.error.code, effectiveFrom).toBe('CONFLICT');
    }
  });

  it('refuses invalid input with VALIDATION and writes nothing', async () => {
    const app = createTestApp();
    await ok(app, 'dues.assess', { period: '2025-03' });
    const before = dumpTables(db(app));
    const cases: [string, unknown, (string | number)[] | null][] = [
      ['dues.assess', { period: '2025-13' }, ['period']],
      ['dues.assess', { period: '2025-3' }, ['period']],
      ['dues.setBase', { memberId: 2, period: '2025-04', base: '1.234' }, ['base']],
      ['dues.setBase', { memberId: 2, period: '2025-04', base: '-100' }, ['base']],
      ['dues.setBase', { memberId: 2, period: '2025-04', base: 'abc' }, ['base']],
      ['dues.setBase', { memberId: 999_999, period: '2025-04', base: '100' }, ['memberId']],
      ['dues.setBase', { memberId: 2, period: '1999-01', base: '100' }, ['period']],
      ['dues.collect', { date: '2025-02-30', method: 'payroll', period: '2025-03' }, ['date']],
      ['dues.collect', { date: '2025-03-25', method: 'cheque', period: '2025-03' }, ['method']],
      ['dues.exemptions.add', { memberId: 1, fromPeriod: '2025-03', reason: '   ' }, ['reason']],
      ['dues.exemptions.add', { memberId: 999_999, fromPeriod: '2025-03', reason: '病休' }, ['memberId']],
      ['dues.assessments', { period: '2025-03', offset: 0, limit: 501 }, ['limit']],
      ['dues.arrears', { year: 2025, period: '2024-03' }, ['period']],
      ['parameters.add', { key: 'dues.rate', effectiveFrom: '2025-04-01', value: '0.5%', document: 'x' }, ['value']],
      ['parameters.add', { key: 'dues.rate', effectiveFrom: '2025-04-01', value: '0.004' }, ['document']],
      ['parameters.add', { key: 'Dues Rate', effectiveFrom: '2025-04-01', value: '1', document: 'x' }, ['key']],
      [
        'parameters.add',
        { key: 'dues.ignore_below_yuan', effectiveFrom: '2025-04-01', value: '10.5', document: 'x' },
        ['value'],
      ],
    ];
    for (const [method, input, path] of cases) {
      const r = await app.dispatch(method, input, { user: 'tester' });
      expect(r.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (r.ok) continue;
      expect(r.error.code, `${method} ${JSON.stringify(input)}`).toBe('VALIDATION');
      expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
      if (path) expect(r.error.issues?.[0]?.path, `${method} ${JSON.stringify(input)}`).toEqual(path);
    }
    expect(dumpTables(db(app))).toEqual(before);
  });

  it('logs every change in the hash-chained change log', async () => {
    const app = createTestApp();
    const n = () => count(app, 'change_log');
    const start = n();
    await ok(app, 'dues.assess', { period: '2025-03' });
    await ok(app, 'dues.assess', { period: '2025-03' });
    await ok(app, 'dues.collect', { date: '2025-03-25', method: 'payroll', period: '2025-03' });
    await ok(app, 'dues.exemptions.add', { memberId: 1, fromPeriod: '2025-04', reason: '病休' });
    await ok(app, 'parameters.add', { key: 'dues.rate', effectiveFrom: '2025-05-01', value: '0.004', document: 'x' });
    const methods = (
      db(app)
        .prepare('SELECT method FROM change_log ORDER BY seq DESC LIMIT ?')
        .all(n() - start) as { method: string }[]
    )
      .map((r) => r.method)
      .reverse();
    expect(methods).toEqual([
      'dues.assess',
      'dues.assess',
      'vouchers.post.dues',
      'dues.collect',
      'dues.exemptions.add',
      'parameters.add',
    ]);
    expect((await ok(app, 'changeLog.verify', {})).ok).toBe(true);
  });
});
