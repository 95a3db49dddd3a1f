import { describe, expect, it } from 'vitest';
import { Cents, Id, IsoDate, NonBlank } from '../../electron/contract/scalars';
import { MemberInput } from '../../electron/contract/members';
import { LedgerFileName } from '../../electron/contract/ledgers';
import { describeZodIssues } from '../../electron/app/zod-messages';

const valid = {
  memberNo: 'GH-0001',
  name: '王伟',
  gender: 'M',
  groupId: 1,
  joinDate: '2024-02-29',
  duesBase: '8,500.50',
  phone: '+86 138-0000-0000',
} as const;

/** The field paths and message codes of a failed parse. */
function problems(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown) {
  const r = schema.safeParse(value) as {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  };
  return r.success ? [] : r.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('IsoDate: only real calendar dates', () => {
  it.each(['2024-02-29', '2000-02-29', '2025-01-01', '2025-12-31', '2025-04-30'])('accepts %s', (d) => {
    expect(IsoDate.safeParse(d).success).toBe(true);
  });
  it.each([
    '2025-02-30',
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-1',
    '2025/01/01',
    ' 2025-01-01',
    '2025-01-01T00:00:00Z',
    '',
  ])('refuses %j with the date message', (d) => {
    expect(problems(IsoDate, d).map((p) => p.message)).toContain('date');
  });
  it('refuses non-strings', () => {
    expect(IsoDate.safeParse(20250101).success).toBe(false);
    expect(IsoDate.safeParse(null).success).toBe(false);
  });
});

describe('Cents and Id: integers only', () => {
  it.each([0, 1, -5, 850050, Number.MAX_SAFE_INTEGER])('Cents accepts %d', (n) => {
    expect(Cents.safeParse(n).success).toBe(true);
  });
  it.each([1.5, 0.1, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, '100'])('Cents refuses %s', (n) => {
    expect(Cents.safeParse(n).success).toBe(false);
  });
  it('Id is a positive integer', () => {
    expect(Id.safeParse(1).success).toBe(true);
    expect(Id.safeParse(0).success).toBe(false);
    expect(Id.safeParse(-1).success).toBe(false);
    expect(Id.safeParse(1.5).success).toBe(false);
  });
  it('NonBlank trims and refuses blank or over-long text', () => {
    expect(NonBlank(5).parse('  ab ')).toBe('ab');
    expect(problems(NonBlank(5), '   ')).toEqual([{ path: '', message: 'required' }]);
    expect(problems(NonBlank(5), 'abcdef')).toEqual([{ path: '', message: 'too_long' }]);
  });
});

describe('MemberInput: the member form', () => {
  it('accepts a complete form and trims text fields', () => {
    const r = MemberInput.parse({ ...valid, name: '  王伟 ', memberNo: ' GH-0001 ' });
    expect(r.name).toBe('王伟');
    expect(r.memberNo).toBe('GH-0001');
    expect(r.duesBase).toBe('8,500.50');
  });

  it('phone is optional and may be null or empty', () => {
    const { phone: _p, ...noPhone } = valid;
    expect(MemberInput.safeParse(noPhone).success).toBe(true);
    expect(MemberInput.safeParse({ ...valid, phone: null }).success).toBe(true);
    expect(MemberInput.safeParse({ ...valid, phone: '' }).success).toBe(true);
  });

  it.each([
    [{ memberNo: 'GH 0001' }, 'memberNo', 'member_no_chars'],
    [{ memberNo: 'GH_0001' }, 'memberNo', 'member_no_chars'],
    [{ memberNo: '会员1' }, 'memberNo', 'member_no_chars'],
    [{ memberNo: 'A'.repeat(21) }, 'memberNo', 'too_long'],
    [{ memberNo: '  ' }, 'memberNo', 'required'],
    [{ name: '' }, 'name', 'required'],
    [{ name: '王'.repeat(41) }, 'name', 'too_long'],
    [{ joinDate: '2025-02-30' }, 'joinDate', 'date'],
    [{ phone: '138abc' }, 'phone', 'phone_chars'],
    [{ phone: '1'.repeat(21) }, 'phone', 'too_long'],
  ])('refuses %j on %s (%s)', (patch, path, message) => {
    expect(problems(MemberInput, { ...valid, ...patch })).toContainEqual({ path, message });
  });

  it.each([
    [{ gender: 'X' }, 'gender'],
    [{ groupId: 0 }, 'groupId'],
    [{ groupId: '1' }, 'groupId'],
    [{ duesBase: 8500 }, 'duesBase'],
    [{ duesBase: '1'.repeat(41) }, 'duesBase'],
  ])('refuses %j on %s', (patch, path) => {
    expect(problems(MemberInput, { ...valid, ...patch }).map((p) => p.path)).toContain(path);
  });

  it('a missing required field is reported as required, in Chinese and English', () => {
    const { name: _n, ...noName } = valid;
    const r = MemberInput.safeParse(noName);
    expect(r.success).toBe(false);
    expect(describeZodIssues(r.error!)).toContainEqual({ path: ['name'], message: '必填', messageEn: 'Required' });
  });

  it('the strict variant used by the contract refuses unknown fields', () => {
    expect(MemberInput.strict().safeParse({ ...valid, status: 'left' }).success).toBe(false);
  });

  it('custom message codes are turned into readable Chinese and English messages', () => {
    const r = MemberInput.safeParse({ ...valid, memberNo: 'GH 1' });
    const [issue] = describeZodIssues(r.error!);
    expect(issue!.path).toEqual(['memberNo']);
    expect(issue!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(issue!.message).not.toBe('member_no_chars');
    expect(issue!.messageEn).toMatch(/letters, digits/i);
  });
});

describe('LedgerFileName: names for new ledger files', () => {
  it.each(['示例工会', 'union 2025', 'a.b-c_d', '工会2025'])('accepts %j', (n) => {
    expect(LedgerFileName.safeParse(n).success).toBe(true);
  });
  it.each(['../x', '..', '.hidden', 'a/b', 'a\\b', 'c:evil', 'a\0b', '', 'x'.repeat(81)])('refuses %j', (n) => {
    expect(LedgerFileName.safeParse(n).success).toBe(false);
  });
});
