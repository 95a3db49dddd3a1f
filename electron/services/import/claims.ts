import { membersByIds, projectExists } from '../../../db/repos/claims';
import { ClaimInput, type ParsedClaimInput } from '../../contract/claims';
import { describeZodIssues } from '../../app/zod-messages';
import { claimFieldOf, type ClaimRow } from '../../domain/import/claims';
import { checkClaim, type AccountFacts } from '../../domain/claims';
import type { RowIssue } from '../../domain/import/rows';
import { createClaim } from '../claims';
import { emptyPlan, PROGRESS_EVERY, type KindModule } from './plan';
import { accountFacts, claimInvoiceNumbers, closedPeriods } from './store';

const FIELD_COLUMN: Record<string, string> = {
  date: '日期',
  account: '支出科目',
  summary: '摘要',
  payee: '收款人',
  amount: '金额',
  paymentForm: '支付方式',
  paidFrom: '付款科目',
  welfareType: '福利类型',
  festival: '节日',
  invoiceNo: '发票号',
  invoiceDate: '发票日期',
  invoiceAmount: '发票金额',
  beneficiaryCount: '受益人数',
  approver: '审批人',
  approvedDate: '审批日期',
  budgetLine: '预算项目',
};

/**
 * 报销单: each row is checked by the claim rules exactly as the claim form is (claims.create), and saved the same
 * way — claim, invoice, and its voucher posted (Dr spending / Cr 102 or 101). An invoice number already claimed
 * (or repeated in the file) is a duplicate: a second claim on one invoice is what audit rule R6 looks for.
 */
export const claimsImport: KindModule = {
  plan(db, _env, records) {
    const rows = records as ClaimRow[];
    const facts = accountFacts(db) as Map<string, AccountFacts & { normalSide: string }>;
    const closed = closedPeriods(db);
    const claimed = claimInvoiceNumbers(db);
    const seen = new Map<string, number>();
    const plan = emptyPlan();
    const ready: { row: number; input: ParsedClaimInput }[] = [];
    const issue = (row: number, field: string, value: string, zh: string, en: string): RowIssue => ({
      row,
      column: FIELD_COLUMN[field] ?? field,
      field,
      value,
      reason: zh,
      reasonEn: en,
    });
    for (const r of rows) {
      if (r.invoiceNo !== null) {
        if (claimed.has(r.invoiceNo)) {
          plan.duplicates.push({
            row: r.row,
            reason: `发票号 ${r.invoiceNo} 已报销过，跳过`,
            reasonEn: `Invoice ${r.invoiceNo} has already been claimed; skipped`,
          });
          continue;
        }
        const first = seen.get(r.invoiceNo);
        if (first !== undefined) {
          plan.duplicates.push({
            row: r.row,
            reason: `发票号 ${r.invoiceNo} 与第 ${first} 行重复，跳过`,
            reasonEn: `Invoice ${r.invoiceNo} repeats row ${first}; skipped`,
          });
          continue;
        }
        seen.set(r.invoiceNo, r.row);
      }
      const parsed = ClaimInput.safeParse(r.input);
      if (!parsed.success) {
        for (const i of describeZodIssues(parsed.error))
          plan.issues.push(issue(r.row, claimFieldOf(i.path), '', i.message, i.messageEn));
        continue;
      }
      if (closed.has(parsed.data.date.slice(0, 7))) {
        plan.issues.push(
          issue(
            r.row,
            'date',
            parsed.data.date,
            `${parsed.data.date.slice(0, 7)} 已结账，不能导入报销单`,
            `${parsed.data.date.slice(0, 7)} is closed; the claim cannot be imported`,
          ),
        );
        continue;
      }
      const check = checkClaim(parsed.data, {
        accounts: facts,
        projectIds: new Set(
          parsed.data.projectId && projectExists(db, parsed.data.projectId) ? [parsed.data.projectId] : [],
        ),
        members: membersByIds(db, []),
      });
      if (!check.ok) {
        for (const i of check.issues) plan.issues.push(issue(r.row, claimFieldOf(i.path), '', i.message, i.messageEn));
        continue;
      }
      ready.push({ row: r.row, input: parsed.data });
      plan.rows.push({
        row: r.row,
        values: {
          date: check.claim.date,
          accountCode: check.claim.accountCode,
          summary: check.claim.summary,
          payee: check.claim.payee,
          amountCents: check.claim.amountCents,
          paymentForm: check.claim.paymentForm,
          paidFrom: check.claim.paidFrom,
          welfareType: check.claim.welfareType,
          invoiceNo: check.claim.invoices[0]?.number ?? null,
        },
      });
    }
    plan.toImport = ready.length;
    plan.amounts = [
      {
        key: 'amount',
        zh: '报销金额合计',
        en: 'Claims, total',
        cents: plan.rows.reduce((s, r) => s + (r.values.amountCents as number), 0),
      },
    ];
    if (ready.length)
      plan.notes.push({
        zh: `每张报销单都会生成并记账一张凭证（借：支出科目，贷：银行存款或库存现金）`,
        en: 'Each claim posts its voucher (Dr the spending account, Cr bank or cash)',
      });
    return {
      ...plan,
      write({ db, actor, progress }) {
        const voucherIds: number[] = [];
        ready.forEach((c, i) => {
          voucherIds.push(createClaim(db, actor, c.input).voucherId);
          if ((i + 1) % PROGRESS_EVERY === 0) progress(i + 1);
        });
        return { imported: ready.length, created: { claims: ready.length }, voucherIds };
      },
    };
  },
};
