import type { ExportedFile, ExportFormat, ReportDocument } from '../../contract/reports';
import type { BankReconciliation } from '../../contract/import';
import { dateWords, row, tie, type RowInput } from '../../domain/reports/common';
import { exportDocument } from '../export';
import { makeDocument, type ReportContext } from '../reports/document';
import { reconciliation } from './bank';

type Item = BankReconciliation['bank']['depositsInTransit'][number];

const STATE_WORDS: Record<BankReconciliation['state'], string> = {
  open: '未平衡',
  reconciled: '已平衡',
  locked: '已锁定',
};

function itemRows(items: readonly Item[]): RowInput[] {
  return items.map((i) =>
    row(['', i.date, [i.voucherLabel, i.summary, i.counterparty].filter(Boolean).join(' '), i.amountCents], {
      indent: { item: 1 },
    }),
  );
}

/**
 * 银行存款余额调节表 as a report document: the book side (日记账余额 adjusted by what the bank has and the books
 * have not) and the bank side (对账单余额 adjusted by what the books have and the bank has not), each item listed,
 * and the tie that the two adjusted balances agree. Screen, xlsx and PDF show this same document.
 */
export function reconciliationDocument(ctx: ReportContext, r: BankReconciliation): ReportDocument {
  const [y, m] = r.month.split('-').map(Number) as [number, number];
  const day = Number(r.monthEnd.slice(8, 10));
  const period = dateWords(y, m, day);
  const rows: RowInput[] = [
    row(['一、银行存款日记账余额', null, null, r.book.balanceCents], { style: 'total' }),
    row(['加：银行已收、企业未收', null, null, r.book.bankCreditsNotBookedCents]),
    ...itemRows(r.book.bankCreditsNotBooked),
    row(['减：银行已付、企业未付', null, null, r.book.bankDebitsNotBookedCents]),
    ...itemRows(r.book.bankDebitsNotBooked),
    row(['调节后的存款余额（账面）', null, null, r.book.adjustedCents], { style: 'subtotal' }),
    row(['二、银行对账单余额', null, null, r.bank.balanceCents], { style: 'total' }),
    row(['加：企业已收、银行未收', null, null, r.bank.depositsInTransitCents]),
    ...itemRows(r.bank.depositsInTransit),
    row(['减：企业已付、银行未付', null, null, r.bank.outstandingPaymentsCents]),
    ...itemRows(r.bank.outstandingPayments),
    row(['调节后的存款余额（银行）', null, null, r.bank.adjustedCents], { style: 'subtotal' }),
  ];
  const notes: string[] = [];
  if (r.bank.balanceSource === 'lines') notes.push('对账单未列余额，银行方余额按对账单各笔发生额累计');
  if (r.bank.balanceSource === 'none') notes.push('本月无银行对账单');
  if (r.changedSinceLock) notes.push('锁定后账面或对账单已变动，本表与锁定时不一致');
  const part = {
    id: 'bank-reconciliation',
    title: '银行存款余额调节表',
    formNo: null,
    period,
    unit: '元',
    meta: [
      { label: '账户', value: `${r.accountCode} ${r.accountName}` },
      { label: '对账单笔数', value: String(r.statementLines) },
      { label: '已勾对', value: String(r.matched) },
      { label: '状态', value: STATE_WORDS[r.state] },
      ...(r.lockedAt ? [{ label: '锁定', value: `${r.lockedAt.slice(0, 10)} ${r.lockedBy ?? ''}`.trim() }] : []),
    ],
    columns: [
      { key: 'item', header: '项目', kind: 'text' as const, width: 30, group: null },
      { key: 'date', header: '日期', kind: 'date' as const, width: 12, group: null },
      { key: 'summary', header: '凭证号 / 摘要 / 对方户名', kind: 'text' as const, width: 40, group: null },
      { key: 'amount', header: '金额', kind: 'money' as const, width: 16, group: null },
    ],
    rows,
    ties: [tie('调节后余额相符', ['账面调节后', r.book.adjustedCents], ['银行调节后', r.bank.adjustedCents])],
    notes,
    signatures: [
      { label: '会计主管', name: null },
      { label: '出纳', name: null },
      { label: '制表人', name: null },
    ],
  };
  return makeDocument(ctx, {
    kind: 'bank-reconciliation',
    title: `银行存款余额调节表（${r.accountCode}）`,
    period: `${y}年${m}月`,
    parts: [part],
  });
}

export function reconciliationDoc(ctx: ReportContext, input: { month: string; accountCode: string }) {
  return reconciliationDocument(ctx, reconciliation(ctx.db, input));
}

export function exportReconciliation(
  ctx: ReportContext,
  input: { month: string; accountCode: string; format: ExportFormat },
): Promise<ExportedFile> {
  return exportDocument(reconciliationDoc(ctx, input), input.format);
}
