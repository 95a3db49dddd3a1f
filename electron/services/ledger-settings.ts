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

export function getLedgerSettings(db: Db): LedgerSettings {
  return {
    splitCash: getMeta(db, KEYS.splitCash) === 'true',
    voucherApproval: getMeta(db, KEYS.voucherApproval) === 'true',
  };
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
