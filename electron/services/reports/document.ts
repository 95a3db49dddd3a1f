import type { Db } from '../../../db/connection';
import { getMeta } from '../../../db/repos/meta';
import { ReportDocument, type ReportDocumentInput, type ReportPartInput } from '../../contract/reports';
import type { Clock } from '../../app/clock';

/** What every report service receives. */
export interface ReportContext {
  db: Db;
  clock: Clock;
}

export function unionName(db: Db): string {
  return getMeta(db, 'union_name') ?? '';
}

/** Wrap parts into a complete document (defaults filled by the contract schema, so writers see one shape). */
export function makeDocument(
  ctx: ReportContext,
  d: { kind: string; title: string; period: string; parts: ReportPartInput[]; sheets?: 'per-part' | 'single' },
): ReportDocument {
  const input: ReportDocumentInput = {
    kind: d.kind,
    title: d.title,
    union: unionName(ctx.db),
    period: d.period,
    generatedAt: localStamp(ctx.clock),
    parts: d.parts.map(stripExtras),
    sheets: d.sheets ?? 'per-part',
  };
  return ReportDocument.parse(input);
}

/** Builders may return extra fields (computed values for tests and ties across parts); documents carry parts only. */
function stripExtras(p: ReportPartInput & { values?: unknown }): ReportPartInput {
  const { values: _values, ...part } = p;
  return part;
}

/** The clerk's local date and time, "2025-03-31 08:00", printed in the footer. */
export function localStamp(clock: Clock): string {
  const d = clock.now();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
