import type { Db } from '../../db/connection';
import type { ChangeLogPage, ChangeLogPageInput } from '../contract/backups-api';

interface Row {
  seq: number;
  at: string;
  actor: string;
  method: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  hash: string;
}

/** The change log, newest first, filtered by date (the row's date part), user, action (method) and table. */
export function changeLogPage(
  db: Db,
  input: Required<Pick<ChangeLogPageInput, 'offset' | 'limit'>> & ChangeLogPageInput,
): ChangeLogPage {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (input.from) {
    where.push('substr(at, 1, 10) >= @from');
    params.from = input.from;
  }
  if (input.to) {
    where.push('substr(at, 1, 10) <= @to');
    params.to = input.to;
  }
  if (input.actor) {
    where.push('actor = @actor');
    params.actor = input.actor;
  }
  if (input.method) {
    where.push('method = @method');
    params.method = input.method;
  }
  if (input.entity) {
    where.push('entity = @entity');
    params.entity = input.entity;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM change_log ${clause}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT * FROM change_log ${clause} ORDER BY seq DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: input.limit, offset: input.offset }) as Row[];
  const distinct = (col: 'actor' | 'method' | 'entity') =>
    (db.prepare(`SELECT DISTINCT ${col} AS v FROM change_log ORDER BY ${col}`).all() as { v: string }[]).map(
      (r) => r.v,
    );
  return {
    rows: rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      actor: r.actor,
      method: r.method,
      entity: r.entity,
      entityId: r.entity_id,
      before: r.before_json,
      after: r.after_json,
      hash: r.hash,
    })),
    total,
    actors: distinct('actor'),
    methods: distinct('method'),
    entities: distinct('entity'),
  };
}
