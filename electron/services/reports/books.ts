import { listAccounts } from '../../../db/repos/accounts';
import {
  balancesBefore,
  countLedgerLines,
  ledgerLines,
  leafMonthMoves,
  monthlyMoves,
  postedVoucherIds,
  type LedgerLine,
} from '../../../db/repos/report-queries';
import type { ReportDocument, ReportPartInput } from '../../contract/reports';
import type { AccountDto } from '../../contract/vouchers';
import { DomainError } from '../../app/errors';
import { generalLedgerPart, subsidiaryLedgerPart, trialBalancePart, voucherPart } from '../../domain/reports/books';
import { monthEnd, periodWords, ym } from '../../domain/reports/common';
import { trialBalance } from '../ledger-reports';
import { getVoucher } from '../vouchers';
import { makeDocument, type ReportContext } from './document';

/** The most posting lines one 明细账 export prints; beyond it, choose an account or a month. */
export const MAX_LEDGER_LINES = 50_000;

interface BooksRequest {
  year: number;
  month: number | null;
  accountCode: string | null;
  voucherId: number | null;
}

export function booksReport(
  ctx: ReportContext,
  kind: 'trial-balance' | 'general-ledger' | 'subsidiary-ledger' | 'vouchers',
  req: BooksRequest,
): ReportDocument {
  const { db } = ctx;
  const accounts = listAccounts(db);
  const byCode = new Map(accounts.map((a) => [a.code, a]));
  if (req.accountCode && !byCode.has(req.accountCode))
    throw new DomainError('NOT_FOUND', `科目 ${req.accountCode} 不存在`, `Account ${req.accountCode} does not exist`, [
      { path: ['accountCode'], message: '科目不存在', messageEn: 'No such account' },
    ]);
  const { year, month } = req;
  switch (kind) {
    case 'trial-balance': {
      const tb = trialBalance(db, ym(year, month ?? 1), ym(year, month ?? 12));
      const part = trialBalancePart(tb, periodWords(year, month));
      return makeDocument(ctx, { kind, title: part.title, period: part.period, parts: [part] });
    }
    case 'general-ledger':
      return generalLedger(ctx, year, req.accountCode, byCode);
    case 'subsidiary-ledger':
      return subsidiaryLedger(ctx, year, month, req.accountCode, accounts);
    case 'vouchers':
      return voucherPrint(ctx, year, month, req.voucherId, byCode);
  }
}

/** "职工活动支出—会员活动支出": the account's name under its parents. */
export function accountPath(byCode: ReadonlyMap<string, AccountDto>, code: string): string {
  const names: string[] = [];
  for (let c: string | null = code; c; c = byCode.get(c)?.parentCode ?? null) names.unshift(byCode.get(c)?.name ?? c);
  return names.join('—');
}

function generalLedger(
  ctx: ReportContext,
  year: number,
  code: string | null,
  byCode: ReadonlyMap<string, AccountDto>,
): ReportDocument {
  const { db } = ctx;
  const len = code ? code.length : 3;
  const opening = balancesBefore(db, ym(year, 1), code, len);
  const moves = monthlyMoves(db, year, code);
  const codes = [...new Set([...opening.keys(), ...moves.map((m) => m.code)])].sort();
  const last = lastPostedMonth(moves.map((m) => m.period));
  const parts: ReportPartInput[] = codes
    .filter((c) => (opening.get(c) ?? 0) !== 0 || moves.some((m) => m.code === c))
    .map((c) => {
      const months = Array.from({ length: 12 }, () => ({ debit: 0, credit: 0 }));
      for (const m of moves)
        if (m.code === c) months[Number(m.period.slice(5)) - 1] = { debit: m.debit, credit: m.credit };
      return generalLedgerPart(
        { code: c, name: byCode.get(c)?.name ?? c, opening: opening.get(c) ?? 0, months },
        year,
        last,
      );
    });
  return makeDocument(ctx, {
    kind: 'general-ledger',
    title: '总账',
    period: `${year}年度`,
    parts: orEmpty(parts, '总账', `${year}年度`),
  });
}

