import type { ProjectDto } from '../../electron/contract/vouchers';
import type { Db } from '../connection';

export function listProjects(db: Db): ProjectDto[] {
  return (
    db.prepare('SELECT id, code, name, earmarked FROM projects ORDER BY code').all() as (Omit<
      ProjectDto,
      'earmarked'
    > & { earmarked: number })[]
  ).map((r) => ({ ...r, earmarked: r.earmarked === 1 }));
}

export function insertProject(db: Db, p: { code: string; name: string; earmarked: boolean; at: string }): number {
  return Number(
    db
      .prepare('INSERT INTO projects (code, name, earmarked, created_at) VALUES (?, ?, ?, ?)')
      .run(p.code, p.name, p.earmarked ? 1 : 0, p.at).lastInsertRowid,
  );
}
