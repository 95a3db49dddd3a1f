import type { Db } from '../connection';

export interface GroupRecord {
  id: number;
  name: string;
  activeMembers: number;
}

export function listGroups(db: Db): GroupRecord[] {
  return db
    .prepare(
      `SELECT g.id, g.name,
              (SELECT count(*) FROM members m WHERE m.group_id = g.id AND m.status = 'active') AS activeMembers
       FROM member_groups g ORDER BY g.id`,
    )
    .all() as GroupRecord[];
}

export function getGroup(db: Db, id: number): GroupRecord | undefined {
  return listGroups(db).find((g) => g.id === id);
}

export function findGroupByName(db: Db, name: string): { id: number } | undefined {
  return db.prepare('SELECT id FROM member_groups WHERE name = ?').get(name) as { id: number } | undefined;
}

export function insertGroup(db: Db, name: string, createdAt: string): number {
  return Number(
    db.prepare('INSERT INTO member_groups (name, created_at) VALUES (?, ?)').run(name, createdAt).lastInsertRowid,
  );
}
