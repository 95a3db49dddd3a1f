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
import { BackupsPage } from '../features/backups/BackupsPage';
import { ChangeLogPage } from '../features/changelog/ChangeLogPage';

/** What every page may use from the shell. */
export interface AreaProps {
  info: AppInfo;
  onLedgerChanged(ledger: CurrentLedger | null): void;
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
  { id: 'members', labelKey: 'nav.members', section: 'books', icon: 'members', needsLedger: true, Page: MembersPage },
  { id: 'claims', labelKey: 'claims.nav', section: 'books', icon: 'claims', needsLedger: true, Page: ClaimsPage },
  { id: 'budget', labelKey: 'budget.nav', section: 'books', icon: 'budget', needsLedger: true, Page: BudgetPage },
  {
    id: 'allocation',
    labelKey: 'allocation.nav',
    section: 'books',
    icon: 'allocation',
    needsLedger: true,
    Page: AllocationPage,
  },
  { id: 'income', labelKey: 'income.nav', section: 'books', icon: 'income', needsLedger: true, Page: IncomePage },
  { id: 'ledger', labelKey: 'ledger.nav', section: 'books', icon: 'ledger', needsLedger: true, Page: LedgerPage },
  { id: 'periods', labelKey: 'periods.nav', section: 'books', icon: 'periods', needsLedger: true, Page: PeriodsPage },
  { id: 'reports', labelKey: 'reports.nav', section: 'reports', icon: 'reports', needsLedger: true, Page: ReportsPage },
  { id: 'ledgers', labelKey: 'nav.ledgers', section: 'system', icon: 'ledgers', needsLedger: false, Page: LedgersPage },
  { id: 'backups', labelKey: 'backups.nav', section: 'system', icon: 'backups', needsLedger: true, Page: BackupsPage },
  {
    id: 'changelog',
    labelKey: 'changelog.nav',
    section: 'system',
    icon: 'changelog',
    needsLedger: true,
    Page: ChangeLogPage,
  },
  { id: 'about', labelKey: 'nav.about', section: 'system', icon: 'about', needsLedger: false, Page: AboutPage },
];

export const LEDGERS_AREA = 'ledgers';
export const HOME_AREA = 'members';

export function findArea(id: string): AreaDef {
  return AREAS.find((a) => a.id === id) ?? AREAS[0]!;
}
