import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/app/clock';
import type { Input } from '../../electron/contract/api';
import type { MemberDto, MemberSortColumn } from '../../electron/contract/members';
import { DEMO_GROUPS, demoRoster } from '../../electron/domain/demo-roster';
import { DEMO_MEMBER_COUNT, DEMO_SEED, demoYear } from '../../electron/services/demo';
import { call, createTestApp, ok } from '../helpers/app';

const clock = fixedClock('2025-03-31T08:00:00+08:00');

/** The demo roster as the test computes it, independently of the database. */
interface Expected {
  memberNo: string;
  name: string;
  gender: 'M' | 'F';
  groupName: string;
  joinDate: string;
  leaveDate: string | null;
  status: 'active' | 'left';
  duesBaseCents: number;
  phone: string | null;
}
const roster: Expected[] = demoRoster(DEMO_MEMBER_COUNT, DEMO_SEED, demoYear(clock)).map((m) => ({
  memberNo: m.memberNo,
  name: m.name,
  gender: m.gender,
  groupName: DEMO_GROUPS[m.groupIndex]!,
  joinDate: m.joinDate,
  leaveDate: m.leaveDate,
  status: m.leaveDate ? 'left' : 'active',
  duesBaseCents: m.duesBaseCents,
  phone: m.phone,
}));

let app: ReturnType<typeof createTestApp>;
beforeAll(() => {
  app = createTestApp({ clock });
});
afterAll(() => app.close());

type PageInput = Input<'members.page'>;
async function all(q: Partial<PageInput> = {}): Promise<{ rows: MemberDto[]; total: number }> {
  return ok(app, 'members.page', { offset: 0, limit: 500, ...q });
}
const nos = (rows: { memberNo: string }[]) => rows.map((r) => r.memberNo);
const sortedNos = (rows: Expected[]) => nos(rows).sort();

/** Code-point order (what SQLite's binary collation gives for text), numbers numerically, nulls first. */
function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = [...String(a)].map((c) => c.codePointAt(0)!);
  const y = [...String(b)].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}
function sortExpected(column: keyof Expected, dir: 'asc' | 'desc'): Expected[] {
  return [...roster].sort((a, b) => {
    const c = compare(a[column], b[column]);
    if (c !== 0) return dir === 'asc' ? c : -c;
    return compare(a.memberNo, b.memberNo);
  });
}

