import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { METHODS, api, type Method } from '../../electron/contract/api';
import { createTestApp, ok } from '../helpers/app';

/**
 * Fuzzing the contract: 10,000 random and mutated inputs spread over every method, through the real dispatcher.
 * Valid samples are built from each method's input schema (its JSON Schema), then mutated: wrong types, huge strings,
 * negative and fractional amounts, unknown keys, prototype-pollution keys, deep nesting, missing keys, hostile text.
 * Zero crashes (no INTERNAL error, no thrown exception) and zero writes from a refused call: the change log's length,
 * the connection's total_changes and (whenever the handler ran) a hash of the whole database are the same after.
 */
const CALLS = 10_000;

type Json = Record<string, unknown>;
let app: ReturnType<typeof createTestApp>;
let mainPath: string;
let backupName: string;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(0x5eed);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

/** A string that fits a known pattern of the contract. */
function stringFor(s: Json): string {
  const pattern = typeof s.pattern === 'string' ? s.pattern : '';
  if (pattern.includes('T\\d{9}Z')) return backupName;
  if (pattern === '^\\d{4}-\\d{2}-\\d{2}$') return '2025-03-15';
  if (pattern.startsWith('^\\d{4}-(0[1-9]')) return '2025-03';
  if (pattern.startsWith('^102')) return '102';
  if (pattern.startsWith('^[1-5]')) return '50105';
  if (pattern.startsWith('^[A-Za-z0-9-]')) return 'FZ-1';
  if (pattern.startsWith('^[a-z][a-z0-9_]*')) return 'dues.rate';
  if (pattern.startsWith('^[\\p{L}')) return 'fuzz';
  if (pattern.startsWith('^\\d{1,9}')) return '501';
  if (pattern) return 'x';
  const max = typeof s.maxLength === 'number' ? s.maxLength : 100;
  // money text fields are plain strings of at most 40
  return max === 40 ? '100.00' : max >= 2 ? '测试' : 'x';
}

/** A valid value for a JSON Schema node (as z.toJSONSchema writes them). */
function sample(s: Json, depth = 0): unknown {
  if (depth > 8) return null;
  if (Array.isArray(s.anyOf)) return sample(s.anyOf[0] as Json, depth + 1);
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  switch (s.type) {
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, Json>;
      return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, sample(v, depth + 1)]));
    }
    case 'array': {
      const n = typeof s.minItems === 'number' && s.minItems > 0 ? s.minItems : 1;
      return Array.from({ length: Math.min(n, 3) }, () => sample((s.items ?? {}) as Json, depth + 1));
    }
    case 'string':
      return stringFor(s);
    case 'integer':
    case 'number': {
      const min =
        typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : 1;
      return min >= 2000 && min <= 2100 ? 2025 : Math.max(min, 1);
    }
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return {};
  }
}

/** Samples the schema walk cannot guess (a balanced voucher, two lines of a sheet…). */
const FIXED: Partial<Record<Method, Json>> = {
  'vouchers.create': {
    date: '2025-03-15',
    summary: '模糊测试',
    lines: [
      { accountCode: '50105', debit: '10.00', credit: '' },
      { accountCode: '102', debit: '', credit: '10.00' },
    ],
  },
  'import.preview': {
    kind: 'members',
    fileName: 'a.csv',
    base64: Buffer.from('会员编号,姓名\r\nFZ1,模糊').toString('base64'),
  },
  'ledgers.open': { path: 'fuzz.ledger' },
};

function validSample(method: Method): Json {
  if (FIXED[method]) return structuredClone(FIXED[method]);
  const schema = z.toJSONSchema(api[method].input as z.ZodType, { unrepresentable: 'any', io: 'input' }) as Json;
  const v = sample(schema);
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
}

function deep(n: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < n; i++) v = i % 2 ? { a: v } : [v];
  return v;
}

const HOSTILE_STRINGS = [
  "'; DROP TABLE members; --",
  '\u0000\u0001\u0002',
  '\u202e反转文字',
  '😀'.repeat(50),
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '   ',
  '',
  'NaN',
  '1e999',
  '-100.00',
  '1.005',
  '１２３.４５',
  '9'.repeat(40),
];
const BAD_NUMBERS = [
  -1,
  -0,
  0,
  0.5,
  1.5,
  -100.25,
  Number.NaN,
  Infinity,
  -Infinity,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 53,
];
const WRONG_TYPES = [null, true, false, 'text', 123, [], {}, [1, 2, 3], { nested: { x: 1 } }];

