import type { Db } from '../../db/connection';
import { appendChange } from '../../db/repos/change-log';
import { getMeta, setMeta } from '../../db/repos/meta';
import { nowIso } from '../app/clock';
import type { LedgerSettings } from '../contract/settings-api';
import type { Actor } from './members';

/** Where each setting lives in ledger_meta (the dispatcher and the database triggers read the same keys). */
const KEYS: Record<keyof LedgerSettings, string> = {
  splitCash: 'split_cash',
  voucherApproval: 'voucher_approval',
};

/** One setting (the dispatcher asks for split cash on every cash call, posting for approval: one read each). */
export function ledgerSetting(db: Db, key: keyof LedgerSettings): boolean {
  return getMeta(db, KEYS[key]) === 'true';
}

export function getLedgerSettings(db: Db): LedgerSettings {
  return { splitCash: ledgerSetting(db, 'splitCash'), voucherApproval: ledgerSetting(db, 'voucherApproval') };
}

/** Change some settings in one transaction; the change log keeps who changed what, before and after. */
export function updateLedgerSettings(db: Db, actor: Actor, change: Partial<LedgerSettings>): LedgerSettings {
  return db.transaction(() => {
    const before = getLedgerSettings(db);
    for (const key of Object.keys(KEYS) as (keyof LedgerSettings)[]) {
      const value = change[key];
      if (value !== undefined && value !== before[key]) setMeta(db, KEYS[key], value ? 'true' : 'false');
    }
    const after = getLedgerSettings(db);
    if (JSON.stringify(after) !== JSON.stringify(before))
      appendChange(db, {
        at: nowIso(actor.clock),
        actor: actor.user,
        method: 'settings.update',
        entity: 'ledger_settings',
        entityId: null,
        before,
        after,
      });
    return after;
  })();
}