describe('members.page on the demo roster', () => {
  it('without filters returns every member with the stored values', async () => {
    const { rows, total } = await all();
    expect(total).toBe(roster.length);
    expect(rows).toHaveLength(roster.length);
    const byNo = new Map(rows.map((r) => [r.memberNo, r]));
    for (const e of roster) expect(byNo.get(e.memberNo)).toMatchObject(e);
  });

  it.each([
    ['name', 'asc'],
    ['name', 'desc'],
    ['duesBaseCents', 'asc'],
    ['duesBaseCents', 'desc'],
    ['joinDate', 'desc'],
    ['groupName', 'asc'],
    ['memberNo', 'desc'],
  ] as const)('sorted by %s %s matches the test’s own sort', async (column, dir) => {
    const { rows } = await all({ sort: [{ column, dir }] });
    expect(nos(rows)).toEqual(nos(sortExpected(column, dir)));
  });

  it('a second sort key orders within ties of the first', async () => {
    const { rows } = await all({
      sort: [
        { column: 'groupName', dir: 'asc' },
        { column: 'duesBaseCents', dir: 'desc' },
      ],
    });
    const expected = [...roster].sort(
      (a, b) =>
        compare(a.groupName, b.groupName) ||
        compare(b.duesBaseCents, a.duesBaseCents) ||
        compare(a.memberNo, b.memberNo),
    );
    expect(nos(rows)).toEqual(nos(expected));
  });

  describe('text filters', () => {
    const someone = roster[17]!;
    it.each([
      [
        'name contains 王',
        { name: { filterType: 'text', type: 'contains', filter: '王' } },
        (e: Expected) => e.name.includes('王'),
      ],
      [
        'name startsWith 李',
        { name: { filterType: 'text', type: 'startsWith', filter: '李' } },
        (e: Expected) => e.name.startsWith('李'),
      ],
      [
        'name equals one name',
        { name: { filterType: 'text', type: 'equals', filter: someone.name } },
        (e: Expected) => e.name === someone.name,
      ],
      [
        'name notContains 王',
        { name: { filterType: 'text', type: 'notContains', filter: '王' } },
        (e: Expected) => !e.name.includes('王'),
      ],
      ['phone blank', { phone: { filterType: 'text', type: 'blank' } }, (e: Expected) => !e.phone],
      ['phone notBlank', { phone: { filterType: 'text', type: 'notBlank' } }, (e: Expected) => !!e.phone],
      [
        'phone contains 139',
        { phone: { filterType: 'text', type: 'contains', filter: '139' } },
        (e: Expected) => (e.phone ?? '').includes('139'),
      ],
      [
        'phone notContains 139 (members without a phone included)',
        { phone: { filterType: 'text', type: 'notContains', filter: '139' } },
        (e: Expected) => !(e.phone ?? '').includes('139'),
      ],
      [
        'phone endsWith 8',
        { phone: { filterType: 'text', type: 'endsWith', filter: '8' } },
        (e: Expected) => (e.phone ?? '').endsWith('8'),
      ],
      [
        'status equals left',
        { status: { filterType: 'text', type: 'equals', filter: 'left' } },
        (e: Expected) => e.status === 'left',
      ],
      [
        'groupName equals a group',
        { groupName: { filterType: 'text', type: 'equals', filter: DEMO_GROUPS[2]! } },
        (e: Expected) => e.groupName === DEMO_GROUPS[2],
      ],
      [
        'memberNo contains gh01 (letter case ignored)',
        { memberNo: { filterType: 'text', type: 'contains', filter: 'gh01' } },
        (e: Expected) => e.memberNo.toLowerCase().includes('gh01'),
      ],
    ] as [string, PageInput['filters'], (e: Expected) => boolean][])('%s', async (_label, filters, keep) => {
      const expected = roster.filter(keep);
      expect(expected.length).toBeGreaterThan(0);
      const { rows, total } = await all({ filters });
      expect(total).toBe(expected.length);
      expect(sortedNos(rows)).toEqual(sortedNos(expected));
    });
  });

  describe('date and money filters', () => {
    const joinDates = roster.map((e) => e.joinDate).sort();
    const from = joinDates[60]!;
    const to = joinDates[140]!;

    it('joinDate inRange includes both ends', async () => {
      const expected = roster.filter((e) => e.joinDate >= from && e.joinDate <= to);
      expect(expected.some((e) => e.joinDate === from) && expected.some((e) => e.joinDate === to)).toBe(true);
      const { rows, total } = await all({
        filters: { joinDate: { filterType: 'date', type: 'inRange', dateFrom: from, dateTo: to } },
      });
      expect(total).toBe(expected.length);
      expect(sortedNos(rows)).toEqual(sortedNos(expected));
    });

    it('joinDate lessThan and greaterThan exclude the day itself', async () => {
      const lt = await all({ filters: { joinDate: { filterType: 'date', type: 'lessThan', dateFrom: from } } });
      expect(lt.total).toBe(roster.filter((e) => e.joinDate < from).length);
      const gt = await all({ filters: { joinDate: { filterType: 'date', type: 'greaterThan', dateFrom: to } } });
      expect(gt.total).toBe(roster.filter((e) => e.joinDate > to).length);
    });

    it('leaveDate notBlank lists exactly the members who left', async () => {
      const { total } = await all({ filters: { leaveDate: { filterType: 'date', type: 'notBlank' } } });
      expect(total).toBe(roster.filter((e) => e.leaveDate !== null).length);
    });

    it('duesBaseCents greaterThan 10,000 yuan', async () => {
      const expected = roster.filter((e) => e.duesBaseCents > 1_000_000);
      const { rows, total } = await all({
        filters: { duesBaseCents: { filterType: 'money', type: 'greaterThan', fromCents: 1_000_000 } },
      });
      expect(total).toBe(expected.length);
      expect(sortedNos(rows)).toEqual(sortedNos(expected));
      for (const r of rows) expect(r.duesBaseCents).toBeGreaterThan(1_000_000);
    });

    it('duesBaseCents equals one exact amount, and inRange', async () => {
      const amount = roster[5]!.duesBaseCents;
      const eq = await all({ filters: { duesBaseCents: { filterType: 'money', type: 'equals', fromCents: amount } } });
      expect(eq.total).toBe(roster.filter((e) => e.duesBaseCents === amount).length);
      const range = await all({
        filters: { duesBaseCents: { filterType: 'money', type: 'inRange', fromCents: 500_000, toCents: 800_000 } },
      });
      expect(range.total).toBe(roster.filter((e) => e.duesBaseCents >= 500_000 && e.duesBaseCents <= 800_000).length);
    });

    it('several filters combine with AND', async () => {
      const expected = roster.filter(
        (e) => e.name.includes('王') && e.status === 'active' && e.duesBaseCents > 800_000,
      );
      const { total } = await all({
        filters: {
          name: { filterType: 'text', type: 'contains', filter: '王' },
          status: { filterType: 'text', type: 'equals', filter: 'active' },
          duesBaseCents: { filterType: 'money', type: 'greaterThan', fromCents: 800_000 },
        },
      });
      expect(total).toBe(expected.length);
    });
  });

  describe('quick filter searches name, member number, group and phone', () => {
    it.each(['王', '138', '技术', 'gh00', ' 王 '])('%j', async (q) => {
      const needle = q.trim().toLowerCase();
      const expected = roster.filter((e) =>
        [e.name, e.memberNo, e.groupName, e.phone ?? ''].some((f) => f.toLowerCase().includes(needle)),
      );
      const { rows, total } = await all({ quickFilter: q });
      expect(total).toBe(expected.length);
      expect(sortedNos(rows)).toEqual(sortedNos(expected));
    });

    it('a blank quick filter filters nothing', async () => {
      expect((await all({ quickFilter: '   ' })).total).toBe(roster.length);
    });
  });

  describe('paging', () => {
    it('consecutive pages do not overlap and together are the whole sorted list', async () => {
      const sort = [{ column: 'name' as MemberSortColumn, dir: 'asc' as const }];
      const expected = nos(sortExpected('name', 'asc'));
      const seen: string[] = [];
      for (let offset = 0; offset < expected.length; offset += 37) {
        const page = await ok(app, 'members.page', { offset, limit: 37, sort });
        expect(page.total).toBe(expected.length);
        expect(page.rows.length).toBe(Math.min(37, expected.length - offset));
        seen.push(...nos(page.rows));
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expected);
    });

    it('paging a filtered, money-sorted list gives the same rows as one big page', async () => {
      const q = {
        sort: [{ column: 'duesBaseCents' as MemberSortColumn, dir: 'desc' as const }],
        filters: { name: { filterType: 'text' as const, type: 'contains' as const, filter: '王' } },
      };
      const whole = await all(q);
      const seen: string[] = [];
      for (let offset = 0; offset < whole.total; offset += 7)
        seen.push(...nos((await ok(app, 'members.page', { ...q, offset, limit: 7 })).rows));
      expect(seen).toEqual(nos(whole.rows));
    });

    it('a page past the end is empty but still reports the total', async () => {
      const page = await ok(app, 'members.page', { offset: 10_000, limit: 50 });
      expect(page).toEqual({ rows: [], total: roster.length });
    });
  });
});

