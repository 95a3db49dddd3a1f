/**
 * Round amounts (DOMAIN.md §6 [S45]): MOD(amount, m) = 0 for m in a list of whole-yuan moduli (default 1000,
 * 500, 100 yuan). Each hit names the largest modulus that divides it. Integer fen arithmetic only.
 */

export const DEFAULT_MODULI_YUAN: readonly number[] = [1000, 500, 100];

export interface RoundHit<T> {
  readonly record: T;
  readonly amountCents: number;
  /** Largest modulus (yuan) dividing the amount. */
  readonly modulusYuan: number;
}

export function findRoundAmounts<T>(
  records: readonly T[],
  amount: (r: T) => number,
  moduliYuan: readonly number[] = DEFAULT_MODULI_YUAN,
): RoundHit<T>[] {
  const mods = [...moduliYuan].sort((a, b) => b - a);
  for (const m of mods)
    if (!Number.isSafeInteger(m) || m <= 0) throw new RangeError(`modulus must be a positive whole yuan: ${m}`);
  const hits: RoundHit<T>[] = [];
  for (const r of records) {
    const a = Math.abs(amount(r));
    if (!Number.isSafeInteger(a)) throw new RangeError(`amount must be integer fen: ${a}`);
    if (a === 0) continue;
    const m = mods.find((y) => a % (y * 100) === 0);
    if (m !== undefined) hits.push({ record: r, amountCents: a, modulusYuan: m });
  }
  return hits;
}
