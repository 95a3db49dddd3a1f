import type { ComponentType } from 'react';
import type { AppInfo, CurrentLedger } from '../shared/contract';
import type { IconName } from '../components/Icon';
import { LedgersPage } from '../features/ledgers/LedgersPage';
import { MembersPage } from '../features/members/MembersPage';
import { ClaimsPage } from '../features/claims/ClaimsPage';
import { BudgetPage } from '../features/budget/BudgetPage';
import { AboutPage } from '../features/settings/AboutPage';
import { AllocationPage } from '../features/allocation/AllocationPage';
import { IncomePage } from '../features/income/IncomePage';
import { LedgerPage } from '../features/ledger/LedgerPage';
import { PeriodsPage } from '../features/periods/PeriodsPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { VouchersPage } from '../features/vouchers/VouchersPage';
import { DuesPage } from '../features/dues/DuesPage';
import { ImportPage } from '../features/import/ImportPage';
import { BankPage } from '../features/bank/BankPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { AuditPage } from '../features/audit/AuditPage';
import { UsersPage } from '../features/users/UsersPage';
import type { Method } from '../shared/contract';
import { BackupsPage } from '../features/backups/BackupsPage';
import { ChangeLogPage } from '../features/changelog/ChangeLogPage';
import { LedgerSettingsPage } from '../features/settings/LedgerSettingsPage';

/** What every page may use from the shell. */
export interface AreaProps {
  info: AppInfo;
  onLedgerChanged(ledger: CurrentLedger | null): void;
  /** Switch to another area (the dashboard opens reports this way). */
  navigate?(area: string): void;
}

export type SectionId = 'books' | 'reports' | 'system';

export interface AreaDef {
  id: string;
  /** i18n key of the navigation label. */
  labelKey: string;
  section: SectionId;
  icon: IconName;
  /** Needs an open ledger; without one the page shows "open a ledger first". */
  needsLedger: boolean;
  Page: ComponentType<AreaProps>;
  /** Shown only to users who may call this method (the navigation hides what a role cannot use). */
  method?: Method;
}

export const SECTIONS: readonly { id: SectionId; labelKey: string }[] = [
  { id: 'books', labelKey: 'nav.sectionBooks' },
  { id: 'reports', labelKey: 'reports.section' },
  { id: 'system', labelKey: 'nav.sectionSystem' },
];

/**
 * The areas in the navigation, in order. Adding an area (dues, allocation & remittance, spending, budget,
 * audit, reports) is one entry here plus its page.
 */
export const AREAS: readonly AreaDef[] = [
  {
    id: 'dashboard',
    labelKey: 'dashboard.nav',
    section: 'books',
    icon: 'dashboard',
    needsLedger: true,
    Page: DashboardPage,
  },
  { id: 'members', labelKey: 'nav.members', section: 'books', icon: 'members', needsLedger: true, Page: MembersPage },
  { id: 'dues', labelKey: 'dues.nav', section: 'books', icon: 'dues', needsLedger: true, Page: DuesPage },
  {
    id: 'vouchers',
    labelKey: 'vouchers.nav',
    section: 'books',
    icon: 'vouchers',
    needsLedger: true,
    Page: VouchersPage,
  },
  { id: 'claims', labelKey: 'claims.nav', section: 'books', icon: 'claims', needsLedger: true, Page: ClaimsPage },
  { id: 'income', labelKey: 'income.nav', section: 'books', icon: 'income', needsLedger: true, Page: IncomePage },
  {
    id: 'allocation',
    labelKey: 'allocation.nav',
    section: 'books',
    icon: 'allocation',
    needsLedger: true,
    Page: AllocationPage,
  },
  { id: 'budget', labelKey: 'budget.nav', section: 'books', icon: 'budget', needsLedger: true, Page: BudgetPage },
  { id: 'bank', labelKey: 'bank.nav', section: 'books', icon: 'bank', needsLedger: true, Page: BankPage },
  { id: 'ledger', labelKey: 'ledger.nav', section: 'books', icon: 'ledger', needsLedger: true, Page: LedgerPage },
  {
    id: 'accounts',
    labelKey: 'accounts.nav',
    section: 'books',
    icon: 'accounts',
    needsLedger: true,
    Page: AccountsPage,
  },
  { id: 'periods', labelKey: 'periods.nav', section: 'books', icon: 'periods', needsLedger: true, Page: PeriodsPage },
  { id: 'audit', labelKey: 'audit.nav', section: 'reports', icon: 'audit', needsLedger: true, Page: AuditPage },
  { id: 'reports', labelKey: 'reports.nav', section: 'reports', icon: 'reports', needsLedger: true, Page: ReportsPage },
  { id: 'import', labelKey: 'import.nav', section: 'system', icon: 'import', needsLedger: true, Page: ImportPage },
  { id: 'ledgers', labelKey: 'nav.ledgers', section: 'system', icon: 'ledgers', needsLedger: false, Page: LedgersPage },
  {
    id: 'users',
    labelKey: 'users.nav',
    section: 'system',
    icon: 'members',
    needsLedger: true,
    Page: UsersPage,
    method: 'users.list',
  },
  {
    id: 'backups',
    labelKey: 'backups.nav',
    section: 'system',
    icon: 'backups',
    needsLedger: true,
    Page: BackupsPage,
    method: 'backups.list',
  },
  {
    id: 'changelog',
    labelKey: 'changelog.nav',
    section: 'system',
    icon: 'changelog',
    needsLedger: true,
    Page: ChangeLogPage,
    method: 'changeLog.page',
  },
  {
    id: 'settings',
    labelKey: 'ledgerSettings.nav',
    section: 'system',
    icon: 'settings',
    needsLedger: true,
    Page: LedgerSettingsPage,
    method: 'settings.update',
  },
  { id: 'about', labelKey: 'nav.about', section: 'system', icon: 'about', needsLedger: false, Page: AboutPage },
];

export const LEDGERS_AREA = 'ledgers';
export const HOME_AREA = 'dashboard';

export function findArea(id: string): AreaDef {
  return AREAS.find((a) => a.id === id) ?? AREAS[0]!;
}
