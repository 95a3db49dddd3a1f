/**
 * Each feature keeps its UI text in its own folder (`features/<area>/text.ts`, made with `featureText`) under
 * its own namespace; this file merges them. Adding a feature's text = one import and one spread in each list.
 */
import { claimsText } from '../features/claims/text';
import { budgetText } from '../features/budget/text';
import { allocationText } from '../features/allocation/text';
import { incomeText } from '../features/income/text';
import { ledgerText } from '../features/ledger/text';
import { periodsText } from '../features/periods/text';
import { reportsText } from '../features/reports/text';
import { backupsText } from '../features/backups/text';

export const featureZh = {
  ...claimsText.zh,
  ...budgetText.zh,
  ...allocationText.zh,
  ...incomeText.zh,
  ...ledgerText.zh,
  ...periodsText.zh,
  ...reportsText.zh,
  ...backupsText.zh,
};
export const featureEn = {
  ...claimsText.en,
  ...budgetText.en,
  ...allocationText.en,
  ...incomeText.en,
  ...ledgerText.en,
  ...periodsText.en,
  ...reportsText.en,
  ...backupsText.en,
};
