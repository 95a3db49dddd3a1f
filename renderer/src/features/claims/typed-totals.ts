import { parseMoneyToCents } from '../../shared/contract';

/** A typed amount as fen with the app's one money parser, or null when it is not (yet) an amount. */
export function typedCents(text: string): number | null {
  try {
    return parseMoneyToCents(text);
  } catch {
    return null;
  }
}

/**
 * The live total of typed amounts for display next to the claim amount: exact fen (integer sums of the
 * parser's output, never floats of yuan). `complete` is false when a row's amount is blank or not an amount,
 * so the screen can say the total is partial. The saved totals come from the server.
 */
export function typedTotal(texts: readonly string[]): { cents: number; complete: boolean } {
  let cents = 0;
  let complete = true;
  for (const text of texts) {
    const c = typedCents(text);
    if (c === null) complete = false;
    else cents += c;
  }
  return { cents, complete };
}
