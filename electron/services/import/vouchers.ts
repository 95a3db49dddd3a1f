import { todayOf } from '../../app/clock';
import { formatCents } from '../../domain/money';
import {
  chartFor,
  planOpening,
  planVouchers,
  type OpeningRow,
  type PlannedLine,
  type VoucherLineRow,
} from '../../domain/import/vouchers';
import { voucherLabel } from '../../../db/repos/vouchers';
import type { NewLine } from '../../../db/repos/vouchers';
import { postGenerated } from '../vouchers';
import { emptyPlan, PROGRESS_EVERY, type KindModule } from './plan';
import {
  accountFacts,
  chart2009,
  closedPeriods,
  importedVoucherKeys,
  insertVoucherRef,
  openingVoucher,
  projectsByCode,
} from './store';

const toNewLine = (l: PlannedLine): NewLine => ({
  accountCode: l.accountCode,
  summary: l.summary,
  debitCents: l.debitCents,
  creditCents: l.creditCents,
  counterparty: l.counterparty,
  projectId: l.projectId,
});

/**
 * Vouchers from another system: rows grouped by voucher number within the month, each group one voucher posted
 * with source 'import' (they were posted in the old system). Codes of vouchers dated before 2022 are on the 2009
 * chart unless the option says otherwise, and are mapped to the 2021 chart; the mapping is shown in the preview.
 * A voucher number imported before for the same month is a duplicate. The ledger numbers the vouchers in its own
 * sequence; the old number is kept in import_voucher_refs.
 */
export const vouchersImport: KindModule = {
  plan(db, env, records) {
    const rows = records as VoucherLineRow[];
    const accounts = accountFacts(db);
    const p = planVouchers(rows, {
      table: chart2009(db),
      accounts,
      chart: env.options.chart ?? 'auto',
      projects: projectsByCode(db),
      closedPeriods: closedPeriods(db),
      imported: importedVoucherKeys(db),
    });
    const plan = emptyPlan();
    plan.issues = p.issues;
    plan.duplicates = p.duplicates;
    plan.chartMapping = p.chartMapping;
    plan.toImport = p.vouchers.reduce((s, v) => s + v.lines.length, 0);
    plan.rows = p.vouchers.flatMap((v) =>
      v.lines.map((l) => ({
        row: l.row,
        values: {
          voucherNo: v.voucherNo,
          date: v.date,
          chart: v.chart,
          accountCode: l.accountCode,
          accountName: accounts.get(l.accountCode)?.name ?? null,
          summary: l.summary,
          debitCents: l.debitCents,
          creditCents: l.creditCents,
          counterparty: l.counterparty,
        },
      })),
    );
    plan.amounts = [
      {
        key: 'debit',
        zh: `${p.vouchers.length} 张凭证借方合计`,
        en: `Debits of ${p.vouchers.length} vouchers`,
        cents: p.vouchers.reduce((s, v) => s + v.debitCents, 0),
      },
    ];
    if (p.vouchers.length)
      plan.notes.push({
        zh: `${p.vouchers.length} 张凭证将以来源“导入”直接记账，按本账套的月份顺序重新编号；原凭证号保留在导入记录中`,
        en: `${p.vouchers.length} vouchers will be posted with source "import" and numbered in this ledger's monthly sequence; the old numbers are kept in the import record`,
      });
    const review = p.chartMapping.filter((m) => m.code2021 !== null && m.needsReview);
    if (review.length)
      plan.notes.push({
        zh: `有 ${review.length} 个2009年科目的对应关系需要核实：${review.map((m) => `${m.code2009}→${m.code2021}`).join('、')}`,
        en: `${review.length} 2009 accounts map with a note to check: ${review.map((m) => `${m.code2009}→${m.code2021}`).join(', ')}`,
      });
    return {
      ...plan,
      write({ db, actor, batchId, progress }) {
        const voucherIds: number[] = [];
        p.vouchers.forEach((v, i) => {
          const posted = postGenerated(db, actor, {
            date: v.date,
            summary: v.summary,
            source: 'import',
            lines: v.lines.map(toNewLine),
          });
          insertVoucherRef(db, {
            batchId,
            period: v.period,
            sourceNo: v.voucherNo,
            chart: v.chart,
            voucherId: posted.id,
          });
          voucherIds.push(posted.id);
          if ((i + 1) % PROGRESS_EVERY === 0) progress(i + 1);
        });
        return { imported: plan.toImport, created: { vouchers: voucherIds.length }, voucherIds };
      },
    };
  },
};

