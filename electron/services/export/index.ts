/**
 * Export machinery: one document model → xlsx, PDF or CSV.
 *
 * HOW ANOTHER FEATURE EXPORTS ITS OWN TABLE OR DOCUMENT
 *
 * 1. A grid that exports what it shows — no main-process code needed. From the renderer:
 *
 *      import { useExport } from '../../api/download';
 *      const { busy, run } = useExport();
 *      run('export.table', {
 *        title: '会员名册', subtitle: '2024年 · 第三工会小组', format: 'xlsx',
 *        columns: [{ header: '会员编号' }, { header: '姓名' }, { header: '会费基数', kind: 'money' }],
 *        rows: members.map((m) => [m.memberNo, m.name, m.duesBaseCents]),   // money as integer fen
 *        totals: [['合计', null, totalCents]],                                // optional, bold
 *      });
 *
 *    `run` calls the method, turns the returned `{ fileName, mime, base64 }` into a download (browser mode and
 *    Electron alike) and reports failures; `busy` drives the button's busy state. At most
 *    EXPORT_TABLE_MAX_ROWS rows (20,000); column kinds: text, date, money (fen), int, percent ("12.34").
 *
 * 2. A report or document of your own (the committee's review report, the bank reconciliation table …):
 *    build a `ReportDocument` (electron/contract/reports.ts: parts with columns, rows, ties, notes,
 *    paragraphs, signatures) in your service — `makeDocument(ctx, {kind, title, period, parts})` from
 *    services/reports/document.ts fills in the union and the time — then return
 *    `exportDocument(doc, format)` from your contract method (output `ExportedFile`). Show the same document on
 *    screen with the renderer's `<ReportView doc={doc} />` (features/reports/ReportView.tsx), so screen, paper
 *    and files agree.
 *
 * What the writers guarantee: xlsx money cells are numbers (`#,##0.00`), widths set, header frozen, A4 print
 * setup with the header rows repeated and "第 &P 页 / 共 &N 页"; PDF on A4 with Noto Sans SC embedded, a running
 * header, page numbers, right-aligned amounts, the signature and seal block; CSV in UTF-8 with a BOM.
 */
import type { ExportedFile, ExportFormat, ReportDocument } from '../../contract/reports';
import { writeCsv } from './csv';
import { writePdf } from './pdf';
import { writeXlsx } from './xlsx';

export const MIME: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
};

/** The file's bytes in the chosen format. */
export async function renderDocument(doc: ReportDocument, format: ExportFormat): Promise<Buffer> {
  switch (format) {
    case 'xlsx':
      return writeXlsx(doc);
    case 'pdf':
      return writePdf(doc);
    case 'csv':
      return writeCsv(doc);
  }
}

/** The document as a file for the renderer (base64) or the CLI. */
export async function exportDocument(doc: ReportDocument, format: ExportFormat): Promise<ExportedFile> {
  const bytes = await renderDocument(doc, format);
  return fileOf(bytes, fileName([doc.union, doc.title, doc.period], format), MIME[format]);
}

export function fileOf(bytes: Buffer, name: string, mime: string): ExportedFile {
  return { fileName: name, mime, base64: bytes.toString('base64'), bytes: bytes.length };
}

/** "示例工会_资产负债表_2024年度.xlsx": words joined, characters Windows refuses in file names removed. */
export function fileName(words: readonly string[], ext: string): string {
  const seen = new Set<string>();
  const parts = words
    .map((w) => w.replace(/[\\/:*?"<>|\r\n\t]/g, '').trim())
    .filter((w) => w !== '' && !seen.has(w) && (seen.add(w), true));
  const base = parts.join('_').slice(0, 120) || 'export';
  return `${base}.${ext}`;
}

export { writeCsv, writePdf, writeXlsx };
