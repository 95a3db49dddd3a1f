import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLedgerFile } from '../../electron/services/ledger-library';
import { trialBalance } from '../../electron/services/ledger-reports';
import { verifyChain } from '../../db/repos/change-log';
import { benchClock, BENCH_SIZES, generateBooks, type GenerateSummary } from '../bench/generate';
import { tempDir } from '../helpers/app';

function generate(seed: number): { summary: GenerateSummary; tb: ReturnType<typeof trialBalance>; chainOk: boolean } {
  const db = createLedgerFile(join(tempDir('ul-bench-'), `s${seed}.ledger`), '基准测试工会', benchClock(), 'bench');
  try {
    const summary = generateBooks(db, { ...BENCH_SIZES.small, seed });
    const tb = trialBalance(db, '2025-01', '2025-12');
    return { summary, tb, chainOk: verifyChain(db).ok };
  } finally {
    db.close();
  }
}

describe('benchmark data generator (small: 300 members, 1 year)', () => {
  const a = generate(1);

  it('produces balanced books with dues, allocation, remittance and spending', () => {
    expect(a.tb.balanced).toBe(true);
    expect(a.tb.totals.periodDebitCents).toBe(a.tb.totals.periodCreditCents);
    const s = a.summary;
    expect(s.members).toBe(300);
    expect(s.firstYear).toBe(2025);
    expect(s.duesCents).toBeGreaterThan(0);
    expect(s.allocationCents).toBeGreaterThan(0);
    expect(s.remittedCents).toBeGreaterThan(0);
    expect(s.spendingCents).toBeGreaterThan(0);
    // about ten voucher lines per member and year
    expect(s.lines).toBeGreaterThan(2_500);
    expect(s.invoices).toBeGreaterThan(0);
    expect(s.beneficiaries).toBeGreaterThan(300);
    expect(s.membersLeft).toBeGreaterThan(0);
    expect(a.chainOk).toBe(true);
  });

  it('seeds the known audit breaches, each with its rule', () => {
    expect(a.summary.breaches.map((b) => b.rule).sort()).toEqual(
      ['R1', 'R3', 'R5', 'R6', 'R9', 'R10', 'R11', 'R13', 'R14', 'R17', 'R19', 'R20', 'R21'].sort(),
    );
  });

  it('is deterministic: the same seed gives the same totals, another seed different ones', () => {
    const again = generate(1);
    expect(again.summary).toEqual(a.summary);
    const other = generate(2);
    expect(other.summary.spendingCents).not.toBe(a.summary.spendingCents);
    expect(other.tb.balanced).toBe(true);
  }, 60_000);
});
