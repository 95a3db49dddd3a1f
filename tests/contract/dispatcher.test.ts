import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LedgerFileError } from '../../db/connection';
import { createDispatcher } from '../../electron/app/dispatch';
import { DomainError } from '../../electron/app/errors';
import { handlers } from '../../electron/app/handlers';
import type { HandlerMap } from '../../electron/app/handlers/types';
import { METHODS, api, isMethod, type Method } from '../../electron/contract/api';
import { ERROR_CODES } from '../../electron/contract/errors';
import { createTestApp, ok } from '../helpers/app';
import { dumpTables } from '../helpers/ledger-db';

let app: ReturnType<typeof createTestApp>;
let memberId: number;
let groupId: number;
beforeAll(async () => {
  app = createTestApp();
  groupId = (await ok(app, 'groups.list', {}))[0]!.id;
  memberId = (await ok(app, 'members.page', { offset: 0, limit: 1 })).rows[0]!.id;
});
afterAll(() => app.close());

const dispatch = (method: string, input: unknown) => app.dispatch(method, input, { user: 'tester' });

/** Everything a call could have changed: every table's rows, the files in the data folder, the recent list. */
function snapshot() {
  const recent = join(app.dataDir, 'recent.json');
  return {
    tables: dumpTables(app.context.library.db),
    files: readdirSync(app.dataDir).sort(),
    recent: readFileSync(recent, 'utf8'),
    current: app.context.library.currentInfo(),
  };
}

const memberForm = () => ({
  memberNo: 'C-1',
  name: '合同测试',
  gender: 'M',
  groupId,
  joinDate: '2020-01-01',
  duesBase: '5000',
});

/** Clearly invalid inputs per method; methods not listed get the generic ones. */
const INVALID: Partial<Record<Method, unknown[]>> = {
  'ledgers.create': [
    { fileName: '../evil', unionName: '恶意' },
    { fileName: 5, unionName: 'x' },
    { fileName: 'ok', unionName: '   ' },
    { fileName: 'ok', unionName: 'x', demo: 'yes' },
    { unionName: 'x' },
  ],
  'ledgers.open': [{ path: '' }, { path: 5 }, {}, { path: 'x'.repeat(1001) }],
  'groups.create': [{ name: '' }, { name: '组'.repeat(41) }, { name: 5 }],
  'members.page': [
    { offset: -1, limit: 10 },
    { offset: 0, limit: 0 },
    { offset: 0, limit: 501 },
    { offset: 0.5, limit: 10 },
    { offset: 0, limit: 10, sort: [{ column: 'id; DROP TABLE members', dir: 'asc' }] },
    { offset: 0, limit: 10, sort: [{ column: 'name', dir: 'sideways' }] },
    { offset: 0, limit: 10, filters: { password: { filterType: 'text', type: 'contains', filter: 'x' } } },
    { offset: 0, limit: 10, filters: { name: { filterType: 'sql', type: 'raw', filter: '1=1' } } },
    { offset: 0, limit: 10, filters: { joinDate: { filterType: 'date', type: 'equals', dateFrom: '2025-02-30' } } },
    { offset: 0, limit: 10, filters: { duesBaseCents: { filterType: 'money', type: 'equals', fromCents: 1.5 } } },
  ],
  'members.get': [{ id: 0 }, { id: 1.5 }, { id: '1' }, {}],
  'members.create': [
    { ...memberForm(), gender: 'X' },
    { ...memberForm(), joinDate: '2025-02-30' },
    { ...memberForm(), memberNo: 'C 1' },
    { ...memberForm(), phone: 'call me' },
    { ...memberForm(), duesBase: 5000 },
    { ...memberForm(), groupId: -1 },
  ],
  'members.update': [{ ...memberForm(), id: 0 }, memberForm(), { ...memberForm(), id: 1, name: '' }],
  'members.leave': [{ id: 1, leaveDate: '2025-13-01' }, { id: 1 }, { leaveDate: '2025-01-01' }],
  'members.rejoin': [{ id: 'x' }, {}],
};
/** Wrong for any object-shaped input: not an object at all. */
const NOT_AN_OBJECT: unknown[] = [42, 'text', [1, 2], true];

function shapeOf(schema: unknown): Record<string, unknown> | null {
  const shape = (schema as { shape?: unknown }).shape;
  return shape && typeof shape === 'object' ? (shape as Record<string, unknown>) : null;
}

function isStrict(schema: unknown): boolean {
  const def = (schema as { def?: { catchall?: { def?: { type?: string } } } }).def;
  return def?.catchall?.def?.type === 'never';
}

