import type { Db } from '../../db/connection';
import { api, type Input, type Method, type Output } from '../contract/api';
import { formatCents } from '../domain/money';
import { intBetween, seededRandom } from '../domain/random';
import type { LedgerLibrary } from '../services/ledger-library';
import { owedUpward } from '../services/allocation';
import { postGenerated } from '../services/vouchers';
import type { Clock } from './clock';
import { handlers } from './handlers';
import type { AppContext, Handler } from './handlers/types';

/**
 * The demo union's year of books, entered the way a clerk would: every record goes through the same contract
 * methods (validation, services, vouchers, change log) as the screens. Deterministic for a given year.
 * It also holds a known set of questionable items for the audit checks to find (`DEMO_SEEDED_ISSUES`).
 */
export const DEMO_SEEDED_ISSUES = [
  'R1 中秋节购物卡 (shopping cards for the Mid-Autumn gift, one group)',
  'R3 三八妇女节慰问品 (gift for a non-statutory festival)',
  'R5 中秋慰问品发给已离会会员 (festival gift to a member who had left)',
  'R6 未查验发票 (an unverified invoice)',
  'R10 大额采购无集体决策 (a large purchase without a collective decision)',
  'R11 付款后审批 (approval dated after payment)',
  'R13 秋游跨省过夜 (an outing out of the area, with lodging)',
  'R14 工会委员聚餐 (a banquet for committee members)',
] as const;

const CLERK = '王会计';
const CASHIER = '李出纳';
const CHAIR = '张主席';
/** Cash and bank carried in from last year (the demo's 322 累计结余). */
const OPENING_CASH_CENTS = 300_000;
const OPENING_BANK_CENTS = 42_000_000;

