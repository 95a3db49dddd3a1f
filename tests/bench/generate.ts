import type { Db } from '../../db/connection';
import { appendChange } from '../../db/repos/change-log';
import { insertClaim, type ClaimStoreRecord } from '../../db/repos/claims';
import { recordDuesBase } from '../../db/repos/dues-bases';
import { insertGroup } from '../../db/repos/groups';
import { insertMember } from '../../db/repos/members';
import { setMeta } from '../../db/repos/meta';
import { insertVoucher, setVoucherStatus, type NewLine } from '../../db/repos/vouchers';
import { api, type Input, type Method, type Output } from '../../electron/contract/api';
import { fixedClock, type Clock } from '../../electron/app/clock';
import { handlers } from '../../electron/app/handlers';
import type { AppContext, Handler } from '../../electron/app/handlers/types';
import { formatCents } from '../../electron/domain/money';
import { intBetween, pick, seededRandom } from '../../electron/domain/random';
import type { LedgerLibrary } from '../../electron/services/ledger-library';
import { owedUpward } from '../../electron/services/allocation';
import { postGenerated } from '../../electron/services/vouchers';

/**
 * The benchmark's union at federation scale: a deterministic ledger of `members` members over `years` years,
 * ending with `lastYear`. Roster changes, budgets, payroll, the 2% allocation and its remittance, dues and
 * income go through the contract's handlers (validation, services, vouchers, change log), as the demo does.
 * The bulk of spending (报销单 with invoices, approvals and recipient lists: about ten voucher lines per member
 * and year, about 1,000,000 lines at the large size) is written through the repositories, one transaction per
 * month with the prepared statements reused: each voucher is inserted as a draft and then posted, so the
 * database's balance, leaf-account and period-total triggers run for every one of them.
 * The last year holds a known set of audit breaches (`SeededBreach`), recorded in ledger_meta.bench_breaches.
 */

export const BENCH_SIZES = {
  small: { members: 300, years: 1 },
  medium: { members: 2_000, years: 3 },
  large: { members: 20_000, years: 5 },
} as const;
export type BenchSize = keyof typeof BENCH_SIZES;

export interface GenerateOptions {
  members: number;
  years: number;
  seed: number;
  /** The last (most recent) year of books; default 2025. */
  lastYear?: number;
  /** Called after each generated month, for a progress line. */
  onMonth?: (period: string) => void;
}

export interface SeededBreach {
  rule: string;
  what: string;
  voucherIds: number[];
}

export interface GenerateSummary {
  members: number;
  membersLeft: number;
  firstYear: number;
  lastYear: number;
  vouchers: number;
  lines: number;
  claims: number;
  invoices: number;
  beneficiaries: number;
  debitCents: number;
  duesCents: number;
  allocationCents: number;
  remittedCents: number;
  spendingCents: number;
  breaches: SeededBreach[];
}

const CLERK = '王会计';
const CASHIER = '李出纳';
const CHAIR = '张主席';

/** The generator's clock: a few days into the year after the books, so every date in them is in the past. */
export function benchClock(lastYear = 2025): Clock {
  return fixedClock(`${lastYear + 1}-01-10T09:00:00+08:00`);
}

const pad = (n: number) => String(n).padStart(2, '0');

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const GIVEN = '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩芳娜敏静丽艳娟霞燕玲桂丹萍红琳雪倩颖洁莉婷慧晶妍梅秀英兰';

