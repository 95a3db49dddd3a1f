import type { Rule } from './rule';
import { r01 } from './rules/r01-festival-cash';
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
 */
export const RULES: readonly Rule[] = [
  r01,
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
