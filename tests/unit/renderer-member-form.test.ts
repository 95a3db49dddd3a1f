import { describe, expect, it } from 'vitest';
import { MemberInput, type MemberDto } from '../../electron/contract/members';
import {
  emptyMemberForm,
  formToInput,
  issuesToFieldErrors,
  memberToForm,
  validateMemberForm,
  type MemberFormValues,
} from '../../renderer/src/features/members/member-form-values';

const describeIssue = (code: string) => ({ message: `zh:${code}`, messageEn: `en:${code}` });

const good: MemberFormValues = {
  memberNo: ' GH0301 ',
  name: ' 张三 ',
  gender: 'M',
  groupId: '2',
  joinDate: '2024/3/1',
  duesBase: '8,500.50',
  phone: '',
};

const dto: MemberDto = {
  id: 7,
  memberNo: 'GH0007',
  name: '周雪芳',
  gender: 'F',
  groupId: 1,
  groupName: '机关第一工会小组',
  joinDate: '2018-08-22',
  leaveDate: null,
  status: 'active',
  duesBaseCents: 470050,
  phone: null,
};

describe('member form values', () => {
  it('builds the members.create input: trimmed text, numeric group, ISO date, amount as typed, blank phone null', () => {
    const input = formToInput(good);
    expect(input).toEqual({
      memberNo: 'GH0301',
      name: '张三',
      gender: 'M',
      groupId: 2,
      joinDate: '2024-03-01',
      duesBase: '8,500.50',
      phone: null,
    });
    expect(MemberInput.strict().safeParse(input).success).toBe(true);
  });

  it('pre-fills an edit from the DTO with the dues base as yuan text', () => {
    expect(memberToForm(dto)).toEqual({
      memberNo: 'GH0007',
      name: '周雪芳',
      gender: 'F',
      groupId: '1',
      joinDate: '2018-08-22',
      duesBase: '4,700.50',
      phone: '',
    });
  });

  it('starts a new member with the first group and the given date', () => {
    expect(emptyMemberForm({ groupId: 3, joinDate: '2025-01-02' })).toMatchObject({
      groupId: '3',
      joinDate: '2025-01-02',
    });
    expect(emptyMemberForm({ groupId: null, joinDate: '2025-01-02' }).groupId).toBe('');
  });

  it('passes a complete form', () => {
    expect(validateMemberForm(good, describeIssue)).toEqual({});
  });

  it('reports each bad field with the contract schema codes', () => {
    const errors = validateMemberForm(
      { memberNo: 'GH 1', name: '', gender: '', groupId: '', joinDate: '2024-02-30', duesBase: ' ', phone: 'abc' },
      describeIssue,
    );
    expect(errors).toEqual({
      memberNo: describeIssue('member_no_chars'),
      name: describeIssue('required'),
      gender: describeIssue('required'),
      groupId: describeIssue('required'),
      joinDate: describeIssue('date'),
      duesBase: describeIssue('required'),
      phone: describeIssue('phone_chars'),
    });
  });

  it('leaves the amount format to the server', () => {
    expect(validateMemberForm({ ...good, duesBase: '12.345' }, describeIssue)).toEqual({});
  });

  it('puts server issues under the field named by path[0], the rest aside', () => {
    const { fields, other } = issuesToFieldErrors([
      { path: ['memberNo'], message: '会员编号已存在', messageEn: 'Member number already exists' },
      { path: ['duesBase'], message: '金额最多两位小数（到分）', messageEn: 'At most two decimal places (fen)' },
      { path: ['duesBase'], message: 'second', messageEn: 'second' },
      { path: ['id'], message: '找不到', messageEn: 'not found' },
      { path: [], message: '整体', messageEn: 'whole' },
    ]);
    expect(fields).toEqual({
      memberNo: { message: '会员编号已存在', messageEn: 'Member number already exists' },
      duesBase: { message: '金额最多两位小数（到分）', messageEn: 'At most two decimal places (fen)' },
    });
    expect(other).toEqual([
      { message: '找不到', messageEn: 'not found' },
      { message: '整体', messageEn: 'whole' },
    ]);
  });
});
