/*
 * The renderer's one door to code shared with main: the typed contract (types and zod schemas) and the pure
 * money formatter. The rest of the renderer imports these from here, so what the renderer takes from
 * electron/ is visible in one place.
 */
export * from '../../../electron/contract/index';
export { formatCents } from '../../../electron/domain/money';
export { parseMoneyToCents } from '../../../electron/domain/money';
export { splitReceipt } from '../../../electron/domain/allocation';
export { amountInWords } from '../../../electron/domain/amount-words';