/** Spending mix of the bulk claims: account, weight, summaries, payees, how it is paid. */
const MIX: readonly {
  code: string;
  weight: number;
  summaries: readonly string[];
  payees: readonly string[];
  cash?: boolean;
}[] = [
  {
    code: '50101',
    weight: 8,
    summaries: ['职工技能培训教材', '职工讲座讲课费', '学历教育补助'],
    payees: ['示例职业培训学校', '示例书店'],
  },
  {
    code: '50102',
    weight: 25,
    summaries: ['篮球赛场地租赁', '文艺汇演服装', '趣味运动会器材', '羽毛球比赛用品'],
    payees: ['示例体育用品公司', '示例文化传媒公司', '示例体育馆'],
  },
  {
    code: '50103',
    weight: 5,
    summaries: ['宣传栏制作', '工会宣传横幅', '普法宣传资料'],
    payees: ['示例广告公司', '示例印刷厂'],
  },
  {
    code: '50105',
    weight: 30,
    summaries: ['会员活动用品', '读书会活动用品', '会员观影活动', '亲子活动用品'],
    payees: ['示例超市有限公司', '示例影城', '示例商贸公司'],
  },
  { code: '50301', weight: 6, summaries: ['劳动技能竞赛奖品', '岗位练兵耗材'], payees: ['示例商贸公司'] },
  { code: '50302', weight: 4, summaries: ['职工之家设施维护', '职工之家用品'], payees: ['示例家具公司'] },
  { code: '50304', weight: 3, summaries: ['职工书屋图书'], payees: ['示例书店'] },
  { code: '50402', weight: 4, summaries: ['劳动保护宣传用品', '防暑降温用品'], payees: ['示例劳保用品公司'] },
  { code: '50404', weight: 4, summaries: ['困难职工帮扶金'], payees: ['困难职工'], cash: true },
  { code: '50405', weight: 3, summaries: ['送温暖慰问品'], payees: ['示例超市有限公司'] },
  { code: '50501', weight: 4, summaries: ['工会干部培训费'], payees: ['市总工会干部学校'] },
  { code: '50502', weight: 3, summaries: ['工会委员会会议会务费'], payees: ['示例会议中心'] },
  { code: '510', weight: 1, summaries: ['银行手续费', '其他零星支出'], payees: ['开户银行'] },
];
const MIX_TOTAL = MIX.reduce((s, m) => s + m.weight, 0);

interface RosterMember {
  id: number;
  groupId: number;
  joinDate: string;
  leaveDate: string | null;
  name: string;
  baseCents: number;
}

