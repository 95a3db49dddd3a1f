import { ReportDocument, type ReportPartInput } from '../../contract/reports';
import type { AuditReport } from '../../contract/audit-api';
import { D, formatCents } from '../../domain/money';

const SEVERITY_ZH = { high: '高', medium: '中', low: '低' } as const;
const DECISION_ZH = { confirmed_breach: '确认违规', accepted: '接受说明', rectified: '已整改' } as const;

const pct = (actual: number, budget: number): string | null =>
  budget === 0 ? null : new D(actual).div(budget).times(100).toFixed(2);

/** The 审查报告 as a report document, for the xlsx, PDF and CSV writers (electron/services/export). */
export function auditReportDocument(r: AuditReport): ReportDocument {
  const period = `${r.year}年度`;
  const budgetPart = (id: string, title: string, lines: AuditReport['income']): ReportPartInput => ({
    id,
    title,
    formNo: null,
    period,
    unit: '元',
    columns: [
      { key: 'code', header: '科目编码', kind: 'text', width: 10 },
      { key: 'name', header: '科目名称', kind: 'text', width: 24 },
      { key: 'budget', header: '预算数', kind: 'money', width: 16 },
      { key: 'actual', header: '实际数', kind: 'money', width: 16 },
      { key: 'pct', header: '完成率%', kind: 'percent', width: 10 },
    ],
    rows: [
      ...lines.map((l) => ({
        cells: [l.accountCode, l.name, l.budgetCents, l.actualCents, pct(l.actualCents, l.budgetCents)],
        tone: l.budgetCents === 0 && l.actualCents > 0 ? ('warn' as const) : null,
      })),
      {
        style: 'total' as const,
        cells: [
          '合计',
          null,
          lines.reduce((s, l) => s + l.budgetCents, 0),
          lines.reduce((s, l) => s + l.actualCents, 0),
          pct(
            lines.reduce((s, l) => s + l.actualCents, 0),
            lines.reduce((s, l) => s + l.budgetCents, 0),
          ),
        ],
      },
    ],
  });
  const c = r.findingCounts;
  return ReportDocument.parse({
    kind: 'audit-report',
    title: `${r.year}年度经费审查报告`,
    union: r.unionName,
    period,
    generatedAt: r.generatedAt,
    parts: [
      {
        id: 'basis',
        title: '审查依据与范围',
        formNo: null,
        period,
        unit: null,
        columns: [],
        rows: [],
        paragraphs: [
          { heading: '一、审查依据', body: r.basis.map((b) => b.zh), blankLines: 0 },
          {
            heading: '二、审查范围与方法',
            body: [
              `审查期间：${r.year}年1月1日至12月31日。政策参数方案：${r.profile.name.zh}。`,
              '审查方法：审阅账簿、凭证和报表，按审计规则逐项检查，并对发现的问题逐条审议。',
            ],
            blankLines: 0,
          },
          {
            heading: '三、收支和结余概况',
            body: [
              `全年收入 ${formatCents(r.totals.incomeCents)} 元，支出 ${formatCents(r.totals.spendingCents)} 元；` +
                `库存现金和银行存款年初 ${formatCents(r.totals.openingCashBankCents)} 元，年末 ${formatCents(r.totals.closingCashBankCents)} 元。`,
            ],
            blankLines: 0,
          },
        ],
      },
      budgetPart('income', '收入预算执行情况', r.income),
      budgetPart('spending', '支出预算执行情况', r.spending),
      {
        id: 'problems',
        title: '审查发现的问题',
        formNo: null,
        period,
        unit: '元',
        orientation: 'landscape',
        columns: [
          { key: 'no', header: '序号', kind: 'int', width: 5 },
          { key: 'rule', header: '规则', kind: 'text', width: 6 },
          { key: 'severity', header: '程度', kind: 'text', width: 7 },
          { key: 'problem', header: '问题', kind: 'text', width: 60 },
          { key: 'basis', header: '违反的规定', kind: 'text', width: 36 },
          { key: 'amount', header: '金额', kind: 'money', width: 14 },
          { key: 'vouchers', header: '凭证', kind: 'text', width: 18 },
          { key: 'decision', header: '审查决定', kind: 'text', width: 10 },
          { key: 'comment', header: '意见及整改', kind: 'text', width: 30 },
        ],
        rows: r.problems.map((p, i) => ({
          cells: [
            i + 1,
            p.ruleId,
            SEVERITY_ZH[p.severity],
            p.message.zh,
            p.citation.zh,
            p.amountCents,
            p.voucherRefs.join('、') || null,
            p.decision ? DECISION_ZH[p.decision] : '待审议',
            [p.comment, p.correctingVoucherRef ? `更正凭证 ${p.correctingVoucherRef}` : null]
              .filter(Boolean)
              .join('；') || null,
          ],
          tone: p.decision === null || p.decision === 'confirmed_breach' ? ('warn' as const) : null,
        })),
        notes: [
          `共 ${c.total} 项审计发现：待审议 ${c.open}，确认违规 ${c.confirmed}，接受说明 ${c.accepted}，已整改 ${c.rectified}，数据已消除 ${c.resolved}。`,
          ...(r.reviewItems.length > 0
            ? [`另有 ${r.reviewItems.length} 项统计分析提示（非违规结论），见审计页面。`]
            : []),
        ],
      },
      {
        id: 'opinion',
        title: '审查意见和建议',
        formNo: null,
        period,
        unit: null,
        columns: [],
        rows: [],
        paragraphs: [
          {
            heading: '审查会议',
            body: r.meetings.map(
              (m) => `${m.date} ${m.title}（出席：${m.attendees.join('、')}；审议 ${m.decisionCount} 项）`,
            ),
            blankLines: r.meetings.length === 0 ? 2 : 0,
          },
          { heading: '审查意见', body: [], blankLines: 6 },
          { heading: '整改建议及跟踪', body: [], blankLines: 4 },
        ],
        signatures: [{ label: '经费审查委员会主任' }, { label: '日期' }],
      },
    ],
  });
}
