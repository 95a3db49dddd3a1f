import { z } from 'zod';

/** YYYY-MM-DD that is a real calendar date. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' })
  .refine(isRealDate, { message: 'date' });
export type IsoDate = z.infer<typeof IsoDate>;

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}
function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Integer amount in fen (分). Never a float. */
export const Cents = z.number().int().refine(Number.isSafeInteger);
export type Cents = z.infer<typeof Cents>;

/**
 * A money amount typed by a person, as decimal text in yuan ("8,500.50", "¥8500", "８５００").
 * Parsed in the main process with decimal.js into fen; never through a float.
 */
export const MoneyText = z.string().max(40);

export const Id = z.number().int().positive();

export const NonBlank = (max: number) =>
  z.string().trim().min(1, { message: 'required' }).max(max, { message: 'too_long' });
