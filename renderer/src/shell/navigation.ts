import type { ReportKind } from '../shared/contract';

/**
 * Opening a report from another page (the dashboard's tiles and charts): the caller leaves the request here and
 * switches to the reports area; the reports page takes it once when it starts.
 */
export interface ReportTarget {
  kind: ReportKind;
  year: number;
  month?: number | null;
}

let pending: ReportTarget | null = null;

export function requestReport(target: ReportTarget): void {
  pending = target;
}

/** The pending request (null when the page was opened from the navigation); pure, safe in a state initializer. */
export function peekReportRequest(): ReportTarget | null {
  return pending;
}

/** Forget the request once the reports page has taken it (from an effect). */
export function clearReportRequest(): void {
  pending = null;
}
