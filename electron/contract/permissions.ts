import { ROLES, type Role } from './roles';

/**
 * The permission matrix (issue 7), in ONE place: every contract method falls in a category, and a category names
 * the roles that may call it. The dispatcher enforces it for every call made from a session (IPC window, browser
 * tab); the renderer only hides what a user cannot do (`can(method)`). The README table is generated from here
 * (tests/contract/permissions.test.ts checks it is current).
 *
 * A method is classified by, in order: the explicit list, then its area prefix + verb rules. A method that no
 * rule covers is unclassified: the dispatcher refuses it, and the test fails.
 */
export const CATEGORIES = [
  'public',
  'self',
  'read',
  'books',
  'cash',
  'review',
  'approve',
  'committee',
  'auditRun',
  'auditSetup',
  'admin',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Who may call a method of each category (`public` needs no login; `self` needs only a login). */
export const CATEGORY_ROLES: Record<Category, readonly Role[]> = {
  public: ROLES,
  self: ROLES,
  read: ROLES,
  books: ['accountant'],
  cash: ['cashier', 'accountant'],
  review: ['accountant', 'approver'],
  approve: ['approver'],
  committee: ['committee'],
  // Anyone who answers for the books may run the checks before the committee meets; findings are not the books.
  auditRun: ['accountant', 'approver', 'committee', 'admin'],
  // Which rules run and which caps apply is never set by those the checks look at (finance roles).
  auditSetup: ['committee', 'admin'],
  admin: ['admin'],
};

export const CATEGORY_TEXT: Record<Category, { zh: string; en: string }> = {
  public: { zh: '无需登录', en: 'no login needed' },
  self: { zh: '已登录的本人', en: 'any logged-in user, for themself' },
  read: { zh: '查阅（所有角色）', en: 'read (every role)' },
  books: { zh: '记账（会计）', en: 'books (accountant)' },
  cash: { zh: '收付款（出纳；未分设出纳时会计）', en: 'cash (cashier; the accountant unless the ledger splits them)' },
  review: { zh: '审核（会计、审批人，制单人除外）', en: 'review (accountant, approver; never the preparer)' },
  approve: { zh: '审批（审批人）', en: 'approve (approver)' },
  committee: { zh: '经审决定（经审委员）', en: 'audit decisions (committee)' },
  auditRun: { zh: '运行审计检查', en: 'run the audit checks' },
  auditSetup: {
    zh: '审计规则与政策参数（经审委员、管理员；财务人员不可）',
    en: 'audit rules and policy values (committee, admin; never finance roles)',
  },
  admin: { zh: '系统管理（管理员）', en: 'administration (admin)' },
};

/** Methods classified one by one (they win over the prefix rules). */
export const EXPLICIT: Readonly<Record<string, Category>> = {
  'app.info': 'public',
  'auth.status': 'public',
  'auth.login': 'public',
  'auth.logout': 'public',
  'auth.setup': 'public',
  'auth.changePassword': 'self',
  'ledgers.list': 'public',
  'ledgers.open': 'public',
  'ledgers.close': 'public',
  // A new ledger file touches no existing books; its creator becomes its first administrator.
  'ledgers.create': 'public',
  'periods.reopen': 'admin',
  'users.list': 'admin',
  'parameters.add': 'admin',
  'vouchers.review': 'review',
  'vouchers.unreview': 'review',
  'vouchers.approve': 'approve',
  'vouchers.unapprove': 'approve',
  'budgets.approve': 'approve',
  'dues.collect': 'cash',
  'income.record': 'cash',
  'allocation.receive': 'cash',
  'allocation.remit': 'cash',
  'import.preview': 'books',
  'changeLog.verify': 'read',
  'export.table': 'read',
  'reports.export': 'read',
  // backups: changing how many are kept, and the whole ledger as a file, are an administrator's
  'backups.settings': 'admin',
  'backups.export': 'admin',
  'audit.run': 'auditRun',
  'audit.setRuleEnabled': 'auditSetup',
  'audit.profiles.setValue': 'auditSetup',
  'audit.profiles.choose': 'auditSetup',
  'audit.reportDocument': 'read',
  'audit.reportExport': 'read',
};

/** Verbs that only read: any logged-in user. */
export const READ_VERBS = [
  'list',
  'get',
  'page',
  'summary',
  'options',
  'reconciliation',
  'matches',
  'execution',
  'catalogue',
  'journal',
  'general',
  'span',
  'trialBalance',
  'account',
  'arrears',
  'assessments',
  'batches',
  'terms',
  'template',
  'verify',
  'yearEndPreview',
  'settings',
  'map2009',
  'status',
  'history',
  'overview',
  'export',
  'preview',
  'chartInfo',
  'bases',
  'document',
  'rules',
  'finding',
  'findings',
  'report',
] as const;

/** Areas whose other (changing) methods belong to one category. */
export const AREA_CATEGORY: Readonly<Record<string, Category>> = {
  accounts: 'books',
  projects: 'books',
  vouchers: 'books',
  periods: 'books',
  budgets: 'books',
  members: 'books',
  groups: 'books',
  dues: 'books',
  allocation: 'books',
  income: 'books',
  bank: 'books',
  claims: 'books',
  import: 'books',
  parameters: 'admin',
  users: 'admin',
  settings: 'admin',
  backup: 'admin',
  audit: 'committee',
  findings: 'committee',
  ledger: 'read',
  reports: 'read',
  dashboard: 'read',
  changeLog: 'read',
  backups: 'admin',
};

/** The category of a method, or null when no rule covers it (then nobody with a session may call it). */
export function categoryOf(method: string): Category | null {
  const explicit = EXPLICIT[method];
  if (explicit) return explicit;
  const dot = method.indexOf('.');
  if (dot < 0) return null;
  const area = method.slice(0, dot);
  const verb = method.slice(method.lastIndexOf('.') + 1); // 'dues.exemptions.list' reads
  const areaCategory = AREA_CATEGORY[area];
  if (!areaCategory) return null;
  if ((READ_VERBS as readonly string[]).includes(verb)) return 'read';
  return areaCategory;
}

/** The roles that may call `method` (empty for an unclassified one). */
export function rolesFor(method: string): readonly Role[] {
  const c = categoryOf(method);
  return c ? CATEGORY_ROLES[c] : [];
}

export interface PermissionOptions {
  /** The ledger keeps cash (cashier) and books (accountant) apart: the accountant loses the cash methods. */
  splitCash?: boolean;
}

/** May a user holding `roles` call `method`? (Login itself is checked by the dispatcher.) */
export function allowed(method: string, roles: readonly Role[], opts: PermissionOptions = {}): boolean {
  const c = categoryOf(method);
  if (!c) return false;
  if (c === 'public') return true;
  if (c === 'self' || c === 'read') return roles.length > 0;
  const who = c === 'cash' && opts.splitCash ? (['cashier'] as const) : CATEGORY_ROLES[c];
  return roles.some((r) => (who as readonly Role[]).includes(r));
}

/** The README table: one row per category, with its methods. */
export function permissionTable(methods: readonly string[]): string {
  const head = ['| Category 类别 | Roles 角色 | Methods 方法 |', '|---|---|---|'];
  const rows = CATEGORIES.map((c) => {
    const ms = methods.filter((m) => categoryOf(m) === c).sort();
    const roles = c === 'public' ? '—' : CATEGORY_ROLES[c].join(', ');
    return `| ${CATEGORY_TEXT[c].zh} / ${CATEGORY_TEXT[c].en} | ${roles} | ${ms.map((m) => '`' + m + '`').join(' ')} |`;
  });
  return [...head, ...rows].join('\n');
}
