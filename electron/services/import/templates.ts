import ExcelJS from 'exceljs';
import { IMPORT_KIND_LABELS, type ImportKind } from '../../contract/import';
import { FIELDS } from '../../domain/import/fields';

/**
 * A template per import kind: the header row the importer recognises at once, two example rows, and (xlsx) a
 * second sheet explaining every column in both languages with the other headers accepted for it.
 */
const TEMPLATE: Record<ImportKind, { fields: string[]; rows: (string | number)[][] }> = {
  members: {
    fields: ['memberNo', 'name', 'gender', 'group', 'joinDate', 'duesBase', 'phone', 'leaveDate'],
    rows: [
      ['GH0301', '张三', '男', '第一工会小组', '2025-03-01', '8500.00', '13800138000', ''],
      ['GH0302', '李四', '女', '第二工会小组', '2025-03-01', '6200.50', '', ''],
    ],
  },
  payroll: {
    fields: ['memberNo', 'name', 'period', 'unit', 'duesBase', 'gross'],
    rows: [
      ['GH0001', '张三', '2025-03', '示例实业有限公司', '6000.00', '8500.00'],
      ['GH0002', '李四', '2025-03', '示例实业有限公司', '5200.00', '7100.00'],
    ],
  },
  opening: {
    fields: ['account', 'accountName', 'debit', 'credit'],
    rows: [
      ['102', '银行存款', '100000.00', ''],
      ['32205', '累计结余', '', '100000.00'],
    ],
  },
  vouchers: {
    fields: ['date', 'voucherNo', 'summary', 'account', 'accountName', 'debit', 'credit'],
    rows: [
      ['2025-01-15', '记-1', '购买办公用品', '50504', '其他业务支出', '500.00', ''],
      ['2025-01-15', '记-1', '购买办公用品', '102', '银行存款', '', '500.00'],
    ],
  },
  claims: {
    fields: [
      'date',
      'account',
      'summary',
      'payee',
      'amount',
      'paymentForm',
      'invoiceNo',
      'invoiceVerified',
      'approver',
      'approvedDate',
    ],
    rows: [
      [
        '2025-03-10',
        '50102',
        '职工篮球赛用品',
        '某某体育用品店',
        '1200.00',
        '银行转账',
        '25110000000012345678',
        '是',
        '张主席',
        '2025-03-08',
      ],
      [
        '2025-03-12',
        '50101',
        '工会干部培训教材',
        '某某书店',
        '360.00',
        '公务卡',
        '25110000000012345679',
        '是',
        '张主席',
        '2025-03-11',
      ],
    ],
  },
  bank: {
    fields: ['date', 'summary', 'outflow', 'inflow', 'balance', 'counterparty', 'txnId'],
    rows: [
      ['2025-03-05', '转账支出', '1200.00', '', '98800.00', '某某体育用品店', 'B202503050001'],
      ['2025-03-12', '拨缴经费', '', '136000.00', '234800.00', '示例实业有限公司', 'B202503120002'],
    ],
  },
};

function headerOf(kind: ImportKind, field: string): string {
  return FIELDS[kind].find((f) => f.key === field)!.synonyms[0]!;
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function buildTemplate(
  kind: ImportKind,
  format: 'xlsx' | 'csv',
): Promise<{ fileName: string; mimeType: string; base64: string }> {
  const t = TEMPLATE[kind];
  const headers = t.fields.map((f) => headerOf(kind, f));
  const [zh, en] = IMPORT_KIND_LABELS[kind];
  const base = `导入模板-${zh.replace(/（.*）/, '')}-${kind}`;
  if (format === 'csv') {
    const lines = [headers, ...t.rows].map((r) => r.map(csvCell).join(','));
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
    return { fileName: `${base}.csv`, mimeType: 'text/csv', base64: bytes.toString('base64') };
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Union Ledger 工会经费账';
  const ws = wb.addWorksheet(zh.replace(/（.*）/, '').slice(0, 31));
  ws.addRow(headers).font = { bold: true };
  for (const r of t.rows) ws.addRow(r);
  ws.columns.forEach((c) => {
    c.width = 16;
  });
  const help = wb.addWorksheet('说明 Help');
  help.addRow([`${zh} / ${en}`]).font = { bold: true };
  help.addRow(['列名', 'Column', '必填 Required', '也可用的列名 Other headers accepted']).font = { bold: true };
  for (const f of FIELDS[kind]) help.addRow([f.zh, f.en, f.required ? '是 yes' : '', f.synonyms.slice(1).join(' / ')]);
  help.addRow([]);
  help.addRow([
    '日期可写 2025-03-01、2025/3/1 或 2025年3月1日；金额可带千分位、¥，负数可用括号；表头上方的标题行、空行和“合计”行会自动跳过。',
  ]);
  help.addRow([
    'Dates as 2025-03-01, 2025/3/1 or 2025年3月1日; amounts may carry separators, ¥, or parentheses for negatives; title rows above the header, blank rows and totals rows are skipped.',
  ]);
  help.columns.forEach((c) => {
    c.width = 24;
  });
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return {
    fileName: `${base}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: buf.toString('base64'),
  };
}
