import { genderFromIdNumber, parseGender } from './cells';
import { RowCheck, type RowIssue } from './rows';
import type { RowReader } from './table';

/** A roster row as it will be stored (members + its first dues base). */
export interface MemberRow {
  row: number;
  memberNo: string;
  name: string;
  gender: 'M' | 'F';
  groupName: string;
  joinDate: string;
  leaveDate: string | null;
  duesBaseCents: number;
  phone: string | null;
}

/** Same rules as the member form (electron/contract/members.ts MemberInput). */
const MEMBER_NO = /^[A-Za-z0-9-]+$/;
const PHONE = /^[0-9+\- ]*$/;

export function readMemberRow(r: RowReader): { record: MemberRow | null; issues: RowIssue[] } {
  const c = new RowCheck(r);
  const memberNo = c.text('memberNo', { required: true, max: 20, label: ['会员编号', 'The member number'] });
  if (memberNo !== null && !MEMBER_NO.test(memberNo))
    c.fail('memberNo', '会员编号只能含字母、数字和连字符', 'Member number: letters, digits and hyphens only');
  const name = c.text('name', { required: true, max: 40, label: ['姓名', 'The name'] });
  let gender: 'M' | 'F' | null;
  if (!r.blank('gender')) {
    gender = parseGender(r.cell('gender'));
    if (!gender) c.fail('gender', '性别应为“男”或“女”', 'Gender must be 男 (M) or 女 (F)');
  } else {
    gender = genderFromIdNumber(r.cell('idNumber'));
    if (!gender)
      c.fail(
        'gender',
        '缺少性别（可填“男/女”，或提供18位身份证号）',
        'Gender is missing (男/女, or give the 18-digit ID number)',
      );
  }
  const groupName = c.text('group', { required: true, max: 40, label: ['工会小组', 'The group'] });
  const joinDate = c.date('joinDate', true);
  const leaveDate = c.date('leaveDate', false);
  if (joinDate && leaveDate && leaveDate < joinDate)
    c.fail('leaveDate', `离会日期不能早于入会日期 ${joinDate}`, `The leave date is before the join date ${joinDate}`);
  const duesBaseCents = c.amount('duesBase', { required: true, allowZero: true });
  let phone = c.text('phone', { max: 20 });
  if (phone !== null && !PHONE.test(phone)) {
    c.fail('phone', '电话只能含数字、空格、+ 和 -', 'Phone: digits, spaces, + and - only');
    phone = null;
  }
  if (!c.ok || !memberNo || !name || !gender || !groupName || !joinDate || duesBaseCents === null)
    return { record: null, issues: c.issues };
  return {
    record: { row: r.n, memberNo, name, gender, groupName, joinDate, leaveDate, duesBaseCents, phone },
    issues: [],
  };
}

export interface MemberPlan {
  insert: MemberRow[];
  duplicates: { row: number; reason: string; reasonEn: string }[];
  /** Groups named in the file that the ledger does not have yet; they are created. */
  newGroups: string[];
}

/**
 * Which rows to add: a member number already in the ledger (compared without case, as the roster does) or
 * repeated in the file is a duplicate, listed and skipped.
 */
export function planMembers(
  rows: readonly MemberRow[],
  existing: ReadonlyMap<string, string>,
  groups: ReadonlySet<string>,
): MemberPlan {
  const seen = new Map<string, number>();
  const insert: MemberRow[] = [];
  const duplicates: MemberPlan['duplicates'] = [];
  const newGroups: string[] = [];
  for (const m of rows) {
    const key = m.memberNo.toLowerCase();
    const inLedger = existing.get(key);
    if (inLedger !== undefined) {
      duplicates.push({
        row: m.row,
        reason: `会员编号 ${m.memberNo} 已在名册中（${inLedger}），跳过`,
        reasonEn: `Member number ${m.memberNo} is already on the roster (${inLedger}); skipped`,
      });
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      duplicates.push({
        row: m.row,
        reason: `会员编号 ${m.memberNo} 与第 ${first} 行重复，跳过`,
        reasonEn: `Member number ${m.memberNo} repeats row ${first}; skipped`,
      });
      continue;
    }
    seen.set(key, m.row);
    insert.push(m);
    if (!groups.has(m.groupName) && !newGroups.includes(m.groupName)) newGroups.push(m.groupName);
  }
  return { insert, duplicates, newGroups };
}