export function generateBooks(db: Db, opts: GenerateOptions): GenerateSummary {
  const lastYear = opts.lastYear ?? 2025;
  const firstYear = lastYear - opts.years + 1;
  const clock = benchClock(lastYear);
  const at = `${lastYear + 1}-01-10T01:00:00.000Z`;
  const rand = seededRandom(opts.seed);
  const context: AppContext = { version: 'bench', mode: 'test', clock, library: { db } as unknown as LedgerLibrary };
  const run = <M extends Method>(method: M, input: Input<M>, user = CLERK): Output<M> => {
    const parsed = api[method].input.safeParse(input);
    if (!parsed.success) throw new Error(`bench data: ${method} input invalid: ${parsed.error.message}`);
    const value = (handlers[method] as Handler<M>)(parsed.data as never, context, { user });
    if (value instanceof Promise) throw new Error(`bench data: ${method} is asynchronous`);
    return value;
  };
  const d = (y: number, m: number, day: number) => `${y}-${pad(m)}-${pad(day)}`;
  const ym = (y: number, m: number) => `${y}-${pad(m)}`;
  const breaches: SeededBreach[] = [];

  // ——— Roster: 85% on the books before the first year, the rest joining during the years; ~3% leave a year.
  const groupCount = Math.max(6, Math.round(opts.members / 50));
  const roster: RosterMember[] = [];
  db.transaction(() => {
    const groups = Array.from({ length: groupCount }, (_, g) => insertGroup(db, `第${g + 1}工会小组`, at));
    for (let i = 0; i < opts.members; i++) {
      const early = i < Math.round(opts.members * 0.85);
      let joinDate = early
        ? d(intBetween(rand, 2003, firstYear - 1), intBetween(rand, 1, 12), intBetween(rand, 1, 28))
        : d(intBetween(rand, firstYear, lastYear), intBetween(rand, 1, 12), intBetween(rand, 1, 28));
      let leaveDate: string | null = i === 2 ? d(lastYear, 1, 15) : null; // R5 needs a member gone early
      if (i === 2) joinDate = d(2010, 3, 1);
      for (let y = Math.max(firstYear, Number(joinDate.slice(0, 4))); y <= lastYear && !leaveDate; y++)
        if (rand() < 0.03) {
          const date = d(y, intBetween(rand, 1, 12), intBetween(rand, 1, 28));
          if (date > joinDate) leaveDate = date;
        }
      const name = pick(rand, [...SURNAMES]) + pick(rand, [...GIVEN]) + (rand() < 0.6 ? pick(rand, [...GIVEN]) : '');
      let baseCents = intBetween(rand, 30, 180) * 10_000 + (rand() < 0.3 ? intBetween(rand, 0, 99) * 100 : 0);
      const groupId = groups[i % groupCount]!;
      const memberNo = `GH${String(i + 1).padStart(6, '0')}`;
      const bases: [string, number][] = [[joinDate.slice(0, 7), baseCents]];
      // A raise each January from the payroll, while a member.
      for (let y = firstYear; y <= lastYear; y++) {
        const p = ym(y, 1);
        if (p <= joinDate.slice(0, 7) || (leaveDate && leaveDate.slice(0, 7) < p)) continue;
        baseCents = Math.round((baseCents * intBetween(rand, 1000, 1060)) / 1000);
        bases.push([p, baseCents]);
      }
      const id = insertMember(
        db,
        {
          memberNo,
          name,
          gender: rand() < 0.52 ? 'M' : 'F',
          groupId,
          joinDate,
          leaveDate,
          status: leaveDate ? 'left' : 'active',
          duesBaseCents: baseCents,
          phone: rand() < 0.8 ? `13${String(intBetween(rand, 0, 999_999_999)).padStart(9, '0')}` : null,
        },
        at,
      );
      for (const [period, cents] of bases)
        recordDuesBase(db, {
          memberId: id,
          period,
          baseCents: cents,
          source: period === joinDate.slice(0, 7) ? 'roster' : 'payroll',
          at,
        });
      roster.push({ id, groupId, joinDate, leaveDate, name, baseCents });
    }
    appendChange(db, {
      at,
      actor: 'bench',
      method: 'bench.generate',
      entity: 'roster',
      entityId: null,
      before: null,
      after: { members: opts.members, groups: groupCount, seed: opts.seed },
    });
  })();
  const activeOn = (date: string) => roster.filter((m) => m.joinDate <= date && (!m.leaveDate || m.leaveDate >= date));

  // ——— Fixed records: employer units, the opening balance.
  const unitCount = Math.max(1, Math.round(opts.members / 4_000));
  const units = db.transaction(() =>
    Array.from({ length: unitCount }, (_, u) => run('allocation.units.create', { name: `示例实业第${u + 1}分公司` })),
  )();
  const wagePerHeadYuan = 10_000;
  db.transaction(() => {
    const cash = 300_000;
    const bank = opts.members * 30_000;
    postGenerated(
      db,
      { user: CLERK, clock },
      {
        date: d(firstYear, 1, 1),
        summary: '期初余额',
        source: 'opening',
        lines: [
          { accountCode: '101', debitCents: cash, creditCents: 0 },
          { accountCode: '102', debitCents: bank, creditCents: 0 },
          { accountCode: '32205', debitCents: 0, creditCents: cash + bank },
        ],
      },
    );
  })();

  const bulk = bulkWriter(db, at);
  let invoiceSeq = 0;
  const claimsPerMonth = Math.max(4, Math.round((opts.members * 10) / 12 / 3.5));

  for (let y = firstYear; y <= lastYear; y++) {
    const last = y === lastYear;
    let warmthId = 0;
    db.transaction(() => {
      warmthId = run('projects.create', { code: `SWN${y}`, name: `${y}年送温暖专项`, earmarked: true }).id;
      const scale = opts.members / 300;
      const yuan = (n: number) => String(Math.round(n * scale));
      const budget = run('budgets.create', {
        year: y,
        note: `${y}年度工会经费收支预算`,
        lines: [
          { accountCode: '401', amount: yuan(180_000) },
          { accountCode: '402', amount: yuan(430_000) },
          { accountCode: '40302', projectId: warmthId, amount: yuan(60_000) },
          { accountCode: '408', amount: yuan(3_000) },
          ...MIX.filter((m) => m.code !== '50405').map((m) => ({
            accountCode: m.code,
            amount: yuan((m.weight / MIX_TOTAL) * 650_000 + (m.code === '50105' ? 150_000 : 0)),
          })),
          { accountCode: '50405', projectId: warmthId, amount: yuan(60_000) },
        ],
      });
      run(
        'budgets.approve',
        {
          id: budget.id,
          body: 'union_committee',
          approvedDate: d(y, 1, 8),
          reference: `工会委员会${y}年第1次会议纪要`,
        },
        CHAIR,
      );
      run(
        'budgets.approve',
        { id: budget.id, body: 'review_committee', approvedDate: d(y, 1, 10), reference: `经审会${y}年第1次会议` },
        CHAIR,
      );
      // R9: the last year's budget never goes to the higher union.
      if (!last)
        run(
          'budgets.approve',
          { id: budget.id, body: 'higher_union', approvedDate: d(y, 1, 20), reference: `上级工会批复〔${y}〕3号` },
          CHAIR,
        );
      run('income.record', {
        date: d(y, 1, 6),
        kind: 'upper_earmarked',
        payer: '市总工会',
        summary: '上级拨付送温暖专项补助',
        amount: yuan(60_000),
        projectId: warmthId,
      });
    })();
    if (last)
      breaches.push({
        rule: 'R9',
        what: `${y}年预算未经上级工会批准 (budget without higher-union approval)`,
        voucherIds: [],
      });

    for (let m = 1; m <= 12; m++) {
      const period = ym(y, m);
      const active = activeOn(d(y, m, 1));
      // Payroll, the allocation of last month received on the 12th, the quarter's upper share remitted.
      db.transaction(() => {
        for (const [u, unit] of units.entries()) {
          const heads = active.filter((_, i) => i % unitCount === u).length;
          const payroll = heads * wagePerHeadYuan + intBetween(rand, 0, 50_000);
          run('allocation.payroll.set', { unitId: unit.id, period, payroll: String(payroll), headcount: heads });
        }
        if (y > firstYear || m > 1) {
          const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
          for (const [u, unit] of units.entries()) {
            const payroll = (
              db
                .prepare('SELECT payroll_cents AS c FROM payroll_totals WHERE unit_id = ? AND period = ?')
                .get(unit.id, ym(py, pm)) as { c: number }
            ).c;
            const short = last && m === 9 && u === 0 ? 100_000 : 0; // R19: August arrives 1,000 yuan short
            const r = run('allocation.receive', {
              date: d(y, m, 12),
              unitId: unit.id,
              period: ym(py, pm),
              amount: formatCents(Math.round(payroll / 50) - short),
              receiptNo: `GH${py}${pad(pm)}${String(u + 1).padStart(3, '0')}`,
            });
            if (short)
              breaches.push({
                rule: 'R19',
                what: `${py}-${pad(pm)} 拨缴经费不足额 (allocation short)`,
                voucherIds: [r.voucherId],
              });
          }
        }
        // R20: the last year's October remittance is never made.
        if ([1, 4, 7, 10].includes(m) && (y > firstYear || m > 1) && !(last && m === 10)) {
          const owed = owedUpward(db, d(y, m, 20));
          if (owed > 0)
            run(
              'allocation.remit',
              {
                date: d(y, m, 20),
                period: ym(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1),
                amount: formatCents(owed),
                note: '按季上解上级工会经费',
              },
              CASHIER,
            );
        }
        if (last && m === 10)
          breaches.push({ rule: 'R20', what: `${y}年第三季度上解未办理 (remittance not made)`, voucherIds: [] });
        if (m % 3 === 0)
          run('income.record', {
            date: d(y, m, 21),
            kind: 'other',
            payer: '开户银行',
            summary: '银行存款利息',
            amount: String(600 + m * 7),
          });
      })();

      // Dues: assessed and deducted from payroll on the 25th; in the last June three members are left unpaid (R21).
      db.transaction(() => {
        run('dues.assess', { period });
        let memberIds: number[] | undefined;
        if (last && m === 6) {
          memberIds = (
            db
              .prepare(
                'SELECT member_id AS id FROM dues_assessments WHERE period = ? AND amount_cents > 0 ORDER BY member_id',
              )
              .all(period) as { id: number }[]
          )
            .map((r) => r.id)
            .slice(3);
          breaches.push({ rule: 'R21', what: `${period} 三名会员未缴会费 (three members unpaid)`, voucherIds: [] });
        }
        run(
          'dues.collect',
          { date: d(y, m, 25), method: 'payroll', period, ...(memberIds ? { memberIds } : {}) },
          CASHIER,
        );
      })();

      // Spending: the month's claims, in date order, through the repositories (drafts posted by the triggers' rules).
      db.transaction(() => {
        const todo: { day: number; make: () => void }[] = [];
        let cashCents = 0;
        for (let i = 0; i < claimsPerMonth; i++) {
          const day = intBetween(rand, 1, 28);
          const kind = rand() * MIX_TOTAL;
          let acc = 0;
          const mix = MIX.find((x) => (acc += x.weight) > kind) ?? MIX[0]!;
          // Log-uniform amounts, 15–1,500 yuan; one in a hundred 5,000–30,000 yuan (with a committee decision).
          const big = mix.weight >= 6 && rand() < 0.012;
          const cents = big
            ? intBetween(rand, 5_000, 30_000) * 100
            : Math.round(Math.exp(Math.log(15) + rand() * Math.log(100)) * 100);
          const parts = intBetween(rand, 1, 4);
          const summary = pick(rand, mix.summaries);
          const payee = pick(rand, mix.payees);
          const groupIds = Array.from({ length: parts }, () => pick(rand, active).groupId);
          const verified = rand() < 0.995;
          const recipient = mix.cash ? pick(rand, active) : null;
          if (mix.cash) cashCents += cents;
          todo.push({
            day,
            make: () => {
              const date = d(y, m, day);
              invoiceSeq++;
              bulk.claim(
                {
                  date,
                  code: mix.code,
                  summary,
                  payee: recipient ? recipient.name : payee,
                  cents,
                  parts: groupIds,
                  cash: mix.cash === true,
                  invoice: mix.cash
                    ? null
                    : { number: `${y}${pad(m)}${String(invoiceSeq).padStart(7, '0')}`, verified },
                  decision: cents >= 1_000_000 ? `工会委员会${y}年${m}月会议纪要` : null,
                  projectId: mix.code === '50405' ? warmthId : null,
                  beneficiaries: recipient
                    ? [{ memberId: recipient.id, name: recipient.name, amountCents: cents, signed: true }]
                    : [],
                  welfareType: mix.cash ? 'other' : null,
                  festival: null,
                },
                CLERK,
              );
            },
          });
        }
        // Festival gifts in kind per group (春节 in January, 中秋 in September), birthday cakes every month.
        const byGroup = new Map<number, RosterMember[]>();
        const festival = m === 1 ? (['春节', 20_000] as const) : m === 9 ? (['中秋', 15_000] as const) : null;
        for (const x of active) byGroup.set(x.groupId, [...(byGroup.get(x.groupId) ?? []), x]);
        for (const [groupId, list] of byGroup) {
          if (festival)
            todo.push({
              day: 10,
              make: () =>
                bulk.welfare(
                  d(y, m, 10),
                  groupId,
                  list,
                  festival[1],
                  'festival',
                  festival[0],
                  `${festival[0]}会员慰问品`,
                ),
            });
          const born = list.filter((x) => x.id % 12 === m - 1);
          if (born.length)
            todo.push({
              day: 3,
              make: () => bulk.welfare(d(y, m, 3), groupId, born, 10_000, 'birthday', null, `${m}月会员生日蛋糕券`),
            });
        }
        // The month's cash is drawn from the bank on the 1st (a manual voucher, reviewed and posted by the cashier).
        if (cashCents > 0)
          todo.push({
            day: 0,
            make: () => {
              const draw = run('vouchers.create', {
                date: d(y, m, 1),
                summary: '提取现金备用金',
                attachments: 1,
                lines: [
                  { accountCode: '101', debit: formatCents(cashCents) },
                  { accountCode: '102', credit: formatCents(cashCents) },
                ],
              });
              run('vouchers.review', { id: draw.id }, CASHIER);
              run('vouchers.post', { id: draw.id }, CASHIER);
            },
          });
        todo.sort((a, b) => a.day - b.day);
        for (const t of todo) t.make();
        appendChange(db, {
          at,
          actor: 'bench',
          method: 'bench.generate',
          entity: 'claims_month',
          entityId: period,
          before: null,
          after: { claims: todo.length },
        });
      })();
      opts.onMonth?.(period);
    }

    if (last) db.transaction(() => seedBreaches(y))();
  }

  function seedBreaches(y: number): void {
    const claim = (rule: string, what: string, input: Input<'claims.create'>) => {
      const c = run('claims.create', input);
      breaches.push({ rule, what, voucherIds: [c.voucherId] });
    };
    const inv = (no: string, date: string, amount: string, verified = true) => ({ number: no, date, amount, verified });
    const approve = (date: string, decisionRef?: string) => ({
      approver: CHAIR,
      approvedDate: date,
      ...(decisionRef ? { decisionRef, decisionDate: date } : {}),
    });
    const group = (date: string) => activeOn(date).filter((x) => x.groupId === roster[1]!.groupId);
    const cards = group(d(y, 9, 12));
    claim('R1', '中秋节购物卡 (shopping cards)', {
      date: d(y, 9, 12),
      accountCode: '50105',
      summary: '中秋节慰问（购物卡）',
      payee: '示例百货购物卡中心',
      amount: String(300 * cards.length),
      paymentForm: 'shopping_card',
      invoices: [inv(`B${y}9002`, d(y, 9, 12), String(300 * cards.length))],
      beneficiaries: { members: cards.map((x) => ({ memberId: x.id, amount: '300', signed: true })) },
      welfareType: 'festival',
      festival: '中秋',
      approval: approve(d(y, 9, 8)),
    });
    const women = group(d(y, 3, 8));
    claim('R3', '三八妇女节慰问品 (non-statutory festival)', {
      date: d(y, 3, 8),
      accountCode: '50105',
      summary: '三八妇女节慰问品',
      payee: '示例花店',
      amount: String(100 * women.length),
      paymentForm: 'goods_voucher',
      invoices: [inv(`B${y}3001`, d(y, 3, 8), String(100 * women.length))],
      beneficiaries: { members: women.map((x) => ({ memberId: x.id, amount: '100', signed: true })) },
      welfareType: 'festival',
      festival: '三八',
      approval: approve(d(y, 3, 6)),
    });
    const gone = roster.find((x) => x.leaveDate !== null && x.leaveDate < d(y, 1, 20))!;
    claim('R5', '春节慰问品发给已离会会员 (gift to a former member)', {
      date: d(y, 1, 21),
      accountCode: '50105',
      summary: '春节慰问品（补发）',
      payee: '示例超市有限公司',
      amount: '200',
      paymentForm: 'goods_voucher',
      invoices: [inv(`B${y}1005`, d(y, 1, 21), '200')],
      beneficiaries: { members: [{ memberId: gone.id, amount: '200', signed: true }] },
      welfareType: 'festival',
      festival: '春节',
      approval: approve(d(y, 1, 18)),
    });
    claim('R6', '未查验发票 (unverified invoice)', {
      date: d(y, 11, 8),
      accountCode: '50102',
      summary: '职工活动室健身器材',
      payee: '示例健身器材公司',
      amount: '8000',
      paymentForm: 'bank_transfer',
      invoices: [inv(`B${y}11010`, d(y, 11, 8), '8000', false)],
      approval: approve(d(y, 11, 2)),
    });
    claim('R10', '大额采购无集体决策 (large purchase, no collective decision)', {
      date: d(y, 6, 16),
      accountCode: '50102',
      summary: '职工文体中心音响设备',
      payee: '示例音响公司',
      amount: '58000',
      paymentForm: 'bank_transfer',
      invoices: [inv(`B${y}6016`, d(y, 6, 16), '58000')],
      approval: approve(d(y, 6, 12)),
    });
    claim('R11', '付款后审批 (approval dated after payment)', {
      date: d(y, 5, 9),
      accountCode: '50101',
      summary: '职工技能培训讲课费',
      payee: '示例职业培训学校',
      amount: '4800',
      paymentForm: 'bank_transfer',
      invoices: [inv(`B${y}5009`, d(y, 5, 9), '4800')],
      approval: approve(d(y, 5, 20)),
    });
    claim('R13', '秋游跨省过夜 (outing out of the area, with lodging)', {
      date: d(y, 10, 19),
      accountCode: '50105',
      summary: '会员秋游（黄山两日游）',
      payee: '示例国际旅行社',
      amount: '96000',
      paymentForm: 'bank_transfer',
      invoices: [inv(`B${y}10001`, d(y, 10, 19), '96000')],
      beneficiaries: { count: 160 },
      welfareType: 'outing',
      activity: {
        destination: '安徽黄山',
        startDate: d(y, 10, 18),
        endDate: d(y, 10, 19),
        sameDay: false,
        lodging: true,
      },
      approval: approve(d(y, 10, 10), `工会委员会${y}年10月会议纪要`),
    });
    claim('R14', '工会委员年终聚餐 (banquet)', {
      date: d(y, 12, 5),
      accountCode: '50502',
      summary: '工会委员年终聚餐',
      payee: '示例大酒店',
      amount: '5800',
      paymentForm: 'official_card',
      invoices: [inv(`B${y}12001`, d(y, 12, 5), '5800')],
      approval: approve(d(y, 12, 5)),
    });
    // R17: money lent to a person out of union funds (Dr 135 其他应收款 / Cr 102).
    const loan = run('vouchers.create', {
      date: d(y, 7, 3),
      summary: '借给职工个人购房款',
      attachments: 1,
      lines: [
        { accountCode: '135', debit: '50000', counterparty: roster[7]!.name },
        { accountCode: '102', credit: '50000' },
      ],
    });
    run('vouchers.review', { id: loan.id }, CASHIER);
    run('vouchers.post', { id: loan.id }, CASHIER);
    breaches.push({ rule: 'R17', what: '借给个人 (a loan to a person from union funds)', voucherIds: [loan.id] });
  }

  const summary = summarise(db, {
    members: opts.members,
    firstYear,
    lastYear,
    breaches,
  });
  db.transaction(() => {
    setMeta(
      db,
      'bench_generator',
      JSON.stringify({ members: opts.members, years: opts.years, seed: opts.seed, lastYear }),
    );
    setMeta(db, 'bench_breaches', JSON.stringify(breaches));
  })();
  return summary;
}

