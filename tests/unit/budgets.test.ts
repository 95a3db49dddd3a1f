import { describe, expect, it } from 'vitest';
import type { AccountFacts } from '../../electron/domain/claims';
import {
  budgetStatus,
  cellKind,
  checkBudgetLines,
  computeExecution,
  pendingBodies,
  percent,
  type ActualCell,
  type BudgetLineTyped,
  type ExecBudgetLine,
} from '../../electron/domain/budgets';

/** Independent reference: a/b × 100 rounded half up to 2 places, with BigInt integer arithmetic. */
function pctRef(a: number, b: number): string {
  const neg = a < 0 !== b < 0 && a !== 0;
  const num = BigInt(Math.abs(a)) * 10000n;
  const den = BigInt(Math.abs(b));
  let q = num / den;
  if ((num % den) * 2n >= den) q += 1n;
  const s = `${q / 100n}.${String(q % 100n).padStart(2, '0')}`;
  return neg && q !== 0n ? `-${s}` : s;
}

describe('percent: two places, half up, exact', () => {
  it.each<[number, number]>([
    [1, 3],
    [2, 3],
    [12123, 10000],
    [1, 8], // 12.5 exactly
    [1, 800], // 0.125 → 0.13 (half up, not half even)
    [3, 800], // 0.375 → 0.38
    [5, 800], // 0.625 → 0.63
    [123456789, 1000000007],
    [99999999999999, 3],
    [-1, 8],
    [-1, 800],
    [0, 5],
    [7, 7],
  ])('%d / %d', (a, b) => {
    expect(percent(a, b)).toBe(pctRef(a, b));
  });
  it('is null for a zero whole and never "-0.00"', () => {
    expect(percent(5, 0)).toBeNull();
    expect(percent(-1, 1_000_000)).toBe('0.00');
  });
  it('half up at the boundary: 121.225 % → 121.23', () => {
    // 4849 / 4000 = 1.21225
    expect(percent(4849, 4000)).toBe('121.23');
  });
});

describe('budgetStatus', () => {
  it.each<[Parameters<typeof budgetStatus>[0], string, string[]]>([
    [[], 'draft', ['union_committee', 'review_committee', 'higher_union']],
    [['union_committee'], 'partial', ['review_committee', 'higher_union']],
    [['higher_union', 'review_committee'], 'partial', ['union_committee']],
    [['review_committee', 'union_committee', 'higher_union'], 'approved', []],
  ])('%j → %s', (bodies, status, pending) => {
    expect(budgetStatus(bodies)).toBe(status);
    expect(pendingBodies(bodies)).toEqual(pending);
  });
});

const acc = (code: string, cls: AccountFacts['class'], over: Partial<AccountFacts> = {}): [string, AccountFacts] => [
  code,
  { code, name: `n${code}`, class: cls, isLeaf: true, enabled: true, ...over },
];
const ctx = {
  accounts: new Map([
    acc('401', 'income'),
    acc('403', 'income', { isLeaf: false }),
    acc('40302', 'income'),
    acc('50105', 'spending'),
    acc('501', 'spending', { isLeaf: false }),
    acc('509', 'spending', { enabled: false }),
    acc('102', 'asset'),
  ]),
  projectIds: new Set([7]),
};

