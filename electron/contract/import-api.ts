import { z } from 'zod';
import {
  BankMatchDto,
  BankMatchInput,
  BankMatchResult,
  BankMonthInput,
  BankReconciliation,
  BankStatementLineDto,
  BankStatementPageInput,
  ImportBatchDto,
  ImportCommitInput,
  ImportFileInput,
  ImportKind,
  ImportMapping,
  ImportMappingDto,
  ImportPreview,
  ImportResult,
  ImportTemplate,
} from './import';
import { ExportedFile, ExportFormat, ReportDocument } from './reports';

/**
 * Import (导入) of the sheets clerks already keep, and bank reconciliation (银行对账). `import.preview` reads the
 * file and writes nothing; `import.commit` repeats every check and writes all rows in one transaction, or nothing.
 */
export const importMethods = {
  'import.preview': { input: ImportFileInput, output: ImportPreview },
  'import.commit': { input: ImportCommitInput, output: ImportResult },
  'import.mappings.get': { input: z.object({ kind: ImportKind }).strict(), output: ImportMappingDto },
  'import.mappings.save': {
    input: z.object({ kind: ImportKind, mapping: ImportMapping }).strict(),
    output: ImportMappingDto,
  },
  'import.template': {
    input: z.object({ kind: ImportKind, format: z.enum(['xlsx', 'csv']) }).strict(),
    output: ImportTemplate,
  },
  'import.batches': {
    input: z.object({ kind: ImportKind.optional(), limit: z.number().int().min(1).max(500).default(100) }).strict(),
    output: z.array(ImportBatchDto),
  },

  'bank.statements.list': {
    input: BankStatementPageInput,
    output: z.object({ rows: z.array(BankStatementLineDto), total: z.number().int() }),
  },
  'bank.match': { input: BankMatchInput, output: BankMatchResult },
  'bank.matches': { input: BankMonthInput, output: z.array(BankMatchDto) },
  'bank.reconciliation': { input: BankMonthInput, output: BankReconciliation },
  'bank.lock': { input: BankMonthInput, output: BankReconciliation },
  /** 银行存款余额调节表 as a report document (the screen shows what the exports write). */
  'bank.reconciliation.document': { input: BankMonthInput, output: ReportDocument },
  'bank.reconciliation.export': {
    input: BankMonthInput.extend({ format: ExportFormat }).strict(),
    output: ExportedFile,
  },
} as const;