describe('filter values are matched literally', () => {
  let lit: ReturnType<typeof createTestApp>;
  beforeAll(async () => {
    lit = createTestApp({ clock });
    const groupId = (await ok(lit, 'groups.list', {}))[0]!.id;
    const add = (memberNo: string, name: string) =>
      ok(lit, 'members.create', { memberNo, name, gender: 'M', groupId, joinDate: '2020-01-01', duesBase: '5000' });
    await add('P-1', '百分%号');
    await add('P-2', '下划_线');
    await add('P-3', '下划X线');
    await add('P-4', '反\\斜');
  });
  afterAll(() => lit.close());

  const page = (q: Partial<PageInput>) => ok(lit, 'members.page', { offset: 0, limit: 500, ...q });
  const byName = (type: 'contains' | 'startsWith' | 'endsWith' | 'equals', filter: string) =>
    page({ filters: { name: { filterType: 'text', type, filter } } });

  it('% and _ are not wildcards in column filters', async () => {
    expect(nos((await byName('contains', '%')).rows)).toEqual(['P-1']);
    expect(nos((await byName('contains', '_')).rows)).toEqual(['P-2']);
    expect(nos((await byName('contains', '划_线')).rows)).toEqual(['P-2']);
    expect(nos((await byName('startsWith', '百分%')).rows)).toEqual(['P-1']);
    expect(nos((await byName('endsWith', '%号')).rows)).toEqual(['P-1']);
    expect(nos((await byName('contains', '\\')).rows)).toEqual(['P-4']);
    expect(nos((await byName('equals', '下划_线')).rows)).toEqual(['P-2']);
  });

  it('notContains % excludes only the name with a %', async () => {
    const { total } = await page({ filters: { name: { filterType: 'text', type: 'notContains', filter: '%' } } });
    const everyone = (await page({})).total;
    expect(total).toBe(everyone - 1);
  });

  it('% and _ are not wildcards in the quick filter', async () => {
    expect(nos((await page({ quickFilter: '%' })).rows)).toEqual(['P-1']);
    expect(nos((await page({ quickFilter: '_' })).rows)).toEqual(['P-2']);
  });

  it('SQL in a filter value is only text', async () => {
    const r = await byName('contains', "'; DROP TABLE members; --");
    expect(r.total).toBe(0);
    const again = await call(lit, 'members.page', { offset: 0, limit: 1 });
    expect(again.ok && again.value.total).toBeGreaterThan(300);
  });
});
