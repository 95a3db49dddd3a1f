import type {
  ExportedFile,
  ExportFormat,
  ReportCatalogueEntry,
  ReportDocument,
  ReportRequest,
} from '../../contract/reports';
import { CATALOGUE, catalogueEntry } from '../../domain/reports/catalogue';
import { notesPart } from '../../domain/reports/final-accounts';
import { DomainError } from '../../app/errors';
import { isYearClosed } from '../../../db/repos/report-figures';
import { exportDocument } from '../export';
import { budgetReport, executionReport } from './budget-reports';
import { makeDocument, type ReportContext } from './document';
import { balanceSheet, incomeStatement } from './statements';
import { workingReport } from './working';
import { booksReport } from './books';

/**
 * 报表: every report kind as one ReportDocument (the screen shows it; the writers in services/export turn it
 * into xlsx, PDF or CSV). Read-only: no transaction is needed beyond SQLite's own read consistency, which one
 * synchronous call on one connection already has.
 */

export function reportCatalogue(): ReportCatalogueEntry[] {
  return [...CATALOGUE];
}

export function getReport(ctx: ReportContext, req: ReportRequest): ReportDocument {
  const entry = catalogueEntry(req.kind);
  const month = entry.month === 'none' ? null : (req.month ?? null);
  if (entry.month === 'required' && month === null && !(entry.voucher && req.voucherId))
    throw new DomainError('VALIDATION', '请选择月份', 'Choose a month', [
      { path: ['month'], message: '请选择月份', messageEn: 'Choose a month' },
    ]);
  const { db } = ctx;
  const y = req.year;
  switch (req.kind) {
    case 'balance-sheet': {
      const part = balanceSheet(db, y, month);
      return makeDocument(ctx, { kind: req.kind, title: '资产负债表', period: part.period, parts: [part] });
    }
    case 'income-statement': {
      const part = incomeStatement(db, y, month);
      return makeDocument(ctx, { kind: req.kind, title: '收入支出表', period: part.period, parts: [part] });
    }
    case 'final-accounts': {
      const bs = balanceSheet(db, y, null);
      const is = incomeStatement(db, y, null);
      const { part: exec, exec: execution } = executionReport(db, y, null);
      const notes = notesPart({
        year: y,
        balance: bs.values[1]!,
        income: is.values[0]!,
        execution,
        yearClosed: isYearClosed(db, y),
      });
      return makeDocument(ctx, {
        kind: req.kind,
        title: `${y}年度决算报表`,
        period: `${y}年度`,
        parts: [bs, is, exec, notes],
      });
    }
    case 'budget':
      return makeDocument(ctx, {
        kind: req.kind,
        title: '年度收支预算表',
        period: `${y}年度`,
        parts: budgetReport(db, y),
      });
    case 'budget-execution': {
      const { part } = executionReport(db, y, month);
      return makeDocument(ctx, { kind: req.kind, title: '预算执行情况表', period: part.period, parts: [part] });
    }
    case 'dues-by-month':
    case 'dues-by-group':
    case 'dues-by-member':
    case 'allocation':
      return workingReport(ctx, req.kind, y, month);
    case 'trial-balance':
    case 'general-ledger':
    case 'subsidiary-ledger':
    case 'vouchers':
      return booksReport(ctx, req.kind, {
        year: y,
        month,
        accountCode: req.accountCode ?? null,
        voucherId: req.voucherId ?? null,
      });
  }
}

export async function exportReport(
  ctx: ReportContext,
  req: ReportRequest & { format: ExportFormat },
): Promise<ExportedFile> {
  const { format, ...request } = req;
  return exportDocument(getReport(ctx, request), format);
}