/** The bulk writers: prepared once, reused for every claim of every month. */
function bulkWriter(db: Db, at: string) {
  const voucherFor = (
    v: { date: string; summary: string; attachments: number },
    lines: NewLine[],
    preparer: string,
  ): number => {
    const id = insertVoucher(db, { ...v, source: 'claim', preparer, createdAt: at }, lines);
    setVoucherStatus(db, id, { status: 'posted', poster: CASHIER, at });
    return id;
  };
  const base = (
    date: string,
  ): Omit<
    ClaimStoreRecord,
    | 'date'
    | 'accountCode'
    | 'summary'
    | 'payee'
    | 'amountCents'
    | 'paymentForm'
    | 'paidFrom'
    | 'invoices'
    | 'beneficiaries'
  > => ({
    welfareType: null,
    festival: null,
    relation: null,
    beneficiaryCount: null,
    destination: null,
    startDate: null,
    endDate: null,
    sameDay: null,
    lodging: null,
    approver: CHAIR,
    approvedDate: `${date.slice(0, 8)}01`,
    decisionRef: null,
    decisionDate: null,
    budgetLine: null,
    projectId: null,
    spendingKind: 'basic',
    assetAccount: null,
  });
  return {
    claim(
      c: {
        date: string;
        code: string;
        summary: string;
        payee: string;
        cents: number;
        parts: number[];
        cash: boolean;
        invoice: { number: string; verified: boolean } | null;
        decision: string | null;
        projectId: number | null;
        beneficiaries: ClaimStoreRecord['beneficiaries'];
        welfareType: ClaimStoreRecord['welfareType'];
        festival: string | null;
      },
      preparer: string,
    ): void {
      // Split the amount over the groups that used it (one debit line each), whole fen, the rest on the first.
      const n = c.parts.length;
      const share = Math.floor(c.cents / n);
      const lines: NewLine[] = c.parts.map((groupId, i) => ({
        accountCode: c.code,
        summary: c.summary,
        debitCents: i === 0 ? c.cents - share * (n - 1) : share,
        creditCents: 0,
        groupId,
        projectId: c.projectId,
        spendingKind: c.projectId ? 'project' : 'basic',
      }));
      const paidFrom = c.cash ? '101' : '102';
      lines.push({
        accountCode: paidFrom,
        summary: c.summary,
        debitCents: 0,
        creditCents: c.cents,
        counterparty: c.payee,
      });
      const voucherId = voucherFor(
        { date: c.date, summary: `${c.summary}（${c.payee}）`, attachments: c.invoice ? 2 : 1 },
        lines,
        preparer,
      );
      insertClaim(
        db,
        {
          ...base(c.date),
          date: c.date,
          accountCode: c.code,
          summary: c.summary,
          payee: c.payee,
          amountCents: c.cents,
          paymentForm: c.cash ? 'cash' : 'bank_transfer',
          paidFrom,
          welfareType: c.welfareType,
          festival: c.festival,
          decisionRef: c.decision,
          decisionDate: c.decision ? `${c.date.slice(0, 8)}01` : null,
          projectId: c.projectId,
          spendingKind: c.projectId ? 'project' : 'basic',
          invoices: c.invoice
            ? [{ number: c.invoice.number, date: c.date, amountCents: c.cents, verified: c.invoice.verified }]
            : [],
          beneficiaries: c.beneficiaries,
        },
        { preparer, voucherId, createdAt: at },
      );
    },
    welfare(
      date: string,
      groupId: number,
      list: readonly RosterMember[],
      perHeadCents: number,
      welfareType: 'festival' | 'birthday',
      festival: string | null,
      summary: string,
    ): void {
      const cents = perHeadCents * list.length;
      const payee = welfareType === 'festival' ? '示例超市有限公司' : '示例蛋糕店';
      const voucherId = voucherFor(
        { date, summary: `${summary}（第${groupId}组）`, attachments: 2 },
        [
          { accountCode: '50105', summary, debitCents: cents, creditCents: 0, groupId, spendingKind: 'basic' },
          { accountCode: '102', summary, debitCents: 0, creditCents: cents, counterparty: payee },
        ],
        CLERK,
      );
      insertClaim(
        db,
        {
          ...base(date),
          date,
          accountCode: '50105',
          summary,
          payee,
          amountCents: cents,
          paymentForm: welfareType === 'festival' ? 'goods_voucher' : 'cake_voucher',
          paidFrom: '102',
          welfareType,
          festival,
          beneficiaryCount: list.length,
          invoices: [
            {
              number: `W${date.replace(/-/g, '')}${String(groupId).padStart(4, '0')}${welfareType[0]}`,
              date,
              amountCents: cents,
              verified: true,
            },
          ],
          beneficiaries: list.map((x) => ({ memberId: x.id, name: x.name, amountCents: perHeadCents, signed: true })),
        },
        { preparer: CLERK, voucherId, createdAt: at },
      );
    },
  };
}

