import type { ReportColumn, ReportTie } from '../../shared/contract';
import { formatAmount } from '../../format/money';

/** Runs of adjacent columns under one group label (null: a column with no group). */
export function groupRunsOf(columns: readonly ReportColumn[]): { label: string | null; from: number; to: number }[] {
  const runs: { label: string | null; from: number; to: number }[] = [];
  columns.forEach((c, i) => {
    const last = runs.at(-1);
    if (last && c.group !== null && last.label === c.group) last.to = i;
    else runs.push({ label: c.group, from: i, to: i });
  });
  return runs;
}

/** "资产总计 = 负债和净资产总计（年末）：资产总计 671,777.91 = 负债和净资产总计 671,777.91" */
export function tieText(t: ReportTie): string {
  const rel = t.ok ? '=' : '≠';
  return `${t.label}：${t.leftLabel} ${formatAmount(t.leftCents)} ${rel} ${t.rightLabel} ${formatAmount(t.rightCents)}`;
}
