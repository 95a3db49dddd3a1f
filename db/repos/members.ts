import type { ColumnFilter, MemberDto, MemberSortColumn } from '../../electron/contract/members';
import type { Db } from '../connection';
import { stmt } from '../statements';

interface MemberRow {
  id: number;
  member_no: string;
  name: string;
  gender: 'M' | 'F';
  group_id: number;
  group_name: string;
  join_date: string;
  leave_date: string | null;
  status: 'active' | 'left';
  dues_base_cents: number;
  phone: string | null;
}

export interface MemberRecord {
  memberNo: string;
  name: string;
  gender: 'M' | 'F';
  groupId: number;
  joinDate: string;
  leaveDate: string | null;
  status: 'active' | 'left';
  duesBaseCents: number;
  phone: string | null;
}

function rowToMember(r: MemberRow): MemberDto {
  return {
    id: r.id,
    memberNo: r.member_no,
    name: r.name,
    gender: r.gender,
    groupId: r.group_id,
    groupName: r.group_name,
    joinDate: r.join_date,
    leaveDate: r.leave_date,
    status: r.status,
    duesBaseCents: r.dues_base_cents,
    phone: r.phone,
  };
}

function memberToRow(m: MemberRecord) {
  return {
    member_no: m.memberNo,
    name: m.name,
    gender: m.gender,
    group_id: m.groupId,
    join_date: m.joinDate,
    leave_date: m.leaveDate,
    status: m.status,
    dues_base_cents: m.duesBaseCents,
    phone: m.phone,
  };
}

const SELECT = `SELECT m.id, m.member_no, m.name, m.gender, m.group_id, g.name AS group_name, m.join_date,
  m.leave_date, m.status, m.dues_base_cents, m.phone FROM members m JOIN member_groups g ON g.id = m.group_id`;

/** Whitelist: contract column → SQL expression. Nothing else ever reaches ORDER BY or WHERE. */
const COLUMN_SQL: Record<MemberSortColumn, string> = {
  memberNo: 'm.member_no',
  name: 'm.name',
  gender: 'm.gender',
  groupName: 'g.name',
  joinDate: 'm.join_date',
  leaveDate: 'm.leave_date',
  status: 'm.status',
  duesBaseCents: 'm.dues_base_cents',
  phone: 'm.phone',
};

export function getMember(db: Db, id: number): MemberDto | undefined {
  const r = db.prepare(`${SELECT} WHERE m.id = ?`).get(id) as MemberRow | undefined;
  return r && rowToMember(r);
}

export function findMemberByNo(db: Db, memberNo: string): { id: number } | undefined {
  return db.prepare('SELECT id FROM members WHERE member_no = ?').get(memberNo) as { id: number } | undefined;
}

export function insertMember(db: Db, m: MemberRecord, at: string): number {
  const info = stmt(
    db,
    `INSERT INTO members (member_no, name, gender, group_id, join_date, leave_date, status, dues_base_cents, phone,
         created_at, updated_at)
       VALUES (@member_no, @name, @gender, @group_id, @join_date, @leave_date, @status, @dues_base_cents, @phone, @at, @at)`,
  ).run({ ...memberToRow(m), at });
  return Number(info.lastInsertRowid);
}

export function updateMember(db: Db, id: number, m: MemberRecord, at: string): void {
  const info = db
    .prepare(
      `UPDATE members SET member_no = @member_no, name = @name, gender = @gender, group_id = @group_id,
         join_date = @join_date, leave_date = @leave_date, status = @status, dues_base_cents = @dues_base_cents,
         phone = @phone, updated_at = @at
       WHERE id = @id`,
    )
    .run({ ...memberToRow(m), at, id });
  if (info.changes !== 1) throw new Error(`member ${id} not updated`);
}

export interface MemberQuery {
  offset: number;
  limit: number;
  sort: { column: MemberSortColumn; dir: 'asc' | 'desc' }[];
  filters: Partial<Record<MemberSortColumn, ColumnFilter>>;
  quickFilter?: string | undefined;
}

