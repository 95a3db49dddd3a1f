import type { JournalFormat } from '../../contract/reports';
import type { AccountDto } from '../../contract/vouchers';
import { centsToYuanText } from '../money';

/**
 * The ledger as plain-text accounting: hledger, beancount and ledger-cli journals. Pure.
 *
 * Account names: beancount allows five roots (Assets, Liabilities, Equity, Income, Expenses) and components
 * that start with a capital or a digit and hold letters, digits and dashes (UTF-8 letters allowed). Each of our
 * accounts becomes one component "code-名称" under its parents, so the code and the Chinese name both stay and
 * sub-accounts roll up as in our trial balance:
 *
 *   101   库存现金      → Assets:101-库存现金
 *   50105 会员活动支出  → Expenses:501-职工活动支出:50105-会员活动支出
 *   32205 累计结余      → Equity:322-工会资金结余:32205-累计结余
 *
 * Anything in a name that is not a letter or a digit becomes a dash. The same names serve all three tools.
 * Amounts are exact decimal yuan in CNY (debit positive, credit negative), one transaction per posted voucher,
 * and the journal ends with balance assertions taken from our own balances, so the tools themselves confirm that
 * their balances equal ours.
 */

export const ROOTS: Record<AccountDto['class'], string> = {
  asset: 'Assets',
  liability: 'Liabilities',
  net_asset: 'Equity',
  income: 'Income',
  spending: 'Expenses',
};
const HLEDGER_TYPE: Record<AccountDto['class'], string> = {
  asset: 'A',
  liability: 'L',
  net_asset: 'E',
  income: 'R',
  spending: 'X',
};

export function componentOf(code: string, name: string): string {
  const clean = name
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return clean ? `${code}-${clean}` : code;
}

/** Journal account names for every account of the chart, by code. */
export function journalAccountNames(accounts: readonly AccountDto[]): Map<string, string> {
  const byCode = new Map(accounts.map((a) => [a.code, a]));
  const names = new Map<string, string>();
  const nameOf = (code: string): string => {
    const known = names.get(code);
    if (known) return known;
    const a = byCode.get(code);
    if (!a) throw new RangeError(`unknown account ${code}`);
    const name = a.parentCode
      ? `${nameOf(a.parentCode)}:${componentOf(a.code, a.name)}`
      : `${ROOTS[a.class]}:${componentOf(a.code, a.name)}`;
    names.set(code, name);
    return name;
  };
  for (const a of accounts) nameOf(a.code);
  return names;
}

export interface JournalTransaction {
  date: string;
  /** 记-2024-01-0001 */
  label: string;
  summary: string;
  lines: { accountCode: string; summary: string | null; debitCents: number; creditCents: number }[];
}

export interface JournalInput {
  format: JournalFormat;
  union: string;
  /** When the journal was written (a comment). */
  stamp: string;
  accounts: readonly AccountDto[];
  transactions: readonly JournalTransaction[];
  /** Our balance (debit − credit) of every leaf account after the last transaction: asserted at `assertDate`. */
  balances: ReadonlyMap<string, number>;
  /** The day the assertions are made: beancount asserts at the start of that day, so the day after the last one. */
  assertDate: string;
}

const COMMODITY = 'CNY';

const amount = (cents: number) => `${centsToYuanText(cents)} ${COMMODITY}`;

/** Text that stays on one line and cannot start a comment or split a payee. */
function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ').trim();
}
function hledgerText(s: string): string {
  return oneLine(s).replace(/;/g, '；').replace(/\|/g, '｜');
}
function beanString(s: string): string {
  return `"${oneLine(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function writeJournal(input: JournalInput): string {
  const names = journalAccountNames(input.accounts);
  const used = new Set<string>();
  for (const t of input.transactions) for (const l of t.lines) used.add(l.accountCode);
  for (const [code] of input.balances) used.add(code);
  const leaves = [...used].sort();
  const out: string[] = [];
  const header = [
    `${input.union} — 工会经费账 (Union Ledger) ${input.format} journal`,
    `written ${input.stamp}; ${input.transactions.length} posted vouchers; amounts in ${COMMODITY}, debit positive`,
  ];
  if (input.format === 'beancount') {
    out.push(...header.map((h) => `; ${h}`));
    out.push(`option "title" ${beanString(input.union || 'Union Ledger')}`);
    out.push(`option "operating_currency" "${COMMODITY}"`);
    out.push('');
    const openDate = input.transactions[0]?.date ?? input.assertDate;
    for (const code of leaves) out.push(`${openDate} open ${names.get(code)} ${COMMODITY}`);
    out.push('');
    for (const t of input.transactions) {
      out.push(`${t.date} * ${beanString(t.summary)}`);
      out.push(`  voucher: ${beanString(t.label)}`);
      for (const l of t.lines) {
        const comment = l.summary && l.summary !== t.summary ? ` ; ${oneLine(l.summary)}` : '';
        out.push(`  ${names.get(l.accountCode)}  ${amount(l.debitCents - l.creditCents)}${comment}`);
      }
      out.push('');
    }
    out.push('; 余额核对：与工会经费账的科目余额一致 (balances asserted from Union Ledger)');
    for (const code of leaves)
      out.push(`${input.assertDate} balance ${names.get(code)}  ${amount(input.balances.get(code) ?? 0)}`);
    return `${out.join('\n')}\n`;
  }

  // hledger and ledger-cli share the journal syntax used here.
  out.push(...header.map((h) => `; ${h}`));
  out.push('');
  if (input.format === 'hledger') out.push(`commodity 1000.00 ${COMMODITY}`);
  else out.push(`commodity ${COMMODITY}`, `    format 1000.00 ${COMMODITY}`);
  out.push('');
  const declared = new Set<string>();
  const roots = new Set<AccountDto['class']>();
  const byCode = new Map(input.accounts.map((a) => [a.code, a]));
  for (const code of leaves) {
    const a = byCode.get(code);
    if (a) roots.add(a.class);
  }
  for (const cls of Object.keys(ROOTS) as AccountDto['class'][])
    if (roots.has(cls))
      out.push(
        input.format === 'hledger' ? `account ${ROOTS[cls]}  ; type: ${HLEDGER_TYPE[cls]}` : `account ${ROOTS[cls]}`,
      );
  for (const code of leaves) {
    for (let len = 3; len <= code.length; len += 2) {
      const c = code.slice(0, len);
      if (declared.has(c) || !names.has(c)) continue;
      declared.add(c);
      out.push(`account ${names.get(c)}`);
    }
  }
  out.push('');
  const width = Math.max(40, ...[...names.values()].map((n) => n.length + 4));
  for (const t of input.transactions) {
    out.push(`${t.date} * (${t.label}) ${hledgerText(t.summary)}`);
    for (const l of t.lines) {
      const name = names.get(l.accountCode)!;
      const comment = l.summary && l.summary !== t.summary ? `  ; ${hledgerText(l.summary)}` : '';
      out.push(`    ${name.padEnd(width)}  ${amount(l.debitCents - l.creditCents)}${comment}`);
    }
    out.push('');
  }
  out.push(`${input.assertDate} * 余额核对（与工会经费账科目余额一致）`);
  for (const code of leaves)
    out.push(`    ${names.get(code)!.padEnd(width)}  ${amount(0)} = ${amount(input.balances.get(code) ?? 0)}`);
  return `${out.join('\n')}\n`;
}
