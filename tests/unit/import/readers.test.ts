import { inflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/app/errors';
import {
  decodeBase64,
  decodeText,
  guessDelimiter,
  parseDelimited,
  readSheet,
  sharedStrings,
  zipDirectory,
} from '../../../electron/services/import/readers';
import { csvBytes, handMadeXlsx, inlineRow, sheetXml, xlsxBytes, zipBytes } from '../../fixtures/import-files';

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'accepted';
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    expect(e.code).toBe('VALIDATION');
    expect(e.messageEn.length).toBeGreaterThan(10);
    return e.message;
  }
}

describe('text encodings', () => {
  const text = '会员编号,姓名\r\nGH0001,王艳\r\n';
  it.each([
    ['utf-8', Buffer.from(text, 'utf8')],
    ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['gb18030', iconv.encode(text, 'gbk')],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')])],
  ])('%s', (encoding, bytes) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  it('GB18030 characters beyond GBK (a rare name character) survive', () => {
    const name = '王𠀀';
    expect(decodeText(iconv.encode(name, 'gb18030')).text).toBe(name);
  });
});

describe('CSV and tab-separated text', () => {
  it('guesses the delimiter', () => {
    expect(guessDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(guessDelimiter('a\tb\tc\n1\t2,5\t3')).toBe('\t');
    expect(guessDelimiter('a;b;c\n1;2;3')).toBe(';');
  });

  it('reads quoted fields with delimiters, quotes and line breaks; ="0012" keeps its zeros; numbers rows by line', () => {
    const rows = parseDelimited(
      '编号,摘要,金额\r\n="0012","购买""笔记本"", 笔","1,200.00"\r\n\r\n0013,"两行\n摘要",5\n0014,末行,6',
      ',',
    );
    expect(rows).toEqual([
      { n: 1, cells: ['编号', '摘要', '金额'] },
      { n: 2, cells: ['0012', '购买"笔记本", 笔', '1,200.00'] },
      { n: 4, cells: ['0013', '两行\n摘要', '5'] },
      { n: 6, cells: ['0014', '末行', '6'] },
    ]);
  });

  it('a GBK CSV with Chinese headers, and Excel’s “Unicode text” (UTF-16, tabs)', async () => {
    const rows = [
      ['会员编号', '姓名', '会费基数'],
      ['GH0001', '王艳', '5,000.00'],
    ];
    const gbk = await readSheet(csvBytes(rows, 'gbk'));
    expect([gbk.format, gbk.encoding, gbk.rows[1]!.cells]).toEqual(['csv', 'gb18030', ['GH0001', '王艳', '5,000.00']]);
    const tsv = await readSheet(csvBytes(rows, 'utf16le', '\t'));
    expect([tsv.format, tsv.encoding, tsv.rows[1]!.cells]).toEqual(['tsv', 'utf-16le', ['GH0001', '王艳', '5,000.00']]);
  });

  it('refuses more rows than the limit, and files over the size limit', async () => {
    const limits = { maxBytes: 1000, maxRows: 3, maxXmlBytes: 10_000 };
    expect(await refusal(readSheet(Buffer.from('a\n1\n2\n3\n4\n'), { limits }))).toContain('3 行');
    expect(await refusal(readSheet(Buffer.alloc(1001, 0x41), { limits }))).toMatch(/MB/);
    expect(() => decodeBase64('QUJD'.repeat(1000), limits)).toThrow(/MB/);
    expect(() => decodeBase64('not base64 at all!')).toThrow(/base64/);
    expect(decodeBase64('data:text/csv;base64,QUJD').toString()).toBe('ABC');
  });
});

describe('xlsx', () => {
  it('gives every non-blank row with its sheet row number: titles, header, data, totals; formulas give results', async () => {
    const bytes = await xlsxBytes({
      name: '三月',
      titles: ['2025年3月工资表', '单位：元'],
      rows: [
        [],
        ['工号', '姓名', '应发工资'],
        ['GH0001', '王艳', 8500.5],
        [],
        ['GH0002', '唐静雪', 7000],
        ['合计', null, 15500.5],
      ],
    });
    const t = await readSheet(bytes);
    expect([t.format, t.sheet]).toEqual(['xlsx', '三月']);
    expect(t.rows.map((r) => [r.n, r.cells[0]])).toEqual([
      [1, '2025年3月工资表'],
      [2, '单位：元'],
      [4, '工号'],
      [5, 'GH0001'],
      [7, 'GH0002'],
      [8, '合计'],
    ]);
    expect(t.rows[3]!.cells).toEqual(['GH0001', '王艳', 8500.5]);
  });

  it('reads a named sheet of several, rich text and a hand-made inline-string workbook', async () => {
    const two = await xlsxBytes({ name: '说明', rows: [['本表说明']] }, { name: '名册', rows: [['会员编号'], ['A1']] });
    expect((await readSheet(two)).sheet).toBe('说明');
    expect((await readSheet(two, { sheet: '名册' })).rows.map((r) => r.cells[0])).toEqual(['会员编号', 'A1']);
    const hand = handMadeXlsx(sheetXml(inlineRow(1, ['会员编号', '姓名']) + inlineRow(3, ['A1', '甲'])));
    expect((await readSheet(hand)).rows).toEqual([
      { n: 1, cells: ['会员编号', '姓名'] },
      { n: 3, cells: ['A1', '甲'] },
    ]);
  });

  it('refuses truncated, damaged, half-written and password-protected workbooks with a clear message', async () => {
    const good = await xlsxBytes({ rows: Array.from({ length: 200 }, (_, i) => [`A${i}`, '甲', i]) });
    for (const cut of [10, 0.5, 0.99]) {
      const n = cut < 1 ? Math.floor(good.length * cut) : cut;
      expect(await refusal(readSheet(good.subarray(0, n)))).toContain('不完整或已损坏');
    }
    const flipped = Buffer.from(good);
    flipped[Math.floor(flipped.length / 3)]! ^= 0xff;
    expect(await refusal(readSheet(flipped))).toMatch(/不完整或已损坏|无法识别/);
    // a well-formed zip whose sheet XML stops half-way: refused, never read as a shorter table
    const half = handMadeXlsx(sheetXml(inlineRow(1, ['会员编号']) + inlineRow(2, ['A1'])).slice(0, -30));
    expect(await refusal(readSheet(half))).toContain('不完整或已损坏');
    const locked = zipBytes({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }, { flags: 1 });
    expect(await refusal(readSheet(locked))).toContain('密码');
    expect(zipDirectory(good).some((e) => e.name === 'xl/workbook.xml')).toBe(true);
  });
});

describe('the shared-string table, decoded from the whole part', () => {
  const SST =
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">' +
    '<si><t>王小明</t></si>' +
    '<si><t xml:space="preserve"> 生产部 </t></si>' +
    '<si><r><rPr><b/></rPr><t>工会</t></r><r><t>小组 &amp; 车间 &lt;一&gt; &#x4E8C;&#19977;</t></r></si>' +
    '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>' +
    '<si><t></t></si>' +
    '<si/>' +
    '</sst>';

  it('each item is the text of its <t> runs, entities resolved, phonetic guides left out; empty items are null', () => {
    expect(sharedStrings(SST)).toEqual(['王小明', ' 生产部 ', '工会小组 & 车间 <一> 二三', '漢字', null, null]);
  });

  it('a workbook with a shared-string table reads the same whether the table comes before or after the sheet', async () => {
    const sheet = sheetXml(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
        '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>12.5</v></c></row>',
    );
    const base = handMadeXlsx(sheet);
    for (const sstFirst of [true, false]) {
      const bytes = withSharedStrings(base, SST, sstFirst);
      const table = await readSheet(bytes);
      expect(table.rows.map((r) => r.cells)).toEqual([
        ['王小明', ' 生产部 ', '工会小组 & 车间 <一> 二三'],
        ['漢字', 12.5],
      ]);
    }
  });
});

/** A hand-made workbook with xl/sharedStrings.xml added, before its other parts or after them. */
function withSharedStrings(workbook: Buffer, sst: string, first: boolean): Buffer {
  const parts: Record<string, string | Buffer> = {};
  if (first) parts['xl/sharedStrings.xml'] = sst;
  for (const e of zipDirectory(workbook)) {
    const p = e.localOffset;
    const start = p + 30 + workbook.readUInt16LE(p + 26) + workbook.readUInt16LE(p + 28);
    const data = workbook.subarray(start, start + e.compressed);
    parts[e.name] = e.method === 8 ? inflateRawSync(data) : data;
  }
  if (!first) parts['xl/sharedStrings.xml'] = sst;
  return zipBytes(parts);
}
