/** Pure checks on a voucher's lines before anything is written. The database enforces the same on posting. */
export interface LineAmounts {
  debitCents: number;
  creditCents: number;
}

export type LineProblem =
  | { kind: 'too_few_lines' }
  | { kind: 'both_sides'; line: number }
  | { kind: 'no_amount'; line: number }
  | { kind: 'unbalanced'; debitCents: number; creditCents: number }
  | { kind: 'zero_total' };

export function voucherTotals(lines: readonly LineAmounts[]): { debitCents: number; creditCents: number } {
  let debitCents = 0;
  let creditCents = 0;
  for (const l of lines) {
    debitCents += l.debitCents;
    creditCents += l.creditCents;
  }
  return { debitCents, creditCents };
}

/** What stops these lines from being a postable voucher; empty when they balance. */
export function voucherProblems(lines: readonly LineAmounts[]): LineProblem[] {
  const problems: LineProblem[] = [];
  if (lines.length < 2) problems.push({ kind: 'too_few_lines' });
  lines.forEach((l, i) => {
    if (l.debitCents !== 0 && l.creditCents !== 0) problems.push({ kind: 'both_sides', line: i + 1 });
    if (l.debitCents === 0 && l.creditCents === 0) problems.push({ kind: 'no_amount', line: i + 1 });
  });
  const t = voucherTotals(lines);
  if (t.debitCents !== t.creditCents) problems.push({ kind: 'unbalanced', ...t });
  else if (t.debitCents === 0 && lines.length >= 2) problems.push({ kind: 'zero_total' });
  return problems;
}

/** 红字冲销: the same lines with every amount negated, so the pair nets to nothing on every account. */
export function reversalLines<T extends LineAmounts>(lines: readonly T[]): T[] {
  return lines.map((l) => ({ ...l, debitCents: -l.debitCents || 0, creditCents: -l.creditCents || 0 }));
}
