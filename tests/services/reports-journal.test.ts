import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../electron/app/compose';
import type { JournalFormat } from '../../electron/contract/reports';
import { callAs, createTestApp, ok } from '../helpers/app';

/**
 * The exported journals pass the tools' own checks (hledger check, bean-check, ledger) and the balances the tools
 * compute equal our trial balance, account by account, to the fen.
 */
const Y = 2024;
const dir = mkdtempSync(join(tmpdir(), 'ul-journal-'));

/** "-1,234.50" / "658777.91 CNY" → fen, by string arithmetic. */
function fen(text: string): number {
  const s = text.replace(/CNY|,|\s/g, '');
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`not an amount: ${text}`);
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -cents : cents;
}

async function journal(app: App, format: JournalFormat): Promise<string> {
  const f = await ok(app, 'reports.journal', { format });
  const path = join(dir, `${format}-${Math.random().toString(36).slice(2)}.${format}`);
  writeFileSync(path, Buffer.from(f.base64, 'base64'));
  return path;
}

/** Our balances: debit − credit per leaf account with a balance, from the trial balance, keyed by code. */
async function ours(app: App): Promise<Map<string, number>> {
  const tb = await ok(app, 'ledger.trialBalance', { from: '2000-01', to: `${Y}-12` });
  const out = new Map<string, number>();
  for (const r of tb.rows) {
    const b = r.closingDebitCents - r.closingCreditCents;
    if (r.isLeaf && b !== 0) out.set(r.code, b);
  }
  return out;
}

/** Tool output "Account:...:CODE-名称  amount" → code → fen (zero balances dropped). */
function byCode(lines: [string, string][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [account, amount] of lines) {
    const code = /(\d+)-[^:]*$/.exec(account.trim())?.[1];
    const v = fen(amount);
    if (code && v !== 0) out.set(code, v);
  }
  return out;
}

function hledgerBalances(path: string): Map<string, number> {
  const csv = execFileSync('hledger', ['-f', path, 'bal', '-N', '--flat', '-O', 'csv'], { encoding: 'utf8' });
  return byCode(
    csv
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('","').map((s) => s.replace(/"/g, '')) as [string, string]),
  );
}

function beanBalances(path: string): Map<string, number> {
  const csv = execFileSync(
    'bean-query',
    ['-f', 'csv', path, 'select account, sum(number) as n group by account order by account'],
    { encoding: 'utf8' },
  );
  return byCode(
    csv
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',') as [string, string]),
  );
}

function ledgerBalances(path: string): Map<string, number> {
  const out = execFileSync(
    'ledger',
    ['-f', path, 'bal', '--flat', '--no-total', '-F', '%(account)\t%(quantity(display_total))\n'],
    { encoding: 'utf8' },
  );
  return byCode(
    out
      .trim()
      .split('\n')
      .map((l) => l.split('\t') as [string, string]),
  );
}

let app: App;
beforeAll(async () => {
  app = createTestApp({ demoBooks: true });
  // A provincial sub-account whose name holds characters no tool accepts in an account name.
  await ok(app, 'accounts.addSub', { parentCode: '50106', suffix: '01', name: '职工（互助）保险 A/B; "测试"' });
  const v = await ok(app, 'vouchers.create', {
    date: `${Y}-12-10`,
    summary: '互助保险；含"引号"与 | 分隔',
    lines: [
      { accountCode: '5010601', debit: '1,234.56', summary: '明细；第一行' },
      { accountCode: '102', credit: '1234.56' },
    ],
  });
  await callAs(app, { user: '审核人' }, 'vouchers.review', { id: v.id });
  await callAs(app, { user: '审核人' }, 'vouchers.post', { id: v.id });
});

describe('plain-text journals', () => {
  it('hledger: passes `hledger check -s` and its balances equal ours', async () => {
    const path = await journal(app, 'hledger');
    execFileSync('hledger', ['-f', path, 'check', '-s']);
    const expected = await ours(app);
    expect(expected.get('5010601')).toBe(123_456);
    expect(hledgerBalances(path)).toEqual(expected);
  });

  it('beancount: passes bean-check and bean-query balances equal ours', async () => {
    const path = await journal(app, 'beancount');
    execFileSync('bean-check', [path]);
    expect(beanBalances(path)).toEqual(await ours(app));
  });

  it('ledger-cli: reads it, its balance assertions hold, balances equal ours', async () => {
    const path = await journal(app, 'ledger');
    expect(ledgerBalances(path)).toEqual(await ours(app));
  });

  it('account names keep the code and the Chinese name, valid in every tool', async () => {
    const f = await ok(app, 'reports.journal', { format: 'beancount' });
    const text = Buffer.from(f.base64, 'base64').toString('utf8');
    expect(f.fileName).toBe('示例公司工会委员会（演示）_全部_beancount.beancount');
    expect(text).toContain('open Expenses:501-职工活动支出:50106-其他活动支出:5010601-职工-互助-保险-A-B-测试 CNY');
    expect(text).toContain('open Equity:301-资产基金:30104-固定资产 CNY');
    expect(text).toContain('"互助保险；含\\"引号\\"与 | 分隔"');
    expect(text).toMatch(/balance Assets:102-银行存款 {2}-?\d+\.\d{2} CNY/);
  });

  it('a balance that differs from the journal makes the tools fail (the assertions are real)', async () => {
    const path = await journal(app, 'hledger');
    const broken = path.replace(/\.hledger$/, '-broken.hledger');
    const text = execFileSync('cat', [path], { encoding: 'utf8' }).replace(
      /(Assets:102-银行存款\s+0\.00 CNY = )(-?\d+)\.(\d{2})/,
      (_m, head: string, int: string, frac: string) => `${head}${int}.${frac === '00' ? '01' : '00'}`,
    );
    writeFileSync(broken, text);
    expect(() => execFileSync('hledger', ['-f', broken, 'check'], { stdio: 'pipe' })).toThrow();
  });

  it('after year-end closing, the journal still balances to ours (closing entries included)', async () => {
    const closed = createTestApp({ demoBooks: true });
    await ok(closed, 'periods.closeYear', { year: Y });
    const h = await journal(closed, 'hledger');
    execFileSync('hledger', ['-f', h, 'check', '-s']);
    const b = await journal(closed, 'beancount');
    execFileSync('bean-check', [b]);
    const expected = await ours(closed);
    expect([...expected.keys()].some((c) => c.startsWith('5'))).toBe(false); // spending closed to zero
    expect(hledgerBalances(h)).toEqual(expected);
    expect(beanBalances(b)).toEqual(expected);
  });
});
