import { readFileSync } from 'node:fs';
import type { LedgerSettings } from '../contract/settings-api';
import type { TrialBalance, VoucherDto } from '../contract/vouchers';
import { formatCents } from '../domain/money';
import { parseFlags, UsageError, type CliIo } from './commands';
import { cliCall, openCliApp } from './session';

function need(flags: Record<string, string | true>, name: string): string {
  const v = flags[name];
  if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`缺少 --${name} / --${name} is required`);
  return v;
}

/**
 * `post <file> --voucher v.json --preparer A --reviewer B [--approver C]`: enter a voucher prepared by A, approved by
 * C, reviewed and posted by B (three different people, as on screen; a ledger that requires approval needs C).
 * `post <file> --id N --poster B`: post a voucher already reviewed.
 */
export async function cmdPost(args: readonly string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseFlags(args, {
    voucher: 'value',
    preparer: 'value',
    reviewer: 'value',
    approver: 'value',
    id: 'value',
    poster: 'value',
  });
  if (!positional[0]) throw new UsageError('缺少账套文件 / missing ledger file');
  const app = openCliApp(positional[0], io.clock);
  try {
    let posted: VoucherDto;
    if (flags.id !== undefined) {
      posted = await cliCall<VoucherDto>(
        app,
        'vouchers.post',
        { id: Number(need(flags, 'id')) },
        need(flags, 'poster'),
      );
    } else {
      let input: unknown;
      try {
        input = JSON.parse(readFileSync(need(flags, 'voucher'), 'utf8'));
      } catch (e) {
        throw new UsageError(`无法读取凭证 JSON / cannot read the voucher JSON: ${(e as Error).message}`);
      }
      const reviewer = need(flags, 'reviewer');
      const preparer = need(flags, 'preparer');
      const approver = typeof flags.approver === 'string' ? need(flags, 'approver') : null;
      if (reviewer === preparer)
        throw new UsageError('制单人与审核人不能是同一人 / the preparer and the reviewer must be different people');
      if (approver !== null && (approver === preparer || approver === reviewer))
        throw new UsageError(
          '审批人须是制单人、审核人以外的第三人 / the approver must be a third person, neither preparer nor reviewer',
        );
      const settings = await cliCall<LedgerSettings>(app, 'settings.get', {}, 'cli');
      if (settings.voucherApproval && approver === null)
        throw new UsageError('本账套的凭证须经审批后记账：请用 --approver 给出审批人 / this ledger needs --approver');
      const draft = await cliCall<VoucherDto>(app, 'vouchers.create', input, preparer);
      if (approver !== null) await cliCall(app, 'vouchers.approve', { id: draft.id }, approver);
      await cliCall(app, 'vouchers.review', { id: draft.id }, reviewer);
      posted = await cliCall<VoucherDto>(app, 'vouchers.post', { id: draft.id }, reviewer);
    }
    io.out(
      `已记账 / posted: ${posted.label} ${posted.summary} ${formatCents(posted.debitCents)}（${posted.amountInWords}）`,
    );
    return 0;
  } finally {
    app.close();
  }
}

/** `trial-balance <file> --year Y [--month M] [--json]`: 科目余额表 for the year to date (or one month). */
export async function cmdTrialBalance(args: readonly string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseFlags(args, { year: 'value', month: 'value', json: 'bool' });
  if (!positional[0]) throw new UsageError('缺少账套文件 / missing ledger file');
  const year = need(flags, 'year');
  if (!/^\d{4}$/.test(year)) throw new UsageError('--year 应为四位年份 / --year takes a four-digit year');
  const month = typeof flags.month === 'string' ? flags.month.padStart(2, '0') : null;
  if (month !== null && !/^(0[1-9]|1[0-2])$/.test(month))
    throw new UsageError('--month 应为 1-12 / --month takes 1-12');
  const app = openCliApp(positional[0], io.clock);
  try {
    const from = month ? `${year}-${month}` : `${year}-01`;
    const to = month ? `${year}-${month}` : `${year}-12`;
    const tb = await cliCall<TrialBalance>(app, 'ledger.trialBalance', { from, to }, 'cli');
    if (flags.json) io.out(JSON.stringify(tb, null, 2));
    else printTrialBalance(tb, io);
    return tb.balanced ? 0 : 1;
  } finally {
    app.close();
  }
}

function printTrialBalance(tb: TrialBalance, io: CliIo): void {
  const w = 16;
  const money = (c: number) => (c === 0 ? '' : formatCents(c)).padStart(w);
  io.out(`科目余额表 / trial balance ${tb.from} – ${tb.to}`);
  const head = ['期初借方', '期初贷方', '本期借方', '本期贷方', '期末借方', '期末贷方'];
  io.out(padDisplay('科目 account', 28) + head.map((h) => ' '.repeat(w - 8) + h).join(''));
  for (const r of tb.rows) {
    if (!r.openingDebitCents && !r.openingCreditCents && !r.periodDebitCents && !r.periodCreditCents) continue;
    const label = `${'  '.repeat(r.level - 1)}${r.code} ${r.name}`;
    io.out(
      `${padDisplay(label, 28)}${money(r.openingDebitCents)}${money(r.openingCreditCents)}${money(r.periodDebitCents)}${money(r.periodCreditCents)}${money(r.closingDebitCents)}${money(r.closingCreditCents)}`,
    );
  }
  const t = tb.totals;
  io.out(
    `${padDisplay('合计 total', 28)}${money(t.openingDebitCents)}${money(t.openingCreditCents)}${money(t.periodDebitCents)}${money(t.periodCreditCents)}${money(t.closingDebitCents)}${money(t.closingCreditCents)}`,
  );
  io.out(tb.balanced ? '试算平衡 / balanced' : '试算不平衡！/ NOT balanced!');
}

/** Pad by display width: a Chinese character takes two columns in a terminal. */
function padDisplay(s: string, width: number): string {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return s + ' '.repeat(Math.max(1, width - w));
}
