import { z } from 'zod';
import {
  ExportedFile,
  ExportFormat,
  ExportTableInput,
  JournalFormat,
  ReportCatalogueEntry,
  ReportDocument,
  ReportRequest,
} from './reports';

/**
 * 报表: statements, budget and working reports, ledgers and the voucher print as one document model; exports
 * to xlsx / PDF / CSV; the plain-text journal; and `export.table` so any grid can export what it shows.
 */
export const reportsMethods = {
  'reports.catalogue': { input: z.object({}).strict(), output: z.array(ReportCatalogueEntry) },
  /** The document for the screen (the same one the exports write). */
  'reports.get': { input: ReportRequest, output: ReportDocument },
  'reports.export': { input: ReportRequest.extend({ format: ExportFormat }).strict(), output: ExportedFile },
  /** The ledger's posted vouchers as an hledger / beancount / ledger-cli journal (through `year` if given). */
  'reports.journal': {
    input: z
      .object({ format: JournalFormat, year: z.number().int().min(2000).max(2100).nullable().optional() })
      .strict(),
    output: ExportedFile,
  },
  'export.table': { input: ExportTableInput, output: ExportedFile },
} as const;