/** One mutation of a valid sample. */
function mutate(valid: Json): unknown {
  const keys = Object.keys(valid);
  const key = keys.length ? pick(keys) : 'x';
  const r = random();
  if (r < 0.04) return valid; // the valid sample itself
  if (r < 0.1) return pick([null, undefined, 42, 'text', [], true, deep(200), [valid]]);
  if (r < 0.22) return { ...valid, [key]: pick(WRONG_TYPES) };
  if (r < 0.32) return { ...valid, [key]: 'x'.repeat(pick([1_000, 100_000, 1_000_000])) };
  if (r < 0.45) return { ...valid, [key]: pick(BAD_NUMBERS) };
  if (r < 0.55) return { ...valid, [key]: pick(HOSTILE_STRINGS) };
  if (r < 0.63) return { ...valid, [pick(['isAdmin', 'role', 'sql', 'id2', '$where'])]: pick([true, 1, 'x']) };
  if (r < 0.73)
    return pick([
      { ...(JSON.parse('{"__proto__": {"polluted": true}}') as Json), ...valid },
      { ...valid, constructor: { prototype: { polluted: true } } },
      JSON.parse(`{"__proto__": {"isAdmin": true}}`) as unknown,
      { ...valid, [key]: JSON.parse('{"__proto__": {"polluted": true}}') as unknown },
    ]);
  if (r < 0.8) return { ...valid, [key]: deep(pick([50, 500, 3000])) };
  if (r < 0.88) {
    const copy = { ...valid };
    delete copy[key];
    return copy;
  }
  // nested: mutate inside an array or object field
  const inner = valid[key];
  if (Array.isArray(inner) && inner.length && inner[0] && typeof inner[0] === 'object')
    return { ...valid, [key]: [mutate(inner[0] as Json), ...inner.slice(1)] };
  if (inner && typeof inner === 'object' && !Array.isArray(inner)) return { ...valid, [key]: mutate(inner as Json) };
  return { ...valid, [key]: pick([...BAD_NUMBERS, ...HOSTILE_STRINGS]) };
}

function state() {
  const db = app.context.library.db;
  return {
    log: (db.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n,
    changes: (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n,
  };
}
const dbHash = () => createHash('sha256').update(app.context.library.db.serialize()).digest('hex');

beforeAll(async () => {
  app = createTestApp();
  mainPath = app.context.library.currentInfo()!.path;
  backupName = (await ok(app, 'backups.create', {})).name;
});
afterAll(() => app.close());

describe('fuzzing every contract method', () => {
  it(
    `${CALLS} random and mutated inputs: no crash, and a refused call writes nothing`,
    { timeout: 300_000 },
    async () => {
      const valid = new Map(METHODS.map((m) => [m, validSample(m)]));
      const stats = { accepted: 0, refused: 0, handlerRan: 0 };
      const acceptedBy = new Set<string>();
      for (let i = 0; i < CALLS; i++) {
        const method = METHODS[i % METHODS.length]!;
        const input = mutate(valid.get(method)!);
        const passesSchema = api[method].input.safeParse(input ?? {}).success;
        const before = state();
        const hashBefore = passesSchema ? dbHash() : null;

        let r: Awaited<ReturnType<typeof app.dispatch>>;
        try {
          r = await app.dispatch(method, input, { user: 'fuzzer' });
        } catch (e) {
          throw new Error(`call ${i} ${method} threw: ${(e as Error).message}`, { cause: e });
        }
        if (r.ok) {
          stats.accepted++;
          acceptedBy.add(method);
        } else {
          stats.refused++;
          expect(r.error.code, `call ${i} ${method}: ${r.error.messageEn}`).not.toBe('INTERNAL');
          expect(r.error.message.length).toBeGreaterThan(0);
          if (!passesSchema) expect(r.error.code, `call ${i} ${method}`).toBe('VALIDATION');
          const after = state();
          expect(after.log, `call ${i} ${method}: change log grew on a refused call`).toBe(before.log);
          if (hashBefore === null)
            expect(after.changes, `call ${i} ${method}: rows changed on a refused call`).toBe(before.changes);
          else expect(dbHash(), `call ${i} ${method}: the database changed on a refused call`).toBe(hashBefore);
        }
        if (passesSchema) stats.handlerRan++;
        expect(({} as Record<string, unknown>).polluted, `call ${i} ${method}: prototype polluted`).toBeUndefined();
        expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
        // lifecycle methods (create, open, close, restore) may move the app to another ledger: come back
        const cur = app.context.library.currentInfo();
        if (!cur || cur.path !== mainPath) app.context.library.openPath(mainPath);
      }
      expect(stats.accepted + stats.refused).toBe(CALLS);
      // the valid samples really reach the handlers of most methods
      expect(stats.handlerRan).toBeGreaterThan(CALLS * 0.03);
      expect(acceptedBy.size).toBeGreaterThan(METHODS.length / 2);
    },
  );
});
