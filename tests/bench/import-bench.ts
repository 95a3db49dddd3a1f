import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fixedClock } from '../../electron/app/clock';
import { commitImport, previewImport } from '../../electron/services/import';
import { createLedgerFile } from '../../electron/services/ledger-library';
import { csvBytes, type CellIn } from '../fixtures/import-files';
import type { Figure } from './measure';

/** One timing of an async step (imports are async: the readers are). */
async function timed(operation: string, size: string, fn: () => Promise<string | void>): Promise<Figure> {
  const t0 = performance.now();
  const note = await fn();
  const ms = performance.now() - t0;
  return { operation, size, runs: 1, medianMs: ms, minMs: ms, maxMs: ms, ...(note ? { note } : {}) };
}

/**
 * Import of `rows` rows (issue 6 asks for 20,000): a GBK roster and a bank statement, each previewed (read and
 * every row checked) and committed (one transaction) into a fresh ledger.
 */
export async function importBench(dir: string, rows: number): Promise<Figure[]> {
  const clock = fixedClock('2025-12-31T10:00:00+08:00');
  const file = join(dir, 'bench-import.ledger');
  rmSync(file, { force: true });
  const db = createLedgerFile(file, '基准测试工会', clock, 'bench');
  const actor = { clock, user: 'bench' };
  const roster: CellIn[][] = [['会员编号', '姓名', '性别', '工会小组', '入会日期', '会费基数']];
  for (let i = 0; i < rows; i++)
    roster.push([
      `B${String(i).padStart(6, '0')}`,
      `会员${i}`,
      i % 2 ? '男' : '女',
      `第${i % 40}小组`,
      '2025-03-01',
      `${(3000 + (i % 9000)).toLocaleString('en')}.50`,
    ]);
  const statement: CellIn[][] = [['交易日期', '摘要', '借方发生额', '贷方发生额', '对方户名', '交易流水号']];
  for (let i = 0; i < rows; i++)
    statement.push([
      `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      i % 3 ? '转账支出' : '收款',
      i % 3 ? `${100 + (i % 900)}.00` : '',
      i % 3 ? '' : `${200 + (i % 700)}.00`,
      `单位${i % 50}`,
      `T${String(i).padStart(8, '0')}`,
    ]);
  const inputs = [
    { kind: 'members' as const, fileName: 'roster-gbk.csv', base64: csvBytes(roster, 'gbk').toString('base64') },
    { kind: 'bank' as const, fileName: 'statement.csv', base64: csvBytes(statement, 'utf8').toString('base64') },
  ];
  const figures: Figure[] = [];
  try {
    for (const input of inputs) {
      figures.push(
        await timed(`import ${input.kind}: preview (read + check every row)`, `${rows}`, async () => {
          const p = await previewImport(db, clock, input);
          return `${p.totals.toImport} to import, ${p.badRowsTotal} bad`;
        }),
      );
      figures.push(
        await timed(`import ${input.kind}: commit (one transaction)`, `${rows}`, async () => {
          const r = await commitImport(db, actor, input);
          return `${r.imported} imported`;
        }),
      );
    }
  } finally {
    db.close();
  }
  return figures;
}
