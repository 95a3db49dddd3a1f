import { api, isMethod, type Method } from '../contract/api';
import type { ApiErrorBody, Result } from '../contract/errors';
import { LedgerFileError } from '../../db/connection';
import { DomainError } from './errors';
import { describeZodIssues } from './zod-messages';
import type { AppContext, CallContext, Handler, HandlerMap } from './handlers/types';
import { handlers as allHandlers } from './handlers';
import { allowed, categoryOf, rolesFor } from '../contract/permissions';
import { ledgerSetting } from '../services/ledger-settings';
import { activeUser } from '../services/users';

export type Dispatch = (method: string, raw: unknown, call: CallContext) => Promise<Result<unknown>>;

export interface DispatcherOptions {
  handlers?: HandlerMap;
  /** Check every output against its schema (on in development and tests: catches contract drift). */
  checkOutput?: boolean;
  log?: (message: string, error: unknown) => void;
}

/**
 * The one dispatcher behind both adapters (IPC and HTTP):
 * allow-list the method → parse the input → run the handler → wrap the Result. Raw errors never cross.
 */
export function createDispatcher(app: AppContext, opts: DispatcherOptions = {}): Dispatch {
  const handlers = opts.handlers ?? allHandlers;
  const log = opts.log ?? ((m, e) => console.error(m, e));
  return async (method, raw, call) => {
    if (typeof method !== 'string' || !isMethod(method))
      return fail({
        code: 'UNKNOWN_METHOD',
        message: `未知的接口方法：${String(method).slice(0, 80)}`,
        messageEn: `Unknown method: ${String(method).slice(0, 80)}`,
      });
    let who: CallContext;
    try {
      who = call.session !== undefined ? resolveSession(app, call.session) : call;
    } catch (e) {
      return fail(toErrorBody(e, method, log));
    }
    const refused = refusal(app, method, who, call.session !== undefined);
    if (refused) return fail(refused);
    const spec = api[method];
    const parsed = spec.input.safeParse(raw ?? {});
    if (!parsed.success) {
      const issues = describeZodIssues(parsed.error);
      return fail({
        code: 'VALIDATION',
        message: `输入有误：${issues.map((i) => `${i.path.join('.') || '输入'} ${i.message}`).join('；')}`,
        messageEn: `Invalid input: ${issues.map((i) => `${i.path.join('.') || 'input'} ${i.messageEn}`).join('; ')}`,
        issues,
      });
    }
    try {
      const handler = handlers[method] as Handler<Method>;
      const value = await handler(parsed.data as never, app, who);
      if (opts.checkOutput) {
        const out = spec.output.safeParse(value);
        if (!out.success) throw new Error(`output of ${method} does not match the contract: ${out.error.message}`);
        return { ok: true, value: out.data };
      }
      return { ok: true, value };
    } catch (e) {
      return fail(toErrorBody(e, method, log));
    }
  };
}

/** The session's user in the open ledger, read afresh (roles may have changed); nobody when logged out. */
export function resolveSession(app: AppContext, session: string): CallContext {
  const entry = app.sessions?.get(session);
  const path = app.library.currentPath;
  if (!entry || !path || entry.ledgerPath !== path) return { user: 'anonymous', roles: [], session };
  const u = activeUser(app.library.db, entry.userId);
  if (!u) return { user: 'anonymous', roles: [], session };
  return { user: u.name, roles: u.roles, session, mustChange: u.mustChange };
}

const ROLE_TEXT: Record<string, [string, string]> = {
  admin: ['管理员', 'administrator'],
  accountant: ['会计', 'accountant'],
  cashier: ['出纳', 'cashier'],
  approver: ['审批人', 'approver'],
  committee: ['经审委员', 'funds-review committee member'],
  viewer: ['只读', 'viewer'],
};

/**
 * The permission matrix (electron/contract/permissions.ts), before the input is even parsed. A trusted local
 * caller (no session, no roles) passes; a caller naming roles (tests) is checked like a session.
 */
function refusal(app: AppContext, method: string, who: CallContext, fromSession: boolean): ApiErrorBody | null {
  const category = categoryOf(method);
  if (category === 'public') return null;
  if (who.roles === undefined && !fromSession) return null;
  const roles = who.roles ?? [];
  // No ledger open: nobody can be logged in; say what is missing, as the handler would.
  if (fromSession && !app.library.isOpen)
    return {
      code: 'NO_LEDGER',
      message: '尚未打开账套，请先新建或打开一个账套',
      messageEn: 'No ledger is open; create or open one first',
    };
  if (fromSession && roles.length === 0)
    return {
      code: 'FORBIDDEN',
      message: '请先登录',
      messageEn: 'Please log in first',
    };
  if (who.mustChange && category !== 'self')
    return {
      code: 'FORBIDDEN',
      message: '管理员已重置您的密码，请先修改密码',
      messageEn: 'An administrator reset your password; change it first',
    };
  const splitCash = category === 'cash' && app.library.isOpen && ledgerSetting(app.library.db, 'splitCash');
  if (allowed(method, roles, { splitCash })) return null;
  const need = (category === 'cash' && splitCash ? ['cashier'] : rolesFor(method)).map((r) => ROLE_TEXT[r] ?? [r, r]);
  return {
    code: 'FORBIDDEN',
    message: `无权执行此操作（${method}）：需要${need.map((n) => n[0]).join('或') || '（未归类的方法，任何人都不能调用）'}角色`,
    messageEn: `Not allowed (${method}): needs the ${need.map((n) => n[1]).join(' or ') || '(unclassified method: nobody may call it)'} role`,
  };
}

function fail(error: ApiErrorBody): Result<never> {
  return { ok: false, error };
}

export function toErrorBody(e: unknown, method: string, log: (m: string, e: unknown) => void): ApiErrorBody {
  if (e instanceof DomainError) return e.toBody();
  if (e instanceof LedgerFileError)
    return { code: e.kind === 'missing' ? 'NOT_FOUND' : 'CONFLICT', message: e.message, messageEn: e.messageEn };
  const sqliteCode = (e as { code?: unknown }).code;
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_CONSTRAINT')) {
    // A database rule refused the change (trigger or constraint). The transaction rolled back.
    log(`constraint in ${method}`, e);
    return {
      code: 'RULE_VIOLATION',
      message: `数据库规则拒绝了此操作，未作任何改动：${(e as Error).message}`,
      messageEn: `A database rule refused this change; nothing was written: ${(e as Error).message}`,
    };
  }
  log(`internal error in ${method}`, e);
  return {
    code: 'INTERNAL',
    message: '程序内部错误，操作未完成，未作任何改动',
    messageEn: 'Internal error; nothing was changed',
  };
}