describe('checkBudgetLines', () => {
  it('resolves kinds and turns amounts into fen', () => {
    const r = checkBudgetLines(
      [
        { accountCode: '401', amount: '50,000' },
        { accountCode: '40302', projectId: 7, amount: '10000.5' },
        { accountCode: '50105', amount: '12,000.00' },
        { accountCode: '50105', projectId: 7, amount: '0' },
      ],
      ctx,
    );
    expect(r.ok && r.lines).toEqual([
      { accountCode: '401', spendingKind: 'income', projectId: null, amountCents: 5000000 },
      { accountCode: '40302', spendingKind: 'income', projectId: 7, amountCents: 1000050 },
      { accountCode: '50105', spendingKind: 'basic', projectId: null, amountCents: 1200000 },
      { accountCode: '50105', spendingKind: 'project', projectId: 7, amountCents: 0 },
    ]);
  });

  it.each<[string, BudgetLineTyped, string]>([
    ['unknown account', { accountCode: '50199', amount: '1' }, 'lines.0.accountCode'],
    ['asset account', { accountCode: '102', amount: '1' }, 'lines.0.accountCode'],
    ['parent income account', { accountCode: '403', amount: '1' }, 'lines.0.accountCode'],
    ['parent spending account', { accountCode: '501', amount: '1' }, 'lines.0.accountCode'],
    ['disabled account', { accountCode: '509', amount: '1' }, 'lines.0.accountCode'],
    ['income account as basic', { accountCode: '401', spendingKind: 'basic', amount: '1' }, 'lines.0.spendingKind'],
    [
      'spending account as income',
      { accountCode: '50105', spendingKind: 'income', amount: '1' },
      'lines.0.spendingKind',
    ],
    [
      'project line without project',
      { accountCode: '50105', spendingKind: 'project', amount: '1' },
      'lines.0.projectId',
    ],
    [
      'basic line with project',
      { accountCode: '50105', spendingKind: 'basic', projectId: 7, amount: '1' },
      'lines.0.spendingKind',
    ],
    ['unknown project', { accountCode: '50105', projectId: 9, amount: '1' }, 'lines.0.projectId'],
    ['negative amount', { accountCode: '50105', amount: '-1' }, 'lines.0.amount'],
    ['three decimals', { accountCode: '50105', amount: '1.001' }, 'lines.0.amount'],
  ])('%s', (_n, line, path) => {
    const r = checkBudgetLines([line], ctx);
    expect(r.ok ? [] : r.issues.map((i) => i.path.join('.'))).toEqual([path]);
  });

  it('refuses the same account, kind and project twice (no project included)', () => {
    const r = checkBudgetLines(
      [
        { accountCode: '50105', amount: '1' },
        { accountCode: '50105', projectId: 7, amount: '1' },
        { accountCode: '50105', spendingKind: 'basic', amount: '2' },
      ],
      ctx,
    );
    expect(r.ok ? [] : r.issues.map((i) => i.path.join('.'))).toEqual(['lines.2.accountCode']);
  });
});

describe('cellKind', () => {
  it.each<[Pick<ActualCell, 'accountClass' | 'projectId' | 'spendingKind'>, string]>([
    [{ accountClass: 'income', projectId: 3, spendingKind: null }, 'income'],
    [{ accountClass: 'spending', projectId: null, spendingKind: null }, 'basic'],
    [{ accountClass: 'spending', projectId: null, spendingKind: 'basic' }, 'basic'],
    [{ accountClass: 'spending', projectId: 3, spendingKind: 'basic' }, 'project'],
    [{ accountClass: 'spending', projectId: null, spendingKind: 'project' }, 'project'],
  ])('%j → %s', (c, k) => expect(cellKind(c)).toBe(k));
});

