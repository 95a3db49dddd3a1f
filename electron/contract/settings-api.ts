import { z } from 'zod';

/** Ledger-wide settings an administrator turns on or off (issue 7: separation of duties). */
export const LedgerSettings = z.object({
  /** 出纳与会计分设: the cash methods (collect dues, receive and remit the allocation, record income) are the
   *  cashier's alone; the accountant keeps the books. */
  splitCash: z.boolean(),
  /** 凭证须经审批: a manual voucher is posted only after an approver (never its preparer or reviewer) signs it. */
  voucherApproval: z.boolean(),
});
export type LedgerSettings = z.infer<typeof LedgerSettings>;

export const settingsMethods = {
  'settings.get': { input: z.object({}).strict(), output: LedgerSettings },
  'settings.update': { input: LedgerSettings.partial().strict(), output: LedgerSettings },
} as const;
