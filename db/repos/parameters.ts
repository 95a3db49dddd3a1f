import type { Db } from '../connection';

/** A dated parameter (rate, share, model, cap …): a change is a new row from a date, never an edit. */
export interface ParameterRecord {
  id: number;
  key: string;
  value: string;
  effectiveFrom: string;
  document: string | null;
  note: string | null;
}

interface ParamRow {
  id: number;
  key: string;
  value: string;
  effective_from: string;
  document: string | null;
  note: string | null;
}
const toParam = (r: ParamRow): ParameterRecord => ({
  id: r.id,
  key: r.key,
  value: r.value,
  effectiveFrom: r.effective_from,
  document: r.document,
  note: r.note,
});

/** The value of `key` in force on `date`: the row with the latest effective_from on or before it. */
export function parameterAt(db: Db, key: string, date: string): ParameterRecord | undefined {
  const r = db
    .prepare(
      `SELECT id, key, value, effective_from, document, note FROM parameters
       WHERE key = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1`,
    )
    .get(key, date) as ParamRow | undefined;
  return r && toParam(r);
}

export function parameterHistory(db: Db, key: string): ParameterRecord[] {
  return (
    db
      .prepare(
        'SELECT id, key, value, effective_from, document, note FROM parameters WHERE key = ? ORDER BY effective_from',
      )
      .all(key) as ParamRow[]
  ).map(toParam);
}

export function findParameter(db: Db, key: string, effectiveFrom: string): ParameterRecord | undefined {
  const r = db
    .prepare(
      'SELECT id, key, value, effective_from, document, note FROM parameters WHERE key = ? AND effective_from = ?',
    )
    .get(key, effectiveFrom) as ParamRow | undefined;
  return r && toParam(r);
}

/** A new dated value (parameters are never updated: a trigger refuses it). */
export function insertParameter(
  db: Db,
  p: {
    key: string;
    effectiveFrom: string;
    value: string;
    document: string | null;
    note: string | null;
    at: string;
    by: string;
  },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO parameters (key, effective_from, value, document, note, created_at, created_by)
         VALUES (@key, @effectiveFrom, @value, @document, @note, @at, @by)`,
      )
      .run(p).lastInsertRowid,
  );
}

/** Every dated value, by key then date (optionally one key); the table is small (a few rows per key). */
export function listParameters(db: Db, key?: string): ParameterRecord[] {
  return (
    db
      .prepare(
        `SELECT id, key, value, effective_from, document, note FROM parameters
         WHERE (@key IS NULL OR key = @key) ORDER BY key, effective_from`,
      )
      .all({ key: key ?? null }) as ParamRow[]
  ).map(toParam);
}