/** Clearly invalid inputs for a method: its own list, wrong types, every field of the wrong type, a bogus key. */
function invalidInputs(method: Method): unknown[] {
  const schema = api[method].input;
  const out = [...(INVALID[method] ?? []), ...NOT_AN_OBJECT];
  const shape = shapeOf(schema);
  if (shape && Object.keys(shape).length > 0)
    out.push(Object.fromEntries(Object.keys(shape).map((k) => [k, { wrong: [[]] }])));
  if (isStrict(schema) || (shape && Object.keys(shape).length > 0 && !(schema as z.ZodType).safeParse({}).success))
    out.push({ bogus: 1 });
  return out;
}

/** Known valid inputs, to show an extra key is exactly what gets refused. */
function validInput(method: Method): Record<string, unknown> | undefined {
  const table: Partial<Record<Method, Record<string, unknown>>> = {
    'ledgers.create': { fileName: 'extra-key-test', unionName: 'x' },
    'ledgers.open': { path: 'nothing.ledger' },
    'groups.create': { name: '不会建立的小组' },
    'members.get': { id: memberId },
    'members.create': { ...memberForm(), memberNo: 'C-EXTRA' },
    'members.update': { ...memberForm(), id: memberId },
    'members.leave': { id: memberId, leaveDate: '2025-03-01' },
    'members.rejoin': { id: memberId },
  };
  if (table[method]) return table[method];
  return (api[method].input as z.ZodType).safeParse({}).success ? {} : undefined;
}

const STRICT_METHODS = METHODS.filter((m) => isStrict(api[m].input));

describe('every contract method is wired', () => {
  it('every method has a handler, and there are no handlers for methods outside the contract', () => {
    for (const m of METHODS) expect(typeof handlers[m], m).toBe('function');
    expect(Object.keys(handlers).sort()).toEqual([...METHODS].sort());
  });

  it('method names are area.verb', () => {
    for (const m of METHODS) expect(m).toMatch(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/);
  });

  it('unknown methods are refused as UNKNOWN_METHOD, including prototype names', async () => {
    for (const m of ['members.drop', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '', 'members']) {
      expect(isMethod(m), m).toBe(false);
      const r = await dispatch(m, {});
      expect(r.ok, m).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('UNKNOWN_METHOD');
    }
    const notString = await app.dispatch(42 as unknown as string, {}, { user: 'tester' });
    expect(!notString.ok && notString.error.code).toBe('UNKNOWN_METHOD');
  });
});

describe('invalid input is refused before any handler runs', () => {
  it.each(METHODS.map((m) => [m]))('%s: clearly invalid inputs → VALIDATION, nothing changed', async (method) => {
    const before = snapshot();
    for (const input of invalidInputs(method)) {
      const r = await dispatch(method, input);
      expect(r.ok, `${method} accepted ${JSON.stringify(input)}`).toBe(false);
      if (r.ok) continue;
      expect(r.error.code, JSON.stringify(input)).toBe('VALIDATION');
      expect(r.error.issues?.length).toBeGreaterThan(0);
      expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(r.error.messageEn.length).toBeGreaterThan(0);
    }
    expect(snapshot()).toEqual(before);
  });

  it('the strict methods include every ledger and member method that takes fields', () => {
    for (const m of [
      'ledgers.create',
      'ledgers.open',
      'groups.create',
      'members.get',
      'members.create',
      'members.update',
      'members.leave',
      'members.rejoin',
    ] as const)
      expect(STRICT_METHODS).toContain(m);
  });

  it.each(STRICT_METHODS.map((m) => [m]))('%s: an extra key is refused (strict input)', async (method) => {
    const before = snapshot();
    const valid = validInput(method);
    const cases: [unknown, boolean][] = [[{ isAdmin: true }, false]];
    if (valid) cases.push([{ ...valid, isAdmin: true }, true]);
    for (const [input, onlyTheExtraKeyIsWrong] of cases) {
      const r = await dispatch(method, input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.messageEn).toContain('isAdmin');
      if (onlyTheExtraKeyIsWrong) expect(r.error.issues).toHaveLength(1);
    }
    expect(snapshot()).toEqual(before);
  });

  it('the field path of a problem is reported as in the input', async () => {
    const r = await dispatch('members.create', { ...memberForm(), joinDate: '2025-02-30' });
    expect(!r.ok && r.error.issues).toEqual([expect.objectContaining({ path: ['joinDate'] })]);
  });
});

