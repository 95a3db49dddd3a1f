import type { Db } from '../../../db/connection';
import { getAccount } from '../../../db/repos/accounts';
import { appendChange } from '../../../db/repos/change-log';
import { nowIso } from '../../app/clock';
import { DomainError } from '../../app/errors';
import type { BankMatchDto, BankReconciliation } from '../../contract/import';
import { coverageFrom, daysBetween, matchLines, planBank, reconcile, type BankRow } from '../../domain/import/bank';
import { formatCents as yuan } from '../../domain/money';
import type { Actor } from '../members';
import { isPeriodClosed } from '../periods';
import {
  bookBalance,
  bookLines,
  bookLinesById,
  getReconciliation,
  insertMatch,
  insertStatementLine,
  lockedThrough,
  matchesOfAccount,
  pageStatementLines,
  saveReconciliation,
  statementKeys,
  statementLinesById,
  statementLinesUntil,
  type BookLine,
} from './bank-store';
import { emptyPlan, PROGRESS_EVERY, type KindModule } from './plan';

/** The bank account statements are kept on: 102 or one of its sub-accounts, at the lowest level. */
export function bankAccountOrThrow(db: Db, code: string): { code: string; name: string } {
  const a = getAccount(db, code);
  if (!a || !(a.code === '102' || a.code.startsWith('102')))
    throw new DomainError('VALIDATION', `${code} 不是银行存款科目`, `${code} is not a bank account (102)`, [
      { path: ['accountCode'], message: '应为 102 或其明细科目', messageEn: 'Use 102 or one of its sub-accounts' },
    ]);
  if (!a.isLeaf)
    throw new DomainError(
      'VALIDATION',
      `${a.code} ${a.name} 有明细科目，请选择具体的银行账户（如 ${a.code}01）`,
      `${a.code} ${a.name} has sub-accounts; choose the bank account (e.g. ${a.code}01)`,
      [{ path: ['accountCode'], message: '请选择明细科目', messageEn: 'Choose a sub-account' }],
    );
  return { code: a.code, name: a.name };
}

// ——— import of statements ———

/**
 * 银行对账单: lines are stored per bank account, in date order, never changed afterwards. A line already held (same
 * transaction id, or same date + amount + counterparty when the bank gives no id) is a duplicate, listed and
 * skipped; a line in a month whose reconciliation is locked is refused.
 */
export const bankImport: KindModule = {
  plan(db, env, records) {
    const rows = records as BankRow[];
    const plan = emptyPlan();
    const code = env.options.bankAccount ?? '102';
    let account: { code: string; name: string };
    try {
      account = bankAccountOrThrow(db, code);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      plan.problems.push({ zh: e.message, en: e.messageEn });
      return { ...plan, write: () => ({ imported: 0, created: {}, voucherIds: [] }) };
    }
    const p = planBank(rows, {
      existing: statementKeys(db, account.code),
      lockedThrough: lockedThrough(db, account.code),
      accountCode: account.code,
    });
    plan.issues = p.issues;
    plan.duplicates = p.duplicates;
    plan.toImport = p.insert.length;
    plan.rows = p.insert.map((l) => ({
      row: l.row,
      values: {
        accountCode: account.code,
        date: l.date,
        amountCents: l.amountCents,
        balanceCents: l.balanceCents,
        counterparty: l.counterparty,
        summary: l.summary,
        txnId: l.txnId,
      },
    }));
    const inflow = p.insert.filter((l) => l.amountCents > 0).reduce((s, l) => s + l.amountCents, 0);
    const outflow = -p.insert.filter((l) => l.amountCents < 0).reduce((s, l) => s + l.amountCents, 0);
    plan.amounts = [
      { key: 'inflow', zh: '收入（贷方）合计', en: 'Money in', cents: inflow },
      { key: 'outflow', zh: '支出（借方）合计', en: 'Money out', cents: outflow },
    ];
    plan.notes.push({
      zh: `对账单记入银行账户 ${account.code} ${account.name}`,
      en: `Statement lines go to bank account ${account.code} ${account.name}`,
    });
    return {
      ...plan,
      write({ db, actor, batchId, at, progress }) {
        p.insert.forEach((l, i) => {
          insertStatementLine(db, account.code, l, batchId, at);
          if ((i + 1) % PROGRESS_EVERY === 0) progress(i + 1);
        });
        appendChange(db, {
          at,
          actor: actor.user,
          method: 'import.bank',
          entity: 'bank_statement',
          entityId: batchId,
          before: null,
          after: {
            accountCode: account.code,
            lines: p.insert.length,
            inflowCents: inflow,
            outflowCents: outflow,
            from: p.insert[0]?.date ?? null,
            to: p.insert[p.insert.length - 1]?.date ?? null,
          },
        });
        return { imported: p.insert.length, created: { statementLines: p.insert.length }, voucherIds: [] };
      },
    };
  },
};

