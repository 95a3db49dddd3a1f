/** What an export of a books screen would contain: the same query the screen shows. */
export type BooksExportRequest =
  | { kind: 'trialBalance'; from: string; to: string; maxLevel?: number; hideZero: boolean }
  | { kind: 'generalLedger'; code: string; from: string; to: string }
  | { kind: 'accountLedger'; code: string; from: string; to: string };

/**
 * The place for the xlsx / pdf export button of a books screen, next to 打印. The export machinery (reports
 * area) plugs its button in here, given the screen's query; until then nothing is drawn, so no dead button
 * is offered to the clerk.
 */
export function ExportSlot({ request }: { request: BooksExportRequest | null }) {
  void request;
  return null;
}
