import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportKind } from '../../electron/contract/import';
import { fixedClock } from '../../electron/app/clock';
import { readSheet } from '../../electron/services/import/readers';
import { createTestApp, ok } from '../helpers/app';
import { buildImportExamples } from '../fixtures/import-examples';

/**
 * examples/import/: every example file imports cleanly (no bad row, no duplicate) into the demo ledger (opening balances
 * into one with the demo roster only), and the
 * files in the repository are the ones the fixture builds (same cells). Set UL_WRITE_EXAMPLES=1 to (re)write them.
 */
const DIR = 'examples/import';

function kindOf(file: string): ImportKind {
  const k = file.split(/[-.]/)[0]!;
  return k as ImportKind;
}

describe('examples/import', () => {
  it('the example files are the fixture’s, cell for cell', async () => {
    const built = await buildImportExamples();
    if (process.env.UL_WRITE_EXAMPLES === '1') {
      mkdirSync(DIR, { recursive: true });
      for (const [name, bytes] of Object.entries(built)) writeFileSync(join(DIR, name), bytes);
    }
    for (const [name, bytes] of Object.entries(built)) {
      const path = join(DIR, name);
      expect(existsSync(path), `${path} is missing: run with UL_WRITE_EXAMPLES=1`).toBe(true);
      const stored = readFileSync(path);
      if (name.endsWith('.csv')) expect(stored.equals(bytes), name).toBe(true);
      else expect((await readSheet(stored)).rows, name).toEqual((await readSheet(bytes)).rows);
    }
  });

  it.each(['2025-03-31T08:00:00+08:00', '2026-11-23T08:00:00+08:00'])(
    'each imports cleanly into the demo ledger created on %s',
    { timeout: 120_000 },
    async (now) => {
      const built = await buildImportExamples();
      // A ledger takes one opening voucher and the demo books already carry theirs in, so opening.csv and
      // opening.xlsx (the same balances) each go into a ledger with the demo roster only.
      const isOpening = (n: string) => n.startsWith('opening.');
      const groups = [
        { names: Object.keys(built).filter((n) => !isOpening(n)), demoBooks: true },
        ...Object.keys(built)
          .filter(isOpening)
          .map((n) => ({ names: [n], demoBooks: false })),
      ];
      for (const { names, demoBooks } of groups) {
        const app = createTestApp({ demoBooks, clock: fixedClock(now) });
        for (const name of names) {
          const base64 = readFileSync(join(DIR, name)).toString('base64');
          const input = { kind: kindOf(name), fileName: name, base64 };
          const p = await ok(app, 'import.preview', input);
          expect(p.problems, name).toEqual([]);
          expect(p.badRows, name).toEqual([]);
          expect(p.duplicates, name).toEqual([]);
          expect(p.totals.toImport, name).toBeGreaterThan(0);
          const r = await ok(app, 'import.commit', { ...input, confirm: true });
          expect(r.imported, name).toBe(p.totals.toImport);
        }
        expect((await ok(app, 'changeLog.verify', {})).ok).toBe(true);
        const tb = await ok(app, 'ledger.trialBalance', { from: '2026-01', to: '2026-12' });
        expect(tb.balanced).toBe(true);
      }
    },
  );
});
