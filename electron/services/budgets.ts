import type { Db } from '../../db/connection';
import { getAccount, listAccounts } from '../../db/repos/accounts';
import {
  actualCells,
  budgetApprovals,
  budgetTotals,
  deleteBudgetLines,
  getBudgetHeader,
  getBudgetLines,
  insertApproval,
  insertBudget,
  insertBudgetLines,
  latestVersion,
  listBudgetHeaders,
  type BudgetHeader,
} from '../../db/repos/budgets';
import { appendChange } from '../../db/repos/change-log';
import { listProjects } from '../../db/repos/projects';
import {
  APPROVAL_BODY_LABELS,
  type ApprovalBody,
  type BudgetDto,
  type BudgetExecution,
  type BudgetLineInput,
  type BudgetVersionDto,
} from '../contract/budgets';
import { nowIso, todayOf } from '../app/clock';
import { DomainError, fieldError } from '../app/errors';
import type { AccountFacts } from '../domain/claims';
import {
  budgetStatus,
  checkBudgetLines,
  computeExecution,
  pendingBodies,
  type BudgetLineRecord,
} from '../domain/budgets';
import { validationError } from './claims';
import type { Actor } from './members';

/** Every version of a year with its status, approvals and totals, oldest first. */
export function listBudgets(db: Db, year: number): BudgetVersionDto[] {
  const headers = listBudgetHeaders(db, year);
  const totals = budgetTotals(db, year);
  const approvals = budgetApprovals(db, year);
  const versions = headers.map((h) => {
    const list = approvals.get(h.id) ?? [];
    const bodies = list.map((a) => a.body);
    return {
      ...h,
      status: budgetStatus(bodies),
      approvals: list,
      pendingBodies: pendingBodies(bodies),
      lineCount: totals.get(h.id)?.lineCount ?? 0,
      incomeTotalCents: totals.get(h.id)?.incomeTotalCents ?? 0,
      spendingTotalCents: totals.get(h.id)?.spendingTotalCents ?? 0,
      isLatest: false,
      isLatestApproved: false,
    };
  });
  const latest = versions.at(-1);
  if (latest) latest.isLatest = true;
  const approved = versions.filter((v) => v.status === 'approved').at(-1);
  if (approved) approved.isLatestApproved = true;
  return versions;
}

function header(db: Db, id: number): BudgetHeader {
  const h = getBudgetHeader(db, id);
  if (!h) throw new DomainError('NOT_FOUND', `找不到预算（${id}）`, `Budget ${id} not found`);
  return h;
}

export function getBudget(db: Db, id: number): BudgetDto {
  const h = header(db, id);
  const version = listBudgets(db, h.year).find((v) => v.id === id)!;
  return { ...version, lines: getBudgetLines(db, id) };
}

function checkLines(db: Db, lines: readonly BudgetLineInput[]): BudgetLineRecord[] {
  const accounts = new Map<string, AccountFacts>();
  for (const code of new Set(lines.map((l) => l.accountCode))) {
    const a = getAccount(db, code);
    if (a) accounts.set(code, { code, name: a.name, class: a.class, isLeaf: a.isLeaf, enabled: a.enabled });
  }
  const projectIds = new Set(listProjects(db).map((p) => p.id));
  const r = checkBudgetLines(lines, { accounts, projectIds });
  if (!r.ok) throw validationError(r.issues);
  return r.lines;
}

function versionName(h: Pick<BudgetHeader, 'year' | 'version'>): [string, string] {
  return [`${h.year} 年预算第 ${h.version} 版`, `the ${h.year} budget, version ${h.version}`];
}

function log(db: Db, actor: Actor, method: string, id: number, before: unknown, after: unknown): void {
  appendChange(db, {
    at: nowIso(actor.clock),
    actor: actor.user,
    method,
    entity: 'budget',
    entityId: id,
    before,
    after,
  });
}

/** 年初预算: version 1 of the year. A year has one original; changes after approval are adjustments. */
export function createBudget(
  db: Db,
  actor: Actor,
  input: { year: number; note?: string | null | undefined; lines: BudgetLineInput[] },
): BudgetDto {
  return db.transaction(() => {
    const existing = latestVersion(db, input.year);
    if (existing)
      throw new DomainError(
        'CONFLICT',
        `${input.year} 年已有年初预算（共 ${existing.version} 版），不能再新建；未审批的可直接修改，已审批的请做预算调整`,
        `${input.year} already has an original budget (${existing.version} version(s)); edit it while unapproved, or make an adjustment`,
        [{ path: ['year'], message: '该年度已有预算', messageEn: 'This year already has a budget' }],
      );
    const lines = checkLines(db, input.lines);
    const id = insertBudget(db, {
      year: input.year,
      version: 1,
      kind: 'original',
      note: input.note?.trim() || null,
      at: nowIso(actor.clock),
      by: actor.user,
    });
    insertBudgetLines(db, id, lines);
    const after = getBudget(db, id);
    log(db, actor, 'budgets.create', id, null, after);
    return after;
  })();
}

/**
 * 预算调整: a new version holding the full new set of lines (copy-on-write). The versions before it stay as
 * history. The latest version must already have gone for approval; an unapproved one is edited instead.
 */