describe('errors never leak internals', () => {
  function fake(overrides: Partial<HandlerMap>, logged: unknown[] = []) {
    return createDispatcher(app.context, {
      handlers: { ...handlers, ...overrides } as HandlerMap,
      checkOutput: true,
      log: (_m, e) => logged.push(e),
    });
  }

  it('a plain Error from a handler becomes INTERNAL without its message or stack; it is logged', async () => {
    const logged: unknown[] = [];
    const d = fake(
      {
        'app.info': () => {
          throw new Error('SECRET /home/clerk/账套 password=hunter2');
        },
      },
      logged,
    );
    const r = await d('app.info', {}, { user: 'tester' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INTERNAL');
    const text = JSON.stringify(r);
    expect(text).not.toContain('SECRET');
    expect(text).not.toContain('hunter2');
    expect(text).not.toMatch(/\bat .*\.ts:\d+/);
    expect(Object.keys(r.error).sort()).toEqual(['code', 'message', 'messageEn']);
    expect(logged).toHaveLength(1);
  });

  it('a non-Error throw and a rejected promise are INTERNAL too', async () => {
    const d = fake({
      'groups.list': () => {
        throw 'a string';
      },
      'ledgers.list': () => Promise.reject(new TypeError('x is undefined')),
    });
    for (const m of ['groups.list', 'ledgers.list'] as const) {
      const r = await d(m, {}, { user: 'tester' });
      expect(!r.ok && r.error.code).toBe('INTERNAL');
      expect(JSON.stringify(r)).not.toContain('undefined');
    }
  });

  it('a database rule (SQLITE_CONSTRAINT…) refusing a change is RULE_VIOLATION', async () => {
    const before = snapshot();
    const d = fake({
      'members.rejoin': (_i, ctx) => {
        ctx.library.db.prepare("UPDATE change_log SET actor = 'mallory'").run();
        return undefined as never;
      },
      'members.leave': (_i, ctx) => {
        ctx.library.db.prepare('UPDATE members SET dues_base_cents = -1').run();
        return undefined as never;
      },
    });
    for (const [m, input] of [
      ['members.rejoin', { id: memberId }],
      ['members.leave', { id: memberId, leaveDate: '2025-03-01' }],
    ] as const) {
      const r = await d(m, input, { user: 'tester' });
      expect(!r.ok && r.error.code, m).toBe('RULE_VIOLATION');
    }
    expect(snapshot()).toEqual(before);
  });

  it('DomainError keeps its code, messages and field issues', async () => {
    const d = fake({
      'groups.list': () => {
        throw new DomainError('PERIOD_CLOSED', '期间已结账', 'The period is closed', [
          { path: ['date'], message: '已结账', messageEn: 'Closed' },
        ]);
      },
    });
    expect(await d('groups.list', {}, { user: 'tester' })).toEqual({
      ok: false,
      error: {
        code: 'PERIOD_CLOSED',
        message: '期间已结账',
        messageEn: 'The period is closed',
        issues: [{ path: ['date'], message: '已结账', messageEn: 'Closed' }],
      },
    });
  });

  it('ledger file problems: missing → NOT_FOUND; damaged, foreign or newer → a non-internal error', async () => {
    const kinds = ['missing', 'damaged', 'not_a_ledger', 'from_future'] as const;
    for (const kind of kinds) {
      const d = fake({
        'ledgers.open': () => {
          throw new LedgerFileError(kind, `问题 ${kind}`, `problem ${kind}`);
        },
      });
      const r = await d('ledgers.open', { path: 'x.ledger' }, { user: 'tester' });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe(kind === 'missing' ? 'NOT_FOUND' : 'CONFLICT');
      expect(r.error.message).toBe(`问题 ${kind}`);
      expect(r.error.messageEn).toBe(`problem ${kind}`);
    }
  });

  it('every error code the dispatcher returns is one of the fixed codes', async () => {
    const r = await dispatch('members.get', { id: 999_999 });
    expect(!r.ok && ERROR_CODES.includes(r.error.code)).toBe(true);
  });
});

describe('outputs are checked against the contract in test mode', () => {
  it('a handler returning the wrong shape is INTERNAL, not passed to the screen', async () => {
    const logged: unknown[] = [];
    const d = createDispatcher(app.context, {
      handlers: { ...handlers, 'members.get': () => ({ id: 'one', name: 5 }) } as unknown as HandlerMap,
      checkOutput: true,
      log: (_m, e) => logged.push(e),
    });
    const r = await d('members.get', { id: memberId }, { user: 'tester' });
    expect(!r.ok && r.error.code).toBe('INTERNAL');
    expect(String(logged[0])).toContain('members.get');
  });

  it('fields outside the contract are dropped from a checked output', async () => {
    const d = createDispatcher(app.context, {
      handlers: {
        ...handlers,
        'ledgers.close': () => ({ closed: false, dbPath: '/secret/path' }),
      } as unknown as HandlerMap,
      checkOutput: true,
    });
    expect(await d('ledgers.close', {}, { user: 'tester' })).toEqual({ ok: true, value: { closed: false } });
  });

  it('the test app checks outputs (mode test)', () => {
    expect(app.context.mode).toBe('test');
  });

  it('every real handler output on the demo ledger satisfies its schema', async () => {
    for (const [m, input] of [
      ['app.info', {}],
      ['ledgers.list', {}],
      ['groups.list', {}],
      ['members.page', { offset: 0, limit: 500 }],
      ['members.get', { id: memberId }],
    ] as const) {
      const r = await dispatch(m, input);
      expect(r.ok, m).toBe(true);
      if (r.ok) expect(api[m].output.safeParse(r.value).success, m).toBe(true);
    }
  });
});
