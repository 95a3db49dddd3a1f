import { api, isMethod, type Method } from '../contract/api';
import type { ApiErrorBody, Result } from '../contract/errors';
import { LedgerFileError } from '../../db/connection';
import { DomainError } from './errors';
import { describeZodIssues } from './zod-messages';
import type { AppContext, CallContext, Handler, HandlerMap } from './handlers/types';
import { handlers as allHandlers } from './handlers';

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
      const value = await handler(parsed.data as never, app, call);
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
