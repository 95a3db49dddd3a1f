import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixedClock } from '../../electron/app/clock';
import { createLedgerFile } from '../../electron/services/ledger-library';
import { trialBalance, accountLedger } from '../../electron/services/ledger-reports';
import { postGenerated } from '../../electron/services/vouchers';
import { assessDues } from '../../electron/services/dues';
import { pageMembers } from '../../db/repos/members';
import { insertVoucher, setVoucherStatus, type NewLine } from '../../db/repos/vouchers';
import { insertGroup } from '../../db/repos/groups';
import { insertMember } from '../../db/repos/members';
import { recordDuesBase } from '../../db/repos/dues-bases';
import { seededRandom, intBetween, pick } from '../../electron/domain/random';
import type { Db } from '../../db/connection';
import { measure, once, type Figure } from './measure';

const SPENDING = [
  '50101',
  '50102',
  '50103',
  '50105',
  '50105',
  '50105',
  '50301',
  '50402',
  '50404',
  '50405',
  '50501',
  '50502',
  '510',
];

/** Deterministic voucher lines, amounts in fen: spending (4 lines) and, every tenth, income (3 lines). */
function linesFor(rand: () => number, i: number): NewLine[] {
  const a = intBetween(rand, 100, 500_000);
  const b = intBetween(rand, 100, 200_000);
  if (i % 10 === 0)
    return [
      { accountCode: '102', debitCents: a + b, creditCents: 0 },
      { accountCode: '401', debitCents: 0, creditCents: a },
      { accountCode: '402', debitCents: 0, creditCents: b },
    ];
  return [
    { accountCode: pick(rand, SPENDING), debitCents: a, creditCents: 0 },
    { accountCode: pick(rand, SPENDING), debitCents: b, creditCents: 0 },
    { accountCode: '102', debitCents: 0, creditCents: a },
    { accountCode: '101', debitCents: 0, creditCents: b },
  ];
}

/** Post `count` vouchers through the repository with the database triggers running, `batch` per transaction. */
export function postMany(db: Db, count: number, year: number, seed = 7, batch = 1000): number {
  const rand = seededRandom(seed);
  let lines = 0;
  for (let start = 0; start < count; start += batch) {
    db.transaction(() => {
      for (let i = start; i < Math.min(count, start + batch); i++) {
        const month = 1 + (i % 12);
        const date = `${year}-${String(month).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
        const ls = linesFor(rand, i);
        lines += ls.length;
        const id = insertVoucher(
          db,
          { date, summary: `凭证 ${i}`, attachments: 1, source: 'import', preparer: 'bench', createdAt: 'x' },
          ls,
        );
        setVoucherStatus(db, id, { status: 'posted', poster: 'bench', at: 'x' });
      }
    })();
  }
  return lines;
}

export function seedMembers(db: Db, count: number): void {
  const rand = seededRandom(11);
  db.transaction(() => {
    const groups = Array.from({ length: 40 }, (_, g) => insertGroup(db, `第${g + 1}工会小组`, 'x'));
    for (let i = 0; i < count; i++) {
      const id = insertMember(
        db,
        {
          memberNo: `M${String(i + 1).padStart(6, '0')}`,
          name: `会员${i + 1}`,
          gender: rand() < 0.5 ? 'M' : 'F',
          groupId: groups[i % groups.length]!,
          joinDate: `20${String(intBetween(rand, 5, 24)).padStart(2, '0')}-0${intBetween(rand, 1, 9)}-1${intBetween(rand, 0, 9)}`,
          leaveDate: null,
          status: 'active',
          duesBaseCents: intBetween(rand, 300_000, 2_000_000),
          phone: null,
        },
        'x',
      );
      recordDuesBase(db, {
        memberId: id,
        period: '2000-01',
        baseCents: intBetween(rand, 300_000, 2_000_000),
        source: 'roster',
        at: 'x',
      });
    }
  })();
}

export function booksBench(dir: string, opts: { vouchers: number; tbLines: number; members: number }): Figure[] {
  const clock = fixedClock('2025-12-31T10:00:00+08:00');
  const figures: Figure[] = [];
  const file = join(dir, 'bench-books.ledger');
  rmSync(file, { force: true });
  const db = createLedgerFile(file, '基准测试工会', clock, 'bench');
  try {
    figures.push(
      once(`post ${opts.vouchers.toLocaleString('en')} vouchers (1,000 per transaction)`, `${opts.vouchers}`, () => {
        const lines = postMany(db, opts.vouchers, 2024);
        return `${lines.toLocaleString('en')} lines`;
      }),
    );
    const actor = { clock, user: 'bench' };
    let n = 0;
    figures.push(
      measure('post one voucher (own transaction, fsync)', 'p50/p95', 200, () => {
        n++;
        db.transaction(() =>
          postGenerated(db, actor, {
            date: '2025-06-15',
            summary: `单张凭证 ${n}`,
            source: 'claim',
            lines: [
              { accountCode: '50105', debitCents: 12_345, creditCents: 0 },
              { accountCode: '102', debitCents: 0, creditCents: 12_345 },
            ],
          }),
        )();
      }),
    );
    const have = (db.prepare('SELECT count(*) AS n FROM voucher_lines').get() as { n: number }).n;
    if (have < opts.tbLines) {
      figures.push(
        once('build trial-balance data', `${opts.tbLines}`, () => {
          const lines = postMany(db, Math.ceil((opts.tbLines - have) / 3.9), 2025, 99);
          return `+${lines.toLocaleString('en')} lines`;
        }),
      );
    }
    const total = (db.prepare('SELECT count(*) AS n FROM voucher_lines').get() as { n: number }).n;
    figures.push(
      measure('trial balance, one year', `${total.toLocaleString('en')} lines`, 5, () => {
        const tb = trialBalance(db, '2025-01', '2025-12');
        if (!tb.balanced) throw new Error('trial balance does not balance');
      }),
    );
    figures.push(
      measure('general-ledger page (102, 200 rows)', `${total.toLocaleString('en')} lines`, 5, () =>
        accountLedger(db, { code: '102', from: '2025-01-01', to: '2025-12-31', offset: 1000, limit: 200 }),
      ),
    );
    seedMembers(db, opts.members);
    const period = '2025-11';
    figures.push(
      measure(`dues assessment, one month`, `${opts.members.toLocaleString('en')} members`, 5, () =>
        assessDues(db, actor, period),
      ),
    );
    figures.push(
      measure('members grid page (100, sorted, filtered)', `${opts.members.toLocaleString('en')} members`, 20, () =>
        pageMembers(db, {
          offset: 500,
          limit: 100,
          sort: [{ column: 'duesBaseCents', dir: 'desc' }],
          filters: { groupName: { filterType: 'text', type: 'contains', filter: '1' } },
        }),
      ),
    );
  } finally {
    db.close();
  }
  return figures;
}