/** One page of the roster: filtering, sorting and paging all in SQL, with bound parameters only. */
export function pageMembers(db: Db, q: MemberQuery): { rows: MemberDto[]; total: number } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  for (const [column, filter] of Object.entries(q.filters) as [MemberSortColumn, ColumnFilter][]) {
    const clause = filterSql(COLUMN_SQL[column], filter, params);
    if (clause) where.push(clause);
  }
  if (q.quickFilter && q.quickFilter.trim()) {
    const like = `%${escapeLike(q.quickFilter.trim())}%`;
    where.push(
      `(m.name LIKE ? ESCAPE '\\' OR m.member_no LIKE ? ESCAPE '\\' OR g.name LIKE ? ESCAPE '\\' OR m.phone LIKE ? ESCAPE '\\')`,
    );
    params.push(like, like, like, like);
  }
  const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const order = q.sort.map((s) => `${COLUMN_SQL[s.column]} ${s.dir === 'desc' ? 'DESC' : 'ASC'}`);
  order.push('m.member_no ASC', 'm.id ASC');
  const total = (
    db
      .prepare(`SELECT count(*) AS n FROM members m JOIN member_groups g ON g.id = m.group_id${whereSql}`)
      .get(...params) as {
      n: number;
    }
  ).n;
  const rows = db
    .prepare(`${SELECT}${whereSql} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`)
    .all(...params, q.limit, q.offset) as MemberRow[];
  return { rows: rows.map(rowToMember), total };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function filterSql(col: string, f: ColumnFilter, params: (string | number)[]): string | null {
  if (f.type === 'blank') return `(${col} IS NULL OR ${col} = '')`;
  if (f.type === 'notBlank') return `(${col} IS NOT NULL AND ${col} <> '')`;
  switch (f.filterType) {
    case 'text': {
      const v = f.filter ?? '';
      if (v === '') return null;
      const e = escapeLike(v);
      const like: Record<string, [string, string]> = {
        contains: ['LIKE', `%${e}%`],
        notContains: ['NOT LIKE', `%${e}%`],
        startsWith: ['LIKE', `${e}%`],
        endsWith: ['LIKE', `%${e}`],
      };
      if (f.type === 'equals') return push(params, `${col} = ?`, v);
      if (f.type === 'notEqual') return push(params, `(${col} IS NULL OR ${col} <> ?)`, v);
      const [op, pattern] = like[f.type]!;
      return push(params, `coalesce(${col}, '') ${op} ? ESCAPE '\\'`, pattern);
    }
    case 'date': {
      const from = f.dateFrom ?? null;
      const to = f.dateTo ?? null;
      if (!from) return null;
      if (f.type === 'equals') return push(params, `${col} = ?`, from);
      if (f.type === 'notEqual') return push(params, `(${col} IS NULL OR ${col} <> ?)`, from);
      if (f.type === 'lessThan') return push(params, `${col} < ?`, from);
      if (f.type === 'greaterThan') return push(params, `${col} > ?`, from);
      if (f.type === 'inRange' && to) return push(params, `${col} BETWEEN ? AND ?`, from, to);
      return null;
    }
    case 'money': {
      const a = f.fromCents;
      if (a === undefined) return null;
      const ops: Record<string, string> = {
        equals: '=',
        notEqual: '<>',
        lessThan: '<',
        lessThanOrEqual: '<=',
        greaterThan: '>',
        greaterThanOrEqual: '>=',
      };
      if (f.type === 'inRange')
        return f.toCents === undefined ? null : push(params, `${col} BETWEEN ? AND ?`, a, f.toCents);
      return push(params, `${col} ${ops[f.type]!} ?`, a);
    }
  }
}

function push(params: (string | number)[], sql: string, ...values: (string | number)[]): string {
  params.push(...values);
  return sql;
}