export function adjustBudget(
  db: Db,
  actor: Actor,
  input: { year: number; note: string; lines: BudgetLineInput[] },
): BudgetDto {
  return db.transaction(() => {
    const latest = latestVersion(db, input.year);
    if (!latest)
      throw new DomainError(
        'RULE_VIOLATION',
        `${input.year} 年还没有年初预算，请先编制年初预算`,
        `${input.year} has no original budget yet; make the original first`,
        [{ path: ['year'], message: '该年度没有预算', messageEn: 'This year has no budget' }],
      );
    const latestDto = listBudgets(db, input.year).at(-1)!;
    if (latestDto.status === 'draft') {
      const [zh, en] = versionName(latest);
      throw new DomainError(
        'CONFLICT',
        `${zh}尚未审批，请直接修改该版本，不必另做调整`,
        `${en} has no approval yet; edit it instead of making an adjustment`,
      );
    }
    const lines = checkLines(db, input.lines);
    const id = insertBudget(db, {
      year: input.year,
      version: latest.version + 1,
      kind: 'adjustment',
      note: input.note.trim(),
      at: nowIso(actor.clock),
      by: actor.user,
    });
    insertBudgetLines(db, id, lines);
    const after = getBudget(db, id);
    log(db, actor, 'budgets.adjust', id, null, after);
    return after;
  })();
}

function frozenError(h: BudgetHeader, first?: { body: ApprovalBody; approvedDate: string }): DomainError {
  const [zh, en] = versionName(h);
  const who = first
    ? [
        `（${APPROVAL_BODY_LABELS[first.body][0]} ${first.approvedDate} 已审批）`,
        ` (${APPROVAL_BODY_LABELS[first.body][1]} approved it on ${first.approvedDate})`,
      ]
    : ['', ''];
  return new DomainError(
    'RULE_VIOLATION',
    `${zh}已有审批记录${who[0]}，预算行不能再修改；如需变更，请做预算调整（生成新版本）`,
    `${en} has been approved${who[1]}; its lines cannot change. Make an adjustment (a new version) instead`,
  );
}

/** Replace a version's lines: only while no body has approved it (the database refuses it too). */
export function setBudgetLines(db: Db, actor: Actor, input: { id: number; lines: BudgetLineInput[] }): BudgetDto {
  return db.transaction(() => {
    const h = header(db, input.id);
    const before = getBudget(db, input.id);
    if (before.approvals.length > 0) throw frozenError(h, before.approvals[0]);
    const lines = checkLines(db, input.lines);
    try {
      deleteBudgetLines(db, input.id);
      insertBudgetLines(db, input.id, lines);
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT') && /approved budget/.test(String(e)))
        throw frozenError(h);
      throw e;
    }
    const after = getBudget(db, input.id);
    log(db, actor, 'budgets.setLines', input.id, before, after);
    return after;
  })();
}

/** Record one body's approval of a version (each body once). All three make the version approved. */
export function approveBudget(
  db: Db,
  actor: Actor,
  input: { id: number; body: ApprovalBody; approvedDate: string; reference?: string | null | undefined },
): BudgetDto {
  return db.transaction(() => {
    const h = header(db, input.id);
    const before = getBudget(db, input.id);
    const [bodyZh, bodyEn] = APPROVAL_BODY_LABELS[input.body];
    const [zh, en] = versionName(h);
    const done = before.approvals.find((a) => a.body === input.body);
    if (done)
      throw new DomainError(
        'CONFLICT',
        `${bodyZh}已于 ${done.approvedDate} 审批过${zh}`,
        `The ${bodyEn.toLowerCase()} already approved ${en} on ${done.approvedDate}`,
        [{ path: ['body'], message: '已审批', messageEn: 'Already approved' }],
      );
    const today = todayOf(actor.clock);
    if (input.approvedDate > today)
      throw fieldError(
        ['approvedDate'],
        `审批日期 ${input.approvedDate} 晚于今天（${today}），请登记已经发生的审批`,
        `The approval date ${input.approvedDate} is after today (${today}); record approvals that have happened`,
      );
    insertApproval(db, {
      budgetId: input.id,
      body: input.body,
      approvedDate: input.approvedDate,
      reference: input.reference?.trim() || null,
      at: nowIso(actor.clock),
      by: actor.user,
    });
    const after = getBudget(db, input.id);
    log(db, actor, 'budgets.approve', input.id, before, after);
    return after;
  })();
}

/**
 * 预算执行: the latest approved version of the year (else the latest version, flagged unapproved) against
 * posted vouchers from January through `month` (default December).
 */
export function budgetExecution(db: Db, input: { year: number; month?: number | null | undefined }): BudgetExecution {
  const through = input.month ?? 12;
  const versions = listBudgets(db, input.year);
  const chosen = versions.filter((v) => v.status === 'approved').at(-1) ?? versions.at(-1) ?? null;
  const lines = chosen ? getBudgetLines(db, chosen.id) : [];
  const pad = (m: number) => String(m).padStart(2, '0');
  const cells = actualCells(db, `${input.year}-01`, `${input.year}-${pad(through)}`);
  const { rows, totals } = computeExecution(lines, cells, through);
  const names = new Map(listAccounts(db).map((a) => [a.code, a.name]));
  const projects = new Map(listProjects(db).map((p) => [p.id, p.name]));
  return {
    year: input.year,
    through: `${input.year}-${pad(through)}`,
    budget: chosen,
    approved: chosen?.status === 'approved',
    rows: rows.map((r) => ({
      ...r,
      accountName: names.get(r.accountCode) ?? r.accountCode,
      projectName: r.projectId === null ? null : (projects.get(r.projectId) ?? null),
    })),
    totals,
  };
}
