import type { Rule } from './rule';
import { r01 } from './rules/r01-festival-cash';

/**
 * Every audit rule module, in catalogue order. One file per rule in ./rules (rNN-name.ts for DOMAIN §5.6,
 * aNN-name.ts for the §6 analytics); append a new rule's import and entry here.
 */
export const RULES: readonly Rule[] = [r01];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
