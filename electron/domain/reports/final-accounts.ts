import type { BudgetExecution } from '../../contract/budgets';
import type { ReportPartInput } from '../../contract/reports';
import { formatCents } from '../money';
import { STATEMENT_SIGNATURES, tie } from './common';
import type { BalanceSheetValues, IncomeStatementValues } from './statements';

/**
 * 会计报表附注 (财会〔2021〕7号 附录1 第六部分): the eight headings the annual notes must cover, with the
 * figures the books already know filled in and ruled lines for the clerk to complete. Pure.
 */
export interface NotesInput {
  year: number;
  balance: BalanceSheetValues;
  income: IncomeStatementValues;
  execution: BudgetExecution;
  yearClosed: boolean;
}

const yuan = (c: number) => `${formatCents(c)} 元`;

export function notesPart(input: NotesInput): ReportPartInput {
  const { balance: b, income: i, execution: e } = input;
  const pct = (p: string | null) => (p === null ? '—' : `${p}%`);
  const budgetLine = e.budget
    ? `收入预算 ${yuan(e.totals.income.budgetCents)}，完成 ${pct(e.totals.income.completionPct)}；支出预算 ${yuan(
        e.totals.spending.budgetCents,
      )}，完成 ${pct(e.totals.spending.completionPct)}（预算第 ${e.budget.version} 版${e.approved ? '，已审批' : '，尚未全部审批'}）。`
    : '本年度未编制预算。';
  return {
    id: 'notes',
    title: '会计报表附注',
    formNo: null,
    period: `${input.year}年度`,
    unit: null,
    columns: [],
    rows: [],
    paragraphs: [
      {
        heading: '一、遵循《工会会计制度》的声明',
        body: [
          `本工会${input.year}年度财务报表按照《工会会计制度》（财会〔2021〕7号）编制，真实、完整地反映了本工会的财务状况和收支情况。`,
        ],
        blankLines: 1,
      },
      {
        heading: '二、整体财务状况、预算执行情况的说明',
        body: [
          `年末资产总计 ${yuan(b.totalAssets)}，负债合计 ${yuan(b.totalLiabilities)}，净资产合计 ${yuan(b.totalNetAssets)}。`,
          `本年收入合计 ${yuan(i.totalIncome)}，支出合计 ${yuan(i.totalSpending)}，本期收支差额 ${yuan(i.net)}；年末资金结转结余 ${yuan(i.closingTotal)}（其中工会资金结转 ${yuan(i.closingCarry)}，工会资金结余 ${yuan(i.closingSurplus)}）。`,
          budgetLine,
        ],
        blankLines: 3,
      },
      {
        heading: '三、重要会计政策、会计估计及其变更情况的说明',
        body: [
          '会计核算以收付实现制为主，按制度规定的事项采用权责发生制；固定资产按年限平均法按月计提折旧，不考虑预计净残值。',
        ],
        blankLines: 3,
      },
      {
        heading: '四、会计报表重要项目的进一步说明',
        body: [
          `货币资金 ${yuan(b.cash)}；应付上级经费 ${yuan(b.dueToUpper)}；固定资产原值 ${yuan(b.fixedAssetsCost)}，累计折旧 ${yuan(b.depreciation)}。请说明主要构成和增减变动。`,
        ],
        blankLines: 4,
      },
      { heading: '五、重要资产处置、资产重大损失情况的说明', body: [], blankLines: 3 },
      {
        heading: '六、以名义金额计量的资产名称、数量等情况，以及以名义金额计量理由的说明',
        body: [],
        blankLines: 2,
      },
      {
        heading: '七、以前年度结转结余调整情况的说明',
        body: [`本年资金结转结余调整及变动 ${yuan(i.adjustTotal)}。`],
        blankLines: 2,
      },
      { heading: '八、有助于理解和分析会计报表需要说明的其他事项', body: [], blankLines: 3 },
    ],
    ties: [
      tie(
        '资产负债表与收入支出表：工会资金结转结余（年末）',
        ['资产负债表 结转 + 结余', b.carryForward + b.surplus],
        ['收入支出表 年末资金结转结余', i.closingTotal],
      ),
      tie(
        '收入支出表与预算执行情况表：支出合计',
        ['收入支出表 支出合计', i.totalSpending],
        ['预算执行 实际支出合计', e.totals.spending.actualCents],
      ),
      tie(
        '收入支出表与预算执行情况表：收入合计',
        ['收入支出表 收入合计', i.totalIncome],
        ['预算执行 实际收入合计', e.totals.income.actualCents],
      ),
    ],
    notes: input.yearClosed
      ? []
      : [`${input.year} 年尚未年终结账；结账前的年末数已按结账规则计入未结转的本年收支差额，结账后应无变化。`],
    signatures: STATEMENT_SIGNATURES,
    seal: true,
    orientation: 'portrait',
    pageBreak: 'before',
  };
}
