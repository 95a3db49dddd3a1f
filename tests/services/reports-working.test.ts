import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../electron/app/compose';
import type { Db } from '../../db/connection';
import type { ReportPart } from '../../electron/contract/reports';
import { amountInWords } from '../../electron/domain/amount-words';
import { createTestApp, ok } from '../helpers/app';
import { cell, money, part, rawBalance, rawNet } from '../helpers/reports';

const Y = 2024;
let app: App;
let db: Db;
beforeAll(() => {
  app = createTestApp({ demoBooks: true });
  db = app.context.library.db;
});

const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
const rowsOf = (p: ReportPart, style = 'normal') => p.rows.filter((r) => r.style === style);
const col = (p: ReportPart, key: string) => p.columns.findIndex((c) => c.key === key);

describe('会费收缴情况表', () => {
  it('by month: assessed, paid and arrears equal the dues records; collection posted equals 401', async () => {
    const doc = await ok(app, 'reports.get', { kind: 'dues-by-month', year: Y });
    const p = part(doc, 'dues-by-month');
    const lines = rowsOf(p);
    expect(lines).toHaveLength(12);
    for (let m = 1; m <= 12; m++) {
      const period = `${Y}-${String(m).padStart(2, '0')}`;
      const ref = one<{ assessed: number; n: number }>(
        'SELECT sum(amount_cents) AS assessed, count(*) AS n FROM dues_assessments WHERE period = ?',
        period,
      );
      const paid = one<{ c: number }>(
        'SELECT coalesce(sum(amount_cents), 0) AS c FROM dues_payments WHERE period = ?',
        period,
      ).c;
      const r = lines[m - 1]!;
      expect(r.cells[0]).toBe(`${m}月`);
      expect(r.cells[col(p, 'members')]).toBe(ref.n);
      expect(r.cells[col(p, 'assessed')]).toBe(ref.assessed);
      expect(r.cells[col(p, 'paid')]).toBe(paid);
      expect(r.cells[col(p, 'arrears')]).toBe(ref.assessed - paid);
    }
    // June: three members left unpaid; December: assessed, not collected yet.
    expect(lines[5]!.cells[col(p, 'arrearsMembers')]).toBe(3);
    expect(lines[11]!.cells[col(p, 'paid')]).toBe(0);
    expect(lines[11]!.cells[col(p, 'rate')]).toBe('0.00');
    expect(lines[0]!.cells[col(p, 'rate')]).toBe('100.00');
    expect(p.ties).toHaveLength(1);
    expect(p.ties[0]).toMatchObject({ ok: true, rightCents: rawNet(db, '401', `${Y}-01-01`, `${Y}-12-31`) });
  });

  it('by group and by member add up to the same totals; members in arrears list their months', async () => {
    const byMonth = part(await ok(app, 'reports.get', { kind: 'dues-by-month', year: Y }), 'dues-by-month');
    const byGroup = part(await ok(app, 'reports.get', { kind: 'dues-by-group', year: Y }), 'dues-by-group');
    const byMember = part(await ok(app, 'reports.get', { kind: 'dues-by-member', year: Y }), 'dues-by-member');
    const total = (p: ReportPart, key: string) => p.rows.find((r) => r.style === 'total')!.cells[col(p, key)];
    for (const key of ['assessed', 'paid', 'arrears']) {
      expect(total(byGroup, key)).toBe(total(byMonth, key));
      expect(total(byMember, key)).toBe(total(byMonth, key));
    }
    expect(rowsOf(byGroup)).toHaveLength(6);
    const groupMembers = one<{ n: number }>(
      `SELECT count(DISTINCT a.member_id) AS n FROM dues_assessments a JOIN members m ON m.id = a.member_id
       WHERE a.period LIKE ? AND m.group_id = (SELECT id FROM member_groups ORDER BY id LIMIT 1)`,
      `${Y}-%`,
    ).n;
    expect(rowsOf(byGroup)[0]!.cells[col(byGroup, 'members')]).toBe(groupMembers);
    const members = byMember.rows.filter((r) => r.style === 'normal');
    const june = members.filter((r) => String(r.cells[col(byMember, 'arrearsMonths')]).includes('6月'));
    expect(june).toHaveLength(3);
    for (const r of june) {
      expect(r.cells[col(byMember, 'arrearsMonths')]).toBe('6月、12月');
      expect(r.tone).toBe('warn');
    }
    // One month only: June's arrears are the three members'.
    const juneOnly = part(
      await ok(app, 'reports.get', { kind: 'dues-by-member', year: Y, month: 6 }),
      'dues-by-member',
    );
    expect(juneOnly.rows.filter((r) => r.tone === 'warn')).toHaveLength(3);
    expect(juneOnly.period).toBe(`${Y}年6月`);
  });
});