function lastPostedMonth(periods: readonly string[]): number {
  return periods.reduce((m, p) => Math.max(m, Number(p.slice(5))), 1);
}

function subsidiaryLedger(
  ctx: ReportContext,
  year: number,
  month: number | null,
  code: string | null,
  accounts: readonly AccountDto[],
): ReportDocument {
  const { db } = ctx;
  const byCode = new Map(accounts.map((a) => [a.code, a]));
  const fromM = month ?? 1;
  const toM = month ?? 12;
  const fromDate = `${ym(year, fromM)}-01`;
  const toDate = monthEnd(year, toM);
  const count = countLedgerLines(db, fromDate, toDate, code);
  if (count > MAX_LEDGER_LINES)
    throw new DomainError(
      'RULE_VIOLATION',
      `明细账共 ${count} 笔，超过一次可打印的 ${MAX_LEDGER_LINES} 笔；请选择科目或月份`,
      `The ledger has ${count} postings, more than the ${MAX_LEDGER_LINES} one print can hold; choose an account or a month`,
    );
  const opening = balancesBefore(db, ym(year, fromM), code, null);
  const yearBefore = new Map<string, { debit: number; credit: number }>();
  if (fromM > 1)
    for (const m of leafMonthMoves(db, ym(year, 1), ym(year, fromM - 1), code)) {
      const t = yearBefore.get(m.code) ?? { debit: 0, credit: 0 };
      yearBefore.set(m.code, { debit: t.debit + m.debit, credit: t.credit + m.credit });
    }
  const lines = ledgerLines(db, fromDate, toDate, code);
  const byAccount = new Map<string, LedgerLine[]>();
  for (const l of lines) {
    const list = byAccount.get(l.code) ?? [];
    list.push(l);
    byAccount.set(l.code, list);
  }
  const leaves = accounts
    .filter((a) => a.isLeaf && (!code || a.code.startsWith(code)))
    .filter((a) => byAccount.has(a.code) || (opening.get(a.code) ?? 0) !== 0)
    .map((a) => a.code);
  const period = periodWords(year, month);
  const parts = leaves.map((c) =>
    subsidiaryLedgerPart(
      {
        code: c,
        fullName: accountPath(byCode, c),
        opening: opening.get(c) ?? 0,
        yearBefore: yearBefore.get(c) ?? { debit: 0, credit: 0 },
        lines: byAccount.get(c) ?? [],
      },
      year,
      { from: fromM, to: toM },
      period,
    ),
  );
  return makeDocument(ctx, {
    kind: 'subsidiary-ledger',
    title: '明细账',
    period,
    parts: orEmpty(parts, '明细账', period),
  });
}

function voucherPrint(
  ctx: ReportContext,
  year: number,
  month: number | null,
  voucherId: number | null,
  byCode: ReadonlyMap<string, AccountDto>,
): ReportDocument {
  const { db } = ctx;
  const ids = voucherId ? [voucherId] : postedVoucherIds(db, ym(year, month ?? 1));
  const vouchers = ids.map((id) => getVoucher(db, id));
  const parts = vouchers.map((v) => voucherPart(v, (c) => accountPath(byCode, c)));
  const period = voucherId && vouchers[0] ? vouchers[0].label : periodWords(year, month);
  return makeDocument(ctx, {
    kind: 'vouchers',
    title: '记账凭证',
    period,
    parts: orEmpty(parts, '记账凭证', period),
    sheets: 'single',
  });
}

/** A report with nothing to show still prints one page saying so. */
function orEmpty(parts: ReportPartInput[], title: string, period: string): ReportPartInput[] {
  if (parts.length > 0) return parts;
  return [
    {
      id: 'empty',
      title,
      formNo: null,
      period,
      unit: null,
      columns: [{ key: 'note', header: '说明', group: null, kind: 'text', width: 60 }],
      rows: [{ cells: ['本期没有记录'], style: 'normal', indent: {}, tone: null }],
    },
  ];
}