/**
 * 期初余额: one voucher with source 'opening' dated the option's date (default 1 January of this year); it must
 * balance. A ledger holds one opening voucher: a second import is refused (reverse the first to redo it).
 */
export const openingImport: KindModule = {
  plan(db, env, records) {
    const rows = records as OpeningRow[];
    const date = env.options.date ?? `${todayOf(env.clock).slice(0, 4)}-01-01`;
    const chart = chartFor(env.options.chart ?? 'auto', date);
    const accounts = accountFacts(db);
    const p = planOpening(rows, { table: chart2009(db), accounts, chart });
    const plan = emptyPlan();
    plan.issues = p.issues;
    plan.chartMapping = p.chartMapping;
    plan.toImport = p.lines.length;
    plan.rows = p.lines.map((l) => ({
      row: l.row,
      values: {
        date,
        accountCode: l.accountCode,
        accountName: accounts.get(l.accountCode)?.name ?? null,
        debitCents: l.debitCents,
        creditCents: l.creditCents,
      },
    }));
    plan.amounts = [
      { key: 'debit', zh: '借方合计', en: 'Debits', cents: p.debitCents },
      { key: 'credit', zh: '贷方合计', en: 'Credits', cents: p.creditCents },
    ];
    if (p.zeroRows)
      plan.notes.push({
        zh: `${p.zeroRows} 个科目余额为零，不记入期初凭证`,
        en: `${p.zeroRows} accounts have a zero balance and are left out`,
      });
    plan.notes.push({
      zh: `期初余额将记为 ${date} 的一张凭证（来源“期初”）${chart === '2009' ? '，科目按2009年制度对照转换' : ''}`,
      en: `The balances will be posted as one voucher dated ${date} (source "opening")${chart === '2009' ? ', codes mapped from the 2009 chart' : ''}`,
    });
    const existing = openingVoucher(db);
    if (existing)
      plan.problems.push({
        zh: `账套中已有期初余额凭证 ${voucherLabel(existing.period, existing.number)}；如需更正，请先冲销该凭证再导入`,
        en: `The ledger already has an opening voucher, ${voucherLabel(existing.period, existing.number)}; reverse it first to import again`,
      });
    if (closedPeriods(db).has(date.slice(0, 7)))
      plan.problems.push({
        zh: `${date.slice(0, 7)} 已结账，不能记入期初余额`,
        en: `${date.slice(0, 7)} is closed; the opening balances cannot be posted in it`,
      });
    if (p.issues.length === 0 && p.debitCents !== p.creditCents)
      plan.problems.push({
        zh: `期初余额借贷不平：借方合计 ${formatCents(p.debitCents)}，贷方合计 ${formatCents(p.creditCents)}，相差 ${formatCents(p.debitCents - p.creditCents)}`,
        en: `The opening balances do not balance: debits ${formatCents(p.debitCents)}, credits ${formatCents(p.creditCents)}, difference ${formatCents(p.debitCents - p.creditCents)}`,
      });
    if (p.issues.length === 0 && p.lines.length === 0)
      plan.problems.push({ zh: '没有可导入的余额', en: 'There are no balances to import' });
    return {
      ...plan,
      write({ db, actor }) {
        const v = postGenerated(db, actor, {
          date,
          summary: '期初余额',
          source: 'opening',
          lines: p.lines.map(toNewLine),
        });
        return { imported: p.lines.length, created: { vouchers: 1 }, voucherIds: [v.id] };
      },
    };
  },
};