describe('经费拨缴及上解情况表', () => {
  it('per month: received equals the receipts, the August shortfall is flagged, retained equals 402', async () => {
    const p = part(await ok(app, 'reports.get', { kind: 'allocation', year: Y }), 'allocation');
    const months = p.rows.filter((r) => r.style === 'normal');
    expect(months).toHaveLength(12);
    for (let m = 1; m <= 12; m++) {
      const period = `${Y}-${String(m).padStart(2, '0')}`;
      const received = one<{ c: number }>(
        'SELECT coalesce(sum(amount_cents), 0) AS c FROM allocation_receipts WHERE period = ?',
        period,
      ).c;
      expect(months[m - 1]!.cells[col(p, 'received')]).toBe(received);
    }
    expect(months[7]!.cells[col(p, 'flags')]).toContain('少缴');
    expect(months[7]!.tone).toBe('warn');
    expect(p.ties[0]).toMatchObject({ ok: true, rightCents: rawNet(db, '402', `${Y}-01-01`, `${Y}-12-31`) });
    expect(p.columns.filter((c) => c.group === '上解上级').map((c) => c.header)).toEqual([
      '应上解（211）',
      '已上解',
      '未上解',
    ]);
  });
});

describe('books', () => {
  it('科目余额表: totals equal the posted lines and debits equal credits', async () => {
    const p = part(await ok(app, 'reports.get', { kind: 'trial-balance', year: Y }), 'trial-balance');
    const t = p.rows.find((r) => r.style === 'total')!;
    const moved = one<{ d: number; c: number }>(
      `SELECT sum(l.debit_cents) AS d, sum(l.credit_cents) AS c FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
       WHERE v.status = 'posted' AND v.date BETWEEN ? AND ?`,
      `${Y}-01-01`,
      `${Y}-12-31`,
    );
    expect(t.cells[col(p, 'pd')]).toBe(moved.d);
    expect(t.cells[col(p, 'pc')]).toBe(moved.c);
    expect(p.ties.every((x) => x.ok)).toBe(true);
    expect(cell(p, '102', 'cd', 'code')).toBe(rawBalance(db, '102', `${Y}-12-31`));
    expect(p.rows.find((r) => r.cells[0] === '50105')!.indent).toEqual({ name: 1 });
  });

  it('总账 102: each month totals the posted lines and the balance runs to the year end', async () => {
    const doc = await ok(app, 'reports.get', { kind: 'general-ledger', year: Y, accountCode: '102' });
    expect(doc.parts).toHaveLength(1);
    const p = doc.parts[0]!;
    expect(p.meta).toEqual([{ label: '会计科目', value: '102 银行存款' }]);
    const march = p.rows.find((r) => r.cells[1] === '3月 本月合计')!;
    const ref = one<{ d: number; c: number }>(
      `SELECT sum(l.debit_cents) AS d, sum(l.credit_cents) AS c FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
       WHERE v.status = 'posted' AND v.period = ? AND l.account_code = '102'`,
      `${Y}-03`,
    );
    expect([march.cells[2], march.cells[3]]).toEqual([ref.d, ref.c]);
    const last = p.rows.at(-1)!;
    expect(last.cells[1]).toMatch(/本年累计$/);
    expect(last.cells[4]).toBe('借');
    expect(last.cells[5]).toBe(rawBalance(db, '102', `${Y}-12-31`));
  });

  it('明细账 for one month: opening, every posting with a running balance, 本月合计 and 本年累计', async () => {
    const doc = await ok(app, 'reports.get', { kind: 'subsidiary-ledger', year: Y, month: 3, accountCode: '102' });
    const p = doc.parts[0]!;
    expect(p.rows[0]!.cells.slice(2, 3)).toEqual(['期初余额']);
    expect(p.rows[0]!.cells[6]).toBe(rawBalance(db, '102', `${Y}-02-29`));
    const postings = p.rows.filter((r) => r.style === 'normal');
    const n = one<{ n: number }>(
      `SELECT count(*) AS n FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
       WHERE v.status = 'posted' AND v.period = ? AND l.account_code = '102'`,
      `${Y}-03`,
    ).n;
    expect(postings).toHaveLength(n);
    expect(postings.at(-1)!.cells[6]).toBe(rawBalance(db, '102', `${Y}-03-31`));
    const ytd = p.rows.find((r) => r.cells[2] === '本年累计')!;
    expect(ytd.cells[3]).toBe(
      one<{ d: number }>(
        `SELECT sum(l.debit_cents) AS d FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
         WHERE v.status = 'posted' AND v.date <= ? AND v.date >= ? AND l.account_code = '102'`,
        `${Y}-03-31`,
        `${Y}-01-01`,
      ).d,
    );
  });

  it('记账凭证: each posted voucher of the month with the amount in capitals and the signature lines', async () => {
    const doc = await ok(app, 'reports.get', { kind: 'vouchers', year: Y, month: 1 });
    const n = one<{ n: number }>(
      "SELECT count(*) AS n FROM vouchers WHERE status = 'posted' AND period = ?",
      `${Y}-01`,
    ).n;
    expect(doc.parts).toHaveLength(n);
    expect(doc.sheets).toBe('single');
    const draw = doc.parts.find((x) => x.rows.some((r) => r.cells[0] === '提取现金备用金'))!;
    const total = draw.rows.at(-1)!;
    expect(total.cells).toEqual(['合计', `（大写）${amountInWords(2_000_000)}`, 2_000_000, 2_000_000]);
    expect(total.cells[1]).toBe('（大写）贰万元整');
    expect(draw.signatures.map((s) => s.label)).toEqual(['会计主管', '记账', '审核', '出纳', '制单']);
    expect(draw.signatures.map((s) => s.name)).toEqual([null, '李出纳', '李出纳', null, '王会计']);
    expect(draw.rows.filter((r) => r.cells[1] === '101 库存现金')).toHaveLength(1);
    const one1 = await ok(app, 'reports.get', { kind: 'vouchers', year: Y, voucherId: Number(draw.id.slice(8)) });
    expect(one1.parts).toHaveLength(1);
    expect(one1.period).toMatch(/^记-2024-01-\d{4}$/);
  });
});