// ——— listing ———

export function listStatementLines(
  db: Db,
  f: {
    accountCode: string;
    month?: string | undefined;
    state?: 'unmatched' | 'cleared' | undefined;
    offset: number;
    limit: number;
  },
) {
  return pageStatementLines(db, f);
}

// ——— matching ———

function monthBounds(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(days).padStart(2, '0')}` };
}

function addDays(date: string, n: number): string {
  const t =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function assertNotLocked(db: Db, accountCode: string, month: string): void {
  const locked = lockedThrough(db, accountCode);
  if (locked !== null && month <= locked)
    throw new DomainError(
      'CONFLICT',
      `${accountCode} 的银行对账已锁定到 ${locked}，${month} 不能再对账`,
      `Bank reconciliation of ${accountCode} is locked through ${locked}; ${month} cannot change`,
    );
}

function matchDtos(
  db: Db,
  matches: readonly {
    id: number;
    bankId: number;
    bookId: number;
    method: BankMatchDto['method'];
    matchedAt: string;
    matchedBy: string;
  }[],
): BankMatchDto[] {
  const bank = statementLinesById(
    db,
    matches.map((m) => m.bankId),
  );
  const book = bookLinesById(
    db,
    matches.map((m) => m.bookId),
  );
  return matches.map((m) => {
    const s = bank.get(m.bankId)!;
    const { reversesId: _r, matchId: _m, ...b } = book.get(m.bookId)!;
    const gap = daysBetween(b.date, s.date);
    return {
      id: m.id,
      method: m.method,
      statementLine: s,
      bookLine: b,
      dayGap: gap,
      matchedAt: m.matchedAt,
      matchedBy: m.matchedBy,
    };
  });
}

const bookDto = ({ reversesId: _r, matchId: _m, ...b }: BookLine) => b;

/**
 * 自动对账 for a month: open statement lines up to the month end are paired with open posted lines on the account
 * — same date and amount first, then the same amount within `windowDays`. Pairs that would change a locked month
 * are left alone. The month's state is then recorded: reconciled when the two adjusted balances agree.
 */
export function matchMonth(db: Db, actor: Actor, input: { month: string; accountCode: string; windowDays: number }) {
  return db.transaction(() => {
    const account = bankAccountOrThrow(db, input.accountCode);
    assertNotLocked(db, account.code, input.month);
    const { last } = monthBounds(input.month);
    const locked = lockedThrough(db, account.code);
    const lockedEnd = locked ? monthBounds(locked).last : null;
    const bankOpen = statementLinesUntil(db, account.code, last).filter((l) => l.state === 'unmatched');
    const from = bankOpen.length ? addDays(bankOpen[0]!.date, -input.windowDays) : last;
    const bookOpen = bookLines(db, account.code, from, addDays(last, input.windowDays)).filter(
      (l) => l.matchId === null,
    );
    const pairs = matchLines(
      bankOpen.map((l) => ({ id: l.id, date: l.date, amountCents: l.amountCents })),
      bookOpen.map((l) => ({ id: l.voucherLineId, date: l.date, amountCents: l.amountCents })),
      input.windowDays,
    );
    const bankDate = new Map(bankOpen.map((l) => [l.id, l.date]));
    const bookDate = new Map(bookOpen.map((l) => [l.voucherLineId, l.date]));
    const at = nowIso(actor.clock);
    const made: {
      id: number;
      bankId: number;
      bookId: number;
      method: 'exact' | 'window';
      matchedAt: string;
      matchedBy: string;
    }[] = [];
    for (const p of pairs) {
      const latest = [bankDate.get(p.bankId)!, bookDate.get(p.bookId)!].sort()[1]!;
      if (lockedEnd !== null && latest <= lockedEnd) continue;
      const id = insertMatch(db, { bankId: p.bankId, bookId: p.bookId, method: p.method, at, by: actor.user });
      made.push({ id, bankId: p.bankId, bookId: p.bookId, method: p.method, matchedAt: at, matchedBy: actor.user });
    }
    const table = computeReconciliation(db, account, input.month);
    if (table.state !== 'locked')
      saveReconciliation(db, {
        accountCode: account.code,
        month: input.month,
        state: table.agrees ? 'reconciled' : 'open',
        bankBalanceCents: table.bank.balanceCents,
        bookBalanceCents: table.book.balanceCents,
        adjustedBankCents: table.bank.adjustedCents,
        adjustedBookCents: table.book.adjustedCents,
        at,
        lockedBy: null,
      });
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'bank.match',
      entity: 'bank_reconciliation',
      entityId: `${account.code}:${input.month}`,
      before: null,
      after: {
        matches: made.map((m) => ({ id: m.id, statementLineId: m.bankId, voucherLineId: m.bookId, method: m.method })),
        state: table.agrees ? 'reconciled' : 'open',
        differenceCents: table.differenceCents,
      },
    });
    const stillOpenBank = statementLinesUntil(db, account.code, last).filter((l) => l.state === 'unmatched');
    const firstLine = statementLinesUntil(db, account.code, last)[0];
    const coverage = firstLine ? coverageFrom(firstLine.date) : last;
    const stillOpenBook = bookLines(db, account.code, coverage, last).filter((l) => l.matchId === null);
    return {
      month: input.month,
      accountCode: account.code,
      windowDays: input.windowDays,
      exact: made.filter((m) => m.method === 'exact').length,
      window: made.filter((m) => m.method === 'window').length,
      matches: matchDtos(db, made),
      unmatchedBank: stillOpenBank,
      unmatchedBook: stillOpenBook.map(bookDto),
      state: table.agrees ? ('reconciled' as const) : ('open' as const),
    };
  })();
}

/** Matches whose statement line or book line falls in the month. */
export function listMatches(db: Db, input: { month: string; accountCode: string }): BankMatchDto[] {
  const account = bankAccountOrThrow(db, input.accountCode);
  const all = matchDtos(db, matchesOfAccount(db, account.code));
  return all.filter((m) => m.statementLine.date.startsWith(input.month) || m.bookLine.date.startsWith(input.month));
}

// ——— 银行存款余额调节表 ———

function computeReconciliation(db: Db, account: { code: string; name: string }, month: string): BankReconciliation {
  const { first, last } = monthBounds(month);
  const bank = statementLinesUntil(db, account.code, last);
  const coverage = bank[0] ? coverageFrom(bank[0].date) : last;
  const matches = matchesOfAccount(db, account.code);
  const inRange = bookLines(db, account.code, coverage, last);
  // A book line matched to a statement line may be dated before the statement's first line (a payment booked
  // on the 8th that the bank shows on the 14th): fetch it too, or its pair would count as open on the bank side.
  const held = new Set(inRange.map((l) => l.voucherLineId));
  const earlier = [
    ...bookLinesById(
      db,
      matches.map((m) => m.bookId).filter((id) => !held.has(id)),
    ).values(),
  ].filter((l) => l.date <= last);
  const book = [...earlier, ...inRange];
  const figures = reconcile({
    monthStart: first,
    monthEnd: last,
    bank: bank.map((l) => ({ id: l.id, date: l.date, amountCents: l.amountCents, balanceCents: l.balanceCents })),
    book: book.map((l) => ({
      id: l.voucherLineId,
      date: l.date,
      amountCents: l.amountCents,
      voucherId: l.voucherId,
      reversesVoucherId: l.reversesId,
    })),
    matches: matches.map((m) => ({ bankId: m.bankId, bookId: m.bookId })),
    bookBalanceCents: bookBalance(db, account.code, last),
  });
  // The matched side of a pair may lie outside [coverage, month end]: fetch it so as-of dates are known.
  const bankById = new Map(bank.map((l) => [l.id, l]));
  const bookById = new Map(book.map((l) => [l.voucherLineId, l]));
  const bankItem = (id: number) => {
    const l = bankById.get(id)!;
    return {
      side: 'bank' as const,
      id,
      date: l.date,
      amountCents: Math.abs(l.amountCents),
      summary: l.summary ?? '',
      counterparty: l.counterparty || null,
      voucherLabel: null,
    };
  };
  const bookItem = (id: number) => {
    const l = bookById.get(id)!;
    return {
      side: 'book' as const,
      id,
      date: l.date,
      amountCents: Math.abs(l.amountCents),
      summary: l.summary,
      counterparty: l.counterparty,
      voucherLabel: l.voucherLabel,
    };
  };
  const stored = getReconciliation(db, account.code, month);
  const locked = stored?.state === 'locked';
  const changedSinceLock =
    locked &&
    (stored.bankBalanceCents !== figures.bankBalanceCents ||
      stored.adjustedBankCents !== figures.adjustedBankCents ||
      stored.adjustedBookCents !== figures.adjustedBookCents);
  return {
    accountCode: account.code,
    accountName: account.name,
    month,
    monthEnd: last,
    state: locked ? 'locked' : figures.agrees ? 'reconciled' : 'open',
    lockedAt: locked ? stored.lockedAt : null,
    lockedBy: locked ? stored.lockedBy : null,
    bank: {
      balanceCents: figures.bankBalanceCents,
      balanceSource: figures.balanceSource,
      depositsInTransit: figures.depositsInTransit.map(bookItem),
      depositsInTransitCents: figures.depositsInTransitCents,
      outstandingPayments: figures.outstandingPayments.map(bookItem),
      outstandingPaymentsCents: figures.outstandingPaymentsCents,
      adjustedCents: figures.adjustedBankCents,
    },
    book: {
      balanceCents: bookBalance(db, account.code, last),
      bankCreditsNotBooked: figures.bankCreditsNotBooked.map(bankItem),
      bankCreditsNotBookedCents: figures.bankCreditsNotBookedCents,
      bankDebitsNotBooked: figures.bankDebitsNotBooked.map(bankItem),
      bankDebitsNotBookedCents: figures.bankDebitsNotBookedCents,
      adjustedCents: figures.adjustedBookCents,
    },
    agrees: figures.agrees,
    differenceCents: figures.differenceCents,
    statementLines: figures.statementLines,
    matched: figures.matched,
    changedSinceLock,
  };
}

export function reconciliation(db: Db, input: { month: string; accountCode: string }): BankReconciliation {
  return computeReconciliation(db, bankAccountOrThrow(db, input.accountCode), input.month);
}

/**
 * 锁定: the month's reconciliation is final once both adjusted balances agree and the accounting period is
 * closed (no more postings can change the book side). Its statements and matches then stay as they are.
 */
export function lockMonth(db: Db, actor: Actor, input: { month: string; accountCode: string }): BankReconciliation {
  return db.transaction(() => {
    const account = bankAccountOrThrow(db, input.accountCode);
    const table = computeReconciliation(db, account, input.month);
    if (table.state === 'locked')
      throw new DomainError(
        'CONFLICT',
        `${account.code} ${input.month} 的银行对账已锁定`,
        `The bank reconciliation of ${account.code} for ${input.month} is already locked`,
      );
    if (table.statementLines === 0 && table.bank.balanceSource === 'none')
      throw new DomainError(
        'RULE_VIOLATION',
        `${input.month} 没有银行对账单，不能锁定`,
        `There is no bank statement for ${input.month}; it cannot be locked`,
      );
    if (!table.agrees)
      throw new DomainError(
        'RULE_VIOLATION',
        `调节后余额不相等（银行方 ${yuan(table.bank.adjustedCents)}，账面方 ${yuan(table.book.adjustedCents)}，相差 ${yuan(table.differenceCents)}），不能锁定`,
        `The adjusted balances differ (bank ${yuan(table.bank.adjustedCents)}, books ${yuan(table.book.adjustedCents)}, difference ${yuan(table.differenceCents)}); it cannot be locked`,
      );
    if (!isPeriodClosed(db, input.month))
      throw new DomainError(
        'RULE_VIOLATION',
        `请先对 ${input.month} 结账，再锁定银行对账（结账后账面不再变动）`,
        `Close ${input.month} first, then lock its bank reconciliation (the books no longer change once closed)`,
      );
    const at = nowIso(actor.clock);
    saveReconciliation(db, {
      accountCode: account.code,
      month: input.month,
      state: 'locked',
      bankBalanceCents: table.bank.balanceCents,
      bookBalanceCents: table.book.balanceCents,
      adjustedBankCents: table.bank.adjustedCents,
      adjustedBookCents: table.book.adjustedCents,
      at,
      lockedBy: actor.user,
    });
    const after = computeReconciliation(db, account, input.month);
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'bank.lock',
      entity: 'bank_reconciliation',
      entityId: `${account.code}:${input.month}`,
      before: { state: table.state },
      after: {
        state: 'locked',
        bankBalanceCents: after.bank.balanceCents,
        bookBalanceCents: after.book.balanceCents,
        adjustedCents: after.bank.adjustedCents,
      },
    });
    return after;
  })();
}
