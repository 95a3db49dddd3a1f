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
import { accountsText } from '../features/accounts/text';
import { vouchersText } from '../features/vouchers/text';
import { duesText } from '../features/dues/text';
import { importText } from '../features/import/text';
import { bankText } from '../features/bank/text';
import { dashboardText } from '../features/dashboard/text';
import { auditText } from '../features/audit/text';
import { usersText } from '../features/users/text';
import { backupsText } from '../features/backups/text';
import { ledgerSettingsText } from '../features/settings/text';

export const featureZh = {
  ...claimsText.zh,
  ...budgetText.zh,
  ...allocationText.zh,
  ...incomeText.zh,
  ...ledgerText.zh,
  ...periodsText.zh,
  ...reportsText.zh,
  ...accountsText.zh,
  ...vouchersText.zh,
  ...duesText.zh,
  ...importText.zh,
  ...bankText.zh,
  ...dashboardText.zh,
  ...auditText.zh,
  ...usersText.zh,
  ...backupsText.zh,
  ...ledgerSettingsText.zh,
};
export const featureEn = {
  ...claimsText.en,
  ...budgetText.en,
  ...allocationText.en,
  ...incomeText.en,
  ...ledgerText.en,
  ...periodsText.en,
  ...reportsText.en,
  ...accountsText.en,
  ...vouchersText.en,
  ...duesText.en,
  ...importText.en,
  ...bankText.en,
  ...dashboardText.en,
  ...auditText.en,
  ...usersText.en,
  ...backupsText.en,
  ...ledgerSettingsText.en,
};
