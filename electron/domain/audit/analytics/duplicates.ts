/**
 * Exact duplicates on chosen key fields (ACL DUPLICATES / IDEA Duplicate Key Detection, DOMAIN.md §6). Records
 * are grouped on the normalised key, so no presort is needed and non-adjacent duplicates are found too.
 * A record whose key has an empty part is left out: an invoice with no number is not a duplicate of another one.
 */

export type KeyPart = string | number | null | undefined;

export interface DuplicateGroup<T> {
  /** The normalised key parts the records share. */
  readonly key: readonly string[];
  /** Two or more records, in input order. */
  readonly records: readonly T[];
}

/** Trim, collapse inner whitespace, fold full-width ASCII to half-width and case-fold, so "ＡＢ 12" = "ab 12". */
export function normaliseKeyPart(part: KeyPart): string {
  if (part === null || part === undefined) return '';
  return String(part)
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export function findExactDuplicates<T>(records: readonly T[], key: (r: T) => readonly KeyPart[]): DuplicateGroup<T>[] {
  const groups = new Map<string, { key: string[]; records: T[] }>();
  for (const r of records) {
    const parts = key(r).map(normaliseKeyPart);
    if (parts.length === 0 || parts.some((p) => p === '')) continue;
    const k = JSON.stringify(parts);
    const g = groups.get(k);
    if (g) g.records.push(r);
    else groups.set(k, { key: parts, records: [r] });
  }
  return [...groups.values()].filter((g) => g.records.length > 1);
}

/** The three key sets DOMAIN.md §6 names for a union ledger. */
export interface PaymentRecord {
  readonly invoiceNo?: string | null;
  readonly payee?: string | null;
  readonly amountCents: number;
  readonly date: string;
}

export interface WelfareRecord {
  readonly memberId: string | number;
  readonly welfareType: string;
  readonly date: string;
}

/** Same invoice number from the same payee booked twice. */
export const byInvoiceAndPayee = (r: PaymentRecord): KeyPart[] => [r.invoiceNo, r.payee];
/** Same payee, same amount, same day. */
export const byPayeeAmountDate = (r: PaymentRecord): KeyPart[] => [r.payee, r.amountCents, r.date];
/** Same member, same welfare type, same year (e.g. a second birthday gift). */
export const byMemberWelfareYear = (r: WelfareRecord): KeyPart[] => [r.memberId, r.welfareType, r.date.slice(0, 4)];