export function seedDemoBooks(db: Db, clock: Clock, year: number): void {
  const context: AppContext = { version: 'demo', mode: 'test', clock, library: { db } as unknown as LedgerLibrary };
  const run = <M extends Method>(method: M, input: Input<M>, user = CLERK): Output<M> => {
    const parsed = api[method].input.safeParse(input);
    if (!parsed.success) throw new Error(`demo data: ${method} input invalid: ${parsed.error.message}`);
    const value = (handlers[method] as Handler<M>)(parsed.data as never, context, { user });
    if (value instanceof Promise) throw new Error(`demo data: ${method} is asynchronous`);
    return value;
  };
  const rand = seededRandom(year * 7 + 1);
  const d = (m: number, day: number) => `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const ym = (m: number) => `${year}-${String(m).padStart(2, '0')}`;

  db.transaction(() => {
    const members = db
      .prepare(
        'SELECT id, join_date AS joinDate, leave_date AS leaveDate, group_id AS groupId FROM members ORDER BY id',
      )
      .all() as { id: number; joinDate: string; leaveDate: string | null; groupId: number }[];
    const activeOn = (date: string) =>
      members.filter((m) => m.joinDate <= date && (!m.leaveDate || m.leaveDate >= date));

    // 期初余额: last year's closing balances carried in, as an opening voucher on 1 January (as an import would post).
    postGenerated(
      db,
      { user: CLERK, clock },
      {
        date: d(1, 1),
        summary: '期初余额',
        source: 'opening',
        lines: [
          { accountCode: '101', debitCents: OPENING_CASH_CENTS, creditCents: 0 },
          { accountCode: '102', debitCents: OPENING_BANK_CENTS, creditCents: 0 },
          { accountCode: '32205', debitCents: 0, creditCents: OPENING_CASH_CENTS + OPENING_BANK_CENTS },
        ],
      },
    );

    // Projects, and the year's budget approved by the three bodies (DOMAIN §4).
    const warmth = run('projects.create', { code: `SWN${year}`, name: `${year}年送温暖专项`, earmarked: true });
    const budget = run('budgets.create', {
      year,
      note: `${year}年度工会经费收支预算`,
      lines: [
        { accountCode: '401', amount: '150000' },
        { accountCode: '402', amount: '1500000' },
        { accountCode: '40302', projectId: warmth.id, amount: '60000' },
        { accountCode: '405', amount: '50000' },
        { accountCode: '408', amount: '3000' },
        { accountCode: '50101', amount: '60000' },
        { accountCode: '50102', amount: '150000' },
        { accountCode: '50103', amount: '30000' },
        { accountCode: '50105', amount: '900000' },
        { accountCode: '50301', amount: '80000' },
        { accountCode: '50405', projectId: warmth.id, amount: '60000' },
        { accountCode: '50501', amount: '40000' },
        { accountCode: '50502', amount: '20000' },
        { accountCode: '50702', amount: '30000' },
      ],
    });
    run(
      'budgets.approve',
      { id: budget.id, body: 'union_committee', approvedDate: d(1, 8), reference: `工会委员会${year}年第1次会议纪要` },
      CHAIR,
    );
    run(
      'budgets.approve',
      { id: budget.id, body: 'review_committee', approvedDate: d(1, 10), reference: `经审会${year}年第1次会议` },
      CHAIR,
    );
    run(
      'budgets.approve',
      { id: budget.id, body: 'higher_union', approvedDate: d(1, 20), reference: `上级工会批复〔${year}〕3号` },
      CHAIR,
    );

    // The employer and its monthly payroll; the 2% allocation received the next month, 40% remitted quarterly.
    const unit = run('allocation.units.create', { name: '示例实业有限公司' });
    const basePayroll = 6_800_000; // yuan per month
    for (let m = 1; m <= 12; m++) {
      const payroll = basePayroll + intBetween(rand, -150_000, 250_000) + (m === 1 || m === 12 ? 900_000 : 0);
      run('allocation.payroll.set', {
        unitId: unit.id,
        period: ym(m),
        payroll: String(payroll),
        headcount: activeOn(d(m, 1)).length,
      });
      const expectedCents = payroll * 2; // 2% of whole yuan = payroll × 2 fen
      const short = m === 8 ? 100_000 : 0; // August arrives 1,000 yuan short
      if (m < 12)
        run('allocation.receive', {
          date: d(m + 1, 12),
          unitId: unit.id,
          period: ym(m),
          amount: formatCents(expectedCents - short),
          receiptNo: `GH${year}${String(m).padStart(4, '0')}`,
        });
    }
    for (const m of [4, 7, 10]) {
      const owed = owedUpward(db, d(m, 20));
      run(
        'allocation.remit',
        { date: d(m, 20), period: ym(m - 1), amount: formatCents(owed), note: '按季上解上级工会经费' },
        CASHIER,
      );
    }

    // Petty cash drawn from the bank (提取备用金), entered as a manual voucher, reviewed and posted by the cashier.
    const draw = run('vouchers.create', {
      date: d(1, 5),
      summary: '提取现金备用金',
      attachments: 1,
      lines: [
        { accountCode: '101', debit: '20000' },
        { accountCode: '102', credit: '20000' },
      ],
    });
    run('vouchers.review', { id: draw.id }, CASHIER);
    run('vouchers.post', { id: draw.id }, CASHIER);

    // Other income: an earmarked subsidy for 送温暖, an administration subsidy, bank interest.
    run('income.record', {
      date: d(1, 6),
      kind: 'upper_earmarked',
      payer: '市总工会',
      summary: '上级拨付送温暖专项补助',
      amount: '60000',
      projectId: warmth.id,
    });
    run('income.record', {
      date: d(5, 9),
      kind: 'admin',
      payer: '示例实业有限公司',
      summary: '行政拨付劳动竞赛补助',
      amount: '50000',
    });
    for (const m of [3, 6, 9, 12])
      run('income.record', {
        date: d(m, 21),
        kind: 'other',
        payer: '开户银行',
        summary: '银行存款利息',
        amount: String(600 + m * 7),
      });

    const claim = (input: Input<'claims.create'>) => run('claims.create', input);
    const inv = (no: string, date: string, amount: string, verified = true) => ({ number: no, date, amount, verified });
    const approve = (date: string, decisionRef?: string) => ({
      approver: CHAIR,
      approvedDate: date,
      ...(decisionRef ? { decisionRef, decisionDate: date } : {}),
    });
    const gift = (perHead: number, list: { id: number }[]) => ({
      members: list.map((m) => ({ memberId: m.id, amount: String(perHead), signed: true })),
      total: perHead * list.length,
    });

    // Festival gifts in kind (allowed), one with shopping cards for one group (R1), one for 三八 (R3).
    for (const [m, day, festival, per] of [
      [1, 20, '春节', 400],
      [6, 5, '端午', 150],
      [9, 10, '中秋', 300],
    ] as const) {
      const date = d(m, day);
      let list = activeOn(date);
      if (festival === '中秋') {
        list = list.filter((x) => x.groupId !== 2);
        // R5: a gift to someone no longer a member (the roster's leavers leave during the year, so not at 春节).
        const left = members.find((x) => x.leaveDate !== null && x.leaveDate < date && x.groupId !== 2);
        if (left) list = [...list, left];
      }
      const g = gift(per, list);
      claim({
        date,
        accountCode: '50105',
        summary: `${festival}会员慰问品`,
        payee: '示例超市有限公司',
        amount: String(g.total),
        paymentForm: 'goods_voucher',
        invoices: [inv(`${year}${m}001`, date, String(g.total))],
        beneficiaries: { members: g.members },
        welfareType: 'festival',
        festival,
        approval: approve(d(m, day - 3), `工会委员会${year}年${m}月会议纪要`),
      });
    }
    const cardGroup = activeOn(d(9, 10)).filter((x) => x.groupId === 2);
    claim({
      date: d(9, 10),
      accountCode: '50105',
      summary: '中秋节慰问（购物卡）',
      payee: '示例百货购物卡中心',
      amount: String(300 * cardGroup.length),
      paymentForm: 'shopping_card',
      invoices: [inv(`${year}9002`, d(9, 10), String(300 * cardGroup.length))],
      beneficiaries: { members: cardGroup.map((x) => ({ memberId: x.id, amount: '300', signed: true })) },
      welfareType: 'festival',
      festival: '中秋',
      approval: approve(d(9, 8)),
    });
    const women = activeOn(d(3, 8)).filter((_, i) => i % 2 === 0);
    claim({
      date: d(3, 8),
      accountCode: '50105',
      summary: '三八妇女节慰问品',
      payee: '示例花店',
      amount: String(100 * women.length),
      paymentForm: 'goods_voucher',
      invoices: [inv(`${year}3001`, d(3, 8), String(100 * women.length))],
      beneficiaries: { members: women.map((x) => ({ memberId: x.id, amount: '100', signed: true })) },
      welfareType: 'festival',
      festival: '三八',
      approval: approve(d(3, 6)),
    });

    // Birthday cakes every month (cake-shop vouchers, allowed).
    for (let m = 1; m <= 12; m++) {
      const list = activeOn(d(m, 1)).filter((x) => x.id % 12 === m - 1);
      if (list.length === 0) continue;
      claim({
        date: d(m, 3),
        accountCode: '50105',
        summary: `${m}月会员生日蛋糕券`,
        payee: '示例蛋糕店',
        amount: String(200 * list.length),
        paymentForm: 'cake_voucher',
        invoices: [inv(`${year}${m}010`, d(m, 3), String(200 * list.length))],
        beneficiaries: { members: list.map((x) => ({ memberId: x.id, amount: '200', signed: true })) },
        welfareType: 'birthday',
        approval: approve(d(m, 2)),
      });
    }

    // Activities, training, meetings, competitions, 送温暖, a laptop, condolences.
    claim({
      date: d(4, 26),
      accountCode: '50102',
      summary: '职工春季趣味运动会',
      payee: '示例体育用品公司',
      amount: '38600',
      paymentForm: 'bank_transfer',
      invoices: [inv(`${year}4001`, d(4, 25), '38600')],
      beneficiaries: { count: 240 },
      approval: approve(d(4, 10), `工会委员会${year}年4月会议纪要`),
    });
    claim({
      date: d(5, 18),
      accountCode: '50101',
      summary: '职工技能培训讲课费及教材',
      payee: '示例职业培训学校',
      amount: '12800',
      paymentForm: 'bank_transfer',
      invoices: [inv(`${year}5001`, d(5, 18), '12800')],
      approval: approve(d(5, 12)),
    });
    claim({
      date: d(6, 28),
      accountCode: '50301',
      summary: '劳动技能竞赛奖品',
      payee: '示例商贸公司',
      amount: '45000',
      paymentForm: 'bank_transfer',
      invoices: [inv(`${year}6001`, d(6, 28), '45000')],
      beneficiaries: { count: 30 },
      welfareType: 'award',
      approval: approve(d(6, 20), `工会委员会${year}年6月会议纪要`),
    });
    claim({
      date: d(3, 15),
      accountCode: '50502',
      summary: '会员代表大会会务费',
      payee: '示例会议中心',
      amount: '8600',
      paymentForm: 'bank_transfer',
      invoices: [inv(`${year}3010`, d(3, 15), '8600')],
      approval: approve(d(3, 10)),
    });
    claim({
      date: d(11, 22),
      accountCode: '50501',
      summary: '工会干部业务培训',
      payee: '市总工会干部学校',
      amount: '9600',
      paymentForm: 'official_card',
      invoices: [inv(`${year}11001`, d(11, 22), '9600')],
      approval: approve(d(11, 15)),
    });
    const hardship = activeOn(d(1, 15)).filter((x) => x.id % 25 === 0);
    claim({
      date: d(1, 15),
      accountCode: '50405',
      summary: '春节送温暖困难职工慰问金',
      payee: '困难职工',
      amount: String(1000 * hardship.length),
      paymentForm: 'cash',
      invoices: [],
      beneficiaries: { members: hardship.map((x) => ({ memberId: x.id, amount: '1000', signed: true })) },
      projectId: warmth.id,
      approval: approve(d(1, 12), `工会委员会${year}年1月会议纪要`),
    });
    claim({
      date: d(7, 12),
      accountCode: '50405',
      summary: '夏送清凉慰问品',
      payee: '示例饮料公司',
      amount: '21600',
      paymentForm: 'bank_transfer',
      invoices: [inv(`${year}7001`, d(7, 12), '21600')],
      beneficiaries: { count: 270 },
      projectId: warmth.id,
      approval: approve(d(7, 8)),
    });
    claim({
      date: d(8, 6),
      accountCode: '50702',
      summary: '工会办公用笔记本电脑',
      payee: '示例电脑城',
      amount: '6800',
      paymentForm: 'bank_transfer',
      invoices: [inv(`${year}8001`, d(8, 6), '6800')],
      assetAccount: '162',
      approval: approve(d(8, 1)),
    });
    for (const [m, type, amount, relation] of [
      [2, 'illness', '800', null],
      [5, 'death_relative', '1000', 'parent'],
      [10, 'wedding', '600', null],
    ] as const) {
      const who = activeOn(d(m, 10))[m * 7]!;
      claim({
        date: d(m, 10),
        accountCode: '50105',
        summary: { illness: '会员住院慰问金', death_relative: '会员直系亲属去世慰问金', wedding: '会员结婚慰问品' }[
          type
        ],
        payee: '会员本人',
        amount,
        paymentForm: type === 'wedding' ? 'goods_voucher' : 'cash',
        invoices: [],
        beneficiaries: { members: [{ memberId: who.id, amount, signed: true }] },
        welfareType: type,
        relation,
        approval: approve(d(m, 9)),
      });
    }

    // Questionable items for the committee (see DEMO_SEEDED_ISSUES).
    claim({
      date: d(10, 19),
      accountCode: '50105',
      summary: '会员秋游（黄山两日游）',
      payee: '示例国际旅行社',
      amount: '96000',
      paymentForm: 'bank_transfer',
      invoices: [inv(`${year}10001`, d(10, 19), '96000')],
      beneficiaries: { count: 160 },
      welfareType: 'outing',
      activity: { destination: '安徽黄山', startDate: d(10, 18), endDate: d(10, 19), sameDay: false, lodging: true },
      approval: approve(d(10, 10), `工会委员会${year}年10月会议纪要`),
    });
    claim({
      date: d(12, 5),
      accountCode: '50502',
      summary: '工会委员年终聚餐',
      payee: '示例大酒店',
      amount: '5800',
      paymentForm: 'official_card',
      invoices: [inv(`${year}12001`, d(12, 5), '5800')],
      approval: approve(d(12, 5)),
    });
    claim({
      date: d(11, 8),
      accountCode: '50102',
      summary: '职工活动室健身器材',
      payee: '示例健身器材公司',
      amount: '58000',
      paymentForm: 'bank_transfer',
      invoices: [inv(`${year}11010`, d(11, 8), '58000', false)],
      approval: approve(d(11, 20)),
    });

    // Dues: assessed every month, deducted from payroll near month end; three members left unpaid in June;
    // December is assessed and waits for the clerk to collect.
    for (let m = 1; m <= 12; m++) {
      run('dues.assess', { period: ym(m) });
      if (m === 12) continue;
      const memberIds =
        m === 6
          ? (run('dues.assessments', { period: ym(m), offset: 0, limit: 500 }).rows as { memberId: number }[])
              .map((r) => r.memberId)
              .slice(3)
          : undefined;
      run(
        'dues.collect',
        { date: d(m, 25), method: 'payroll', period: ym(m), ...(memberIds ? { memberIds } : {}) },
        CASHIER,
      );
    }

    // Months January–November are closed; December stays open for the clerk.
    for (let m = 1; m <= 11; m++) run('periods.close', { period: ym(m) });
  })();
}
