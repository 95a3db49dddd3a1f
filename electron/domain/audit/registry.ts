import type { Rule } from './rule';
import { r01 } from './rules/r01-festival-cash';
import { r02 } from './rules/r02-festival-cap';
import { r03 } from './rules/r03-festival-list';
import { r04 } from './rules/r04-condolence-cap';
import { r05 } from './rules/r05-non-members';
import { r06 } from './rules/r06-invoices';
import { r07 } from './rules/r07-sign-off';
import { r08 } from './rules/r08-budget';
import { r09 } from './rules/r09-budget-approval';
import { r10 } from './rules/r10-collective-decision';
import { r11 } from './rules/r11-approval';
import { r12 } from './rules/r12-admin-costs';
import { r13 } from './rules/r13-outings';
import { r14 } from './rules/r14-banquets';
import { r15 } from './rules/r15-allowances';
import { r17 } from './rules/r17-lending';
import { r18 } from './rules/r18-receivables-age';
import { r19 } from './rules/r19-allocation';
import { r20 } from './rules/r20-remittance';
import { r21 } from './rules/r21-dues';
import { r22 } from './rules/r22-wrong-account';
import { r23 } from './rules/r23-cash-bank';
import { r24 } from './rules/r24-suspense';
import { r25 } from './rules/r25-year-end';
import { r26 } from './rules/r26-earmarked';
import { a01 } from './rules/a01-duplicates';
import { a02 } from './rules/a02-fuzzy-payees';
import { a03 } from './rules/a03-voucher-gaps';
import { a04 } from './rules/a04-benford';
import { a05 } from './rules/a05-just-below';
import { a06 } from './rules/a06-split-purchases';
import { a07 } from './rules/a07-off-day-postings';
import { a08 } from './rules/a08-round-amounts';

/**
 * Every audit rule module, in catalogue order. One file per rule in ./rules (rNN-name.ts for DOMAIN §5.6,
 * aNN-name.ts for the §6 analytics); append a new rule's import and entry here.
 * Not yet checkable from the ledger's data: R16 (no bank-account master), R27 (no user-role table in the
 * ledger), R28 (no publication log).
 */
export const RULES: readonly Rule[] = [
  r01,
  r02,
  r03,
  r04,
  r05,
  r06,
  r07,
  r08,
  r09,
  r10,
  r11,
  r12,
  r13,
  r14,
  r15,
  r17,
  r18,
  r19,
  r20,
  r21,
  r22,
  r23,
  r24,
  r25,
  r26,
  // §6 statistical screens (audit-analytics)
  a01,
  a02,
  a03,
  a04,
  a05,
  a06,
  a07,
  a08,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