describe('computeExecution', () => {
  const budget: ExecBudgetLine[] = [
    {
      id: 1,
      accountCode: '401',
      accountClass: 'income',
      spendingKind: 'income',
      projectId: null,
      amountCents: 5000000,
    },
    {
      id: 2,
      accountCode: '40302',
      accountClass: 'income',
      spendingKind: 'income',
      projectId: null,
      amountCents: 1000000,
    },
    {
      id: 3,
      accountCode: '50105',
      accountClass: 'spending',
      spendingKind: 'basic',
      projectId: null,
      amountCents: 1200000,
    },
    {
      id: 4,
      accountCode: '50105',
      accountClass: 'spending',
      spendingKind: 'project',
      projectId: 7,
      amountCents: 300000,
    },
    { id: 5, accountCode: '50702', accountClass: 'spending', spendingKind: 'basic', projectId: null, amountCents: 0 },
  ];
  const cell = (
    accountCode: string,
    accountClass: 'income' | 'spending',
    month: number,
    debitCents: number,
    creditCents: number,
    projectId: number | null = null,
    spendingKind: ActualCell['spendingKind'] = null,
  ): ActualCell => ({ accountCode, accountClass, month, debitCents, creditCents, projectId, spendingKind });
  const cells: ActualCell[] = [
    cell('401', 'income', 1, 0, 432107),
    cell('401', 'income', 2, 0, 400000),
    cell('401', 'income', 3, 12345, 0), // a debit on income is not income
    cell('40302', 'income', 2, 0, 250000, 7), // by project → the line without project
    cell('50105', 'spending', 3, 90000, 0, null, 'basic'),
    cell('50105', 'spending', 3, -30000, 0), // red reversal
    cell('50105', 'spending', 3, 0, 777), // a credit on spending is not spending
    cell('50105', 'spending', 2, 100000, 0, 7, 'project'),
    cell('50105', 'spending', 2, 20000, 0, 8, 'project'), // project 8 has no line → 无预算
    cell('50702', 'spending', 3, 680000, 0),
    cell('50102', 'spending', 4, 5555, 0), // after the cut-off when through March
    cell('50105', 'spending', 5, 11111, 0),
  ];

  it('through March: budget, actual, remaining, completion and shares per line', () => {
    const { rows, totals } = computeExecution(budget, cells, 3);
    const by = (code: string, kind: string, project: number | null) =>
      rows.find((r) => r.accountCode === code && r.spendingKind === kind && r.projectId === project)!;

    const r401 = by('401', 'income', null);
    expect(r401.actualCents).toBe(432107 + 400000);
    expect(r401.byMonth).toEqual([432107, 400000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(r401.remainingCents).toBe(5000000 - 832107);
    expect(r401.completionPct).toBe(pctRef(832107, 5000000));

    const r40302 = by('40302', 'income', null);
    expect([r40302.budgetLineId, r40302.actualCents]).toEqual([2, 250000]);

    const basic = by('50105', 'basic', null);
    expect(basic.actualCents).toBe(90000 - 30000);
    expect(basic.completionPct).toBe(pctRef(60000, 1200000));

    const proj = by('50105', 'project', 7);
    expect([proj.budgetLineId, proj.actualCents, proj.remainingCents]).toEqual([4, 100000, 200000]);

    const none = by('50105', 'project', 8);
    expect(none).toMatchObject({ noBudget: true, budgetLineId: null, budgetCents: null, remainingCents: null });
    expect(none.completionPct).toBeNull();
    expect(none.actualCents).toBe(20000);

    const asset = by('50702', 'basic', null);
    expect([asset.actualCents, asset.completionPct, asset.remainingCents]).toEqual([680000, null, -680000]);

    expect(rows.find((r) => r.accountCode === '50102')).toBeUndefined();

    const spendingActual = 60000 + 100000 + 20000 + 680000;
    const spendingBudget = 1200000 + 300000 + 0;
    expect(totals.spending).toMatchObject({
      budgetCents: spendingBudget,
      actualCents: spendingActual,
      remainingCents: spendingBudget - spendingActual,
      completionPct: pctRef(spendingActual, spendingBudget),
    });
    expect(totals.income.actualCents).toBe(832107 + 250000);
    expect(totals.income.budgetCents).toBe(6000000);
    expect(none.sharePct).toBe(pctRef(20000, spendingActual));
    expect(basic.budgetSharePct).toBe(pctRef(1200000, spendingBudget));

    for (const r of rows) expect(r.byMonth.reduce((a, b) => a + b, 0)).toBe(r.actualCents);
    expect(rows.map((r) => `${r.accountCode}/${r.spendingKind}/${r.projectId ?? ''}`)).toEqual([
      '401/income/',
      '40302/income/',
      '50105/basic/',
      '50105/project/7',
      '50105/project/8',
      '50702/basic/',
    ]);
  });

  it('through December: later months count and an unbudgeted account gets its own row', () => {
    const { rows, totals } = computeExecution(budget, cells, 12);
    const r50102 = rows.find((r) => r.accountCode === '50102')!;
    expect(r50102).toMatchObject({ noBudget: true, actualCents: 5555, spendingKind: 'basic' });
    expect(r50102.byMonth[3]).toBe(5555);
    const basic = rows.find((r) => r.accountCode === '50105' && r.spendingKind === 'basic')!;
    expect(basic.actualCents).toBe(90000 - 30000 + 11111);
    expect(totals.spending.byMonth.reduce((a, b) => a + b, 0)).toBe(totals.spending.actualCents);
  });

  it('with no budget at all, every actual is a 无预算 row', () => {
    const { rows, totals } = computeExecution([], cells, 12);
    expect(rows.every((r) => r.noBudget)).toBe(true);
    expect(totals.spending.completionPct).toBeNull();
    expect(totals.spending.budgetCents).toBe(0);
  });
});
