import type { ImportBadRow } from '../../contract/import';
import { parseAmountCell, parseDateCell, parseMonthCell, type AmountOptions } from './cells';
import type { RowReader } from './table';

/** A problem with one cell of one row, with the reason in both languages. */
export type RowIssue = ImportBadRow;

/** Collects a row's problems while reading its fields; every reader returns null when the field is bad. */
export class RowCheck {
  readonly issues: RowIssue[] = [];
  constructor(readonly r: RowReader) {}

  get n(): number {
    return this.r.n;
  }

  fail(field: string, reason: string, reasonEn: string, value?: string): void {
    this.issues.push({
      row: this.r.n,
      column: this.r.column(field),
      field,
      value: value ?? this.r.display(field),
      reason,
      reasonEn,
    });
  }

  get ok(): boolean {
    return this.issues.length === 0;
  }

  text(field: string, opts: { required?: boolean; max?: number; label?: [string, string] } = {}): string | null {
    const t = this.r.text(field).replace(/\s+/g, ' ');
    if (t === '') {
      if (opts.required) {
        const [zh, en] = opts.label ?? [this.r.column(field), field];
        this.fail(field, `缺少${zh}`, `${en} is missing`);
      }
      return null;
    }
    if (opts.max && [...t].length > opts.max) {
      this.fail(field, `内容太长（最多 ${opts.max} 个字）`, `Too long (at most ${opts.max} characters)`);
      return null;
    }
    return t;
  }

  date(field: string, required: boolean): string | null {
    if (this.r.blank(field)) {
      if (required) this.fail(field, '缺少日期', 'The date is missing');
      return null;
    }
    const d = parseDateCell(this.r.cell(field));
    if (!d.ok) {
      this.fail(field, d.reason, d.reasonEn);
      return null;
    }
    return d.value;
  }

  month(field: string, required: boolean): string | null {
    if (this.r.blank(field)) {
      if (required) this.fail(field, '缺少月份', 'The month is missing');
      return null;
    }
    const m = parseMonthCell(this.r.cell(field));
    if (!m.ok) {
      this.fail(field, m.reason, m.reasonEn);
      return null;
    }
    return m.value;
  }

  /** Amount in fen; blank gives null (or 0 with `blankIsZero`), a bad amount records the reason. */
  amount(field: string, opts: AmountOptions & { required?: boolean } = {}): number | null {
    if (this.r.blank(field) && !opts.blankIsZero) {
      if (opts.required) this.fail(field, '缺少金额', 'The amount is missing');
      return null;
    }
    const a = parseAmountCell(this.r.cell(field), opts);
    if (!a.ok) {
      this.fail(field, a.reason, a.reasonEn);
      return null;
    }
    return a.value;
  }

  /** A whole number ≥ 0 (head counts). */
  count(field: string): number | null {
    const t = this.r.text(field).replace(/[,，\s]/g, '');
    if (t === '') return null;
    if (!/^\d{1,7}(\.0+)?$/.test(t)) {
      this.fail(field, '应为不小于零的整数', 'Must be a whole number, zero or more');
      return null;
    }
    return Number.parseInt(t, 10);
  }
}
