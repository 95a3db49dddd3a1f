import { describe, expect, it } from 'vitest';
import { readSheet } from '../../electron/services/import/readers';
import { xlsxBytes, type CellIn } from '../fixtures/import-files';

const CHARS =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩芳娜敏静丽艳娟霞燕玲桂丹萍红琳雪倩颖洁莉婷慧晶妍梅秀英兰';

describe('xlsx import of a large sheet of Chinese text', () => {
  it('reads every name exactly, though the workbook’s text spans many 16 KiB chunks', async () => {
    const chars = [...CHARS];
    const names = Array.from(
      { length: 6_000 },
      (_, i) => chars[i % chars.length]! + chars[(i * 7) % chars.length]! + chars[(i * 13 + 5) % chars.length]! + i,
    );
    const rows: CellIn[][] = [['工号', '姓名', '部门'], ...names.map((n, i) => [`GH${i}`, n, `第${i % 40}工会小组`])];
    const table = await readSheet(await xlsxBytes({ rows }));
    const read = table.rows.slice(1).map((r) => r.cells[1]);
    expect(read.filter((c) => typeof c === 'string' && c.includes('\uFFFD'))).toEqual([]);
    expect(read).toEqual(names);
    expect(table.rows.slice(1).map((r) => r.cells[2])).toEqual(names.map((_, i) => `第${i % 40}工会小组`));
  }, 60_000);
});
