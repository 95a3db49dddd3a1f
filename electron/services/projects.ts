import type { Db } from '../../db/connection';
import { appendChange } from '../../db/repos/change-log';
import { insertProject, listProjects } from '../../db/repos/projects';
import type { ProjectDto } from '../contract/vouchers';
import { nowIso } from '../app/clock';
import { fieldError } from '../app/errors';
import type { Actor } from './members';

/** 专项 projects: earmarked money tracked by project and closed to 321 at year end. */
export function createProject(
  db: Db,
  actor: Actor,
  input: { code: string; name: string; earmarked: boolean },
): ProjectDto {
  return db.transaction(() => {
    if (listProjects(db).some((p) => p.code === input.code))
      throw fieldError(['code'], `项目编号 ${input.code} 已存在`, `Project code ${input.code} already exists`);
    const at = nowIso(actor.clock);
    const id = insertProject(db, { ...input, at });
    const after = listProjects(db).find((p) => p.id === id)!;
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'projects.create',
      entity: 'project',
      entityId: id,
      before: null,
      after,
    });
    return after;
  })();
}

export { listProjects };