function summarise(
  db: Db,
  s: { members: number; firstYear: number; lastYear: number; breaches: SeededBreach[] },
): GenerateSummary {
  const one = (sql: string, ...p: unknown[]) => (db.prepare(sql).get(...p) as { n: number | null }).n ?? 0;
  const account = (like: string, side: 'debit' | 'credit') =>
    one(`SELECT sum(${side}_cents) AS n FROM period_totals WHERE account_code LIKE ?`, like);
  return {
    members: s.members,
    membersLeft: one("SELECT count(*) AS n FROM members WHERE status = 'left'"),
    firstYear: s.firstYear,
    lastYear: s.lastYear,
    vouchers: one("SELECT count(*) AS n FROM vouchers WHERE status = 'posted'"),
    lines: one('SELECT count(*) AS n FROM voucher_lines'),
    claims: one('SELECT count(*) AS n FROM expense_claims'),
    invoices: one('SELECT count(*) AS n FROM claim_invoices'),
    beneficiaries: one('SELECT count(*) AS n FROM claim_beneficiaries'),
    debitCents: one('SELECT sum(debit_cents) AS n FROM period_totals'),
    duesCents: account('401%', 'credit'),
    allocationCents: account('402%', 'credit'),
    remittedCents: account('211%', 'debit'),
    spendingCents: account('5%', 'debit'),
    breaches: s.breaches,
  };
}