describe('budget reports', () => {
  it('年度收支预算表: the approved budget, grouped, and every version with its approvals', async () => {
    const doc = await ok(app, 'reports.get', { kind: 'budget', year: Y });
    const p = part(doc, 'budget');
    expect(cell(p, '收入预算合计', 'adjusted')).toBe(176_300_000);
    expect(cell(p, '支出预算合计', 'adjusted')).toBe(137_000_000);
    expect(cell(p, '三、预算收支差额', 'adjusted')).toBe(176_300_000 - 137_000_000);
    expect(cell(p, '职工活动支出', 'adjusted')).toBe(6_000_000 + 15_000_000 + 3_000_000 + 90_000_000);
    const v = part(doc, 'budget-versions');
    expect(v.rows).toHaveLength(1);
    expect(v.rows[0]!.cells).toContain(`${Y}-01-20 上级工会批复〔${Y}〕3号`);
  });

  it('an approved adjustment shows as 调整数 against the original', async () => {
    const local = createTestApp({ demoBooks: true });
    const before = await ok(local, 'budgets.list', { year: Y });
    const v1 = await ok(local, 'budgets.get', { id: before[0]!.id });
    const lines = v1.lines.map((l) => ({
      accountCode: l.accountCode,
      spendingKind: l.spendingKind,
      projectId: l.projectId,
      amount: l.accountCode === '50501' ? '55000' : String(l.amountCents / 100),
    }));
    const adj = await ok(local, 'budgets.adjust', { year: Y, note: '年中调整：增加培训', lines });
    for (const body of ['union_committee', 'review_committee', 'higher_union'] as const)
      await ok(local, 'budgets.approve', { id: adj.id, body, approvedDate: `${Y}-07-0${body.length % 9 || 1}` });
    const p = part(await ok(local, 'reports.get', { kind: 'budget', year: Y }), 'budget');
    const training = p.rows.find((r) => r.cells[0] === '50501')!;
    expect(training.cells.slice(4)).toEqual([4_000_000, 1_500_000, 5_500_000]);
    expect(p.notes[0]).toContain('第 2 版');
    expect(part(await ok(local, 'reports.get', { kind: 'budget', year: Y }), 'budget-versions').rows).toHaveLength(2);
  });

  it('预算执行情况表: actual per line equals the posted lines; unbudgeted spending is marked', async () => {
    const local = createTestApp({ demoBooks: true });
    await ok(local, 'claims.create', {
      date: `${Y}-12-12`,
      accountCode: '50104',
      summary: '劳模疗休养补助',
      payee: '示例旅行社',
      amount: '3000',
      paymentForm: 'bank_transfer',
    });
    const ldb = local.context.library.db;
    const p = part(await ok(local, 'reports.get', { kind: 'budget-execution', year: Y }), 'budget-execution');
    for (const code of ['50101', '50105', '50501'])
      expect(cell(p, code, 'actual', 'code')).toBe(0 - rawNet(ldb, code, `${Y}-01-01`, `${Y}-12-31`));
    expect(cell(p, '401', 'actual', 'code')).toBe(rawNet(ldb, '401', `${Y}-01-01`, `${Y}-12-31`));
    const unbudgeted = p.rows.find((r) => r.cells[0] === '50104')!;
    expect(unbudgeted.tone).toBe('warn');
    expect(unbudgeted.cells[2]).toBe('无预算');
    expect(unbudgeted.cells[col(p, 'actual')]).toBe(300_000);
    expect(p.ties.every((t) => t.ok)).toBe(true);
    expect(money(cell(p, '支出合计', 'actual'))).toBe(0 - rawNet(ldb, '5', `${Y}-01-01`, `${Y}-12-31`));
  });

  it('决算 pack: statements, execution and the notes with the eight headings, tied together', async () => {
    const doc = await ok(app, 'reports.get', { kind: 'final-accounts', year: Y });
    expect(doc.title).toBe(`${Y}年度决算报表`);
    expect(doc.parts.map((x) => x.id)).toEqual(['balance-sheet', 'income-statement', 'budget-execution', 'notes']);
    const notes = part(doc, 'notes');
    expect(notes.paragraphs.map((x) => x.heading.slice(0, 2))).toEqual([
      '一、',
      '二、',
      '三、',
      '四、',
      '五、',
      '六、',
      '七、',
      '八、',
    ]);
    expect(notes.paragraphs[0]!.heading).toContain('遵循《工会会计制度》的声明');
    expect(notes.ties).toHaveLength(3);
    expect(notes.ties.every((t) => t.ok)).toBe(true);
    expect(notes.notes[0]).toContain('尚未年终结账');
    expect(doc.parts.every((x) => x.ties.every((t) => t.ok))).toBe(true);
  });
});
