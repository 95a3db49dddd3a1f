import type { Db } from '../../db/connection';
import {
  accountHasLines,
  getAccount,
  insertLocalAccount,
  renameLocalAccount,
  setAccountEnabled,
} from '../../db/repos/accounts';
import { appendChange } from '../../db/repos/change-log';
import { getMeta } from '../../db/repos/meta';
import type { AccountDto } from '../contract/vouchers';
import { nowIso } from '../app/clock';
import { DomainError, fieldError } from '../app/errors';
import type { Actor } from './members';

function mustGet(db: Db, code: string): AccountDto {
  const a = getAccount(db, code);
  if (!a) throw new DomainError('NOT_FOUND', `科目 ${code} 不存在`, `Account ${code} does not exist`);
  return a;
}

/**
 * Add a provincial or unit sub-account (明细科目) below an existing account: code = parent + two digits.
 * An account that already has postings cannot get sub-accounts (its balance would be orphaned).
 */
export function addSubAccount(
  db: Db,
  actor: Actor,
  input: { parentCode: string; suffix: string; name: string },
): AccountDto {
  return db.transaction(() => {
    const parent = mustGet(db, input.parentCode);
    if (!/^\d{2}$/.test(input.suffix))
      throw fieldError(['suffix'], '明细编码为两位数字', 'The sub-account suffix is two digits');
    if (parent.level >= 4) throw fieldError(['parentCode'], '科目最多四级', 'Accounts go four levels deep at most');
    if (!parent.enabled) throw fieldError(['parentCode'], '上级科目未启用', 'The parent account is not enabled');
    const code = parent.code + input.suffix;
    if (getAccount(db, code)) throw fieldError(['suffix'], `科目 ${code} 已存在`, `Account ${code} already exists`);
    if (parent.isLeaf && accountHasLines(db, parent.code))
      throw new DomainError(
        'RULE_VIOLATION',
        `${parent.code} ${parent.name} 已有记账数据，不能再增设明细科目`,
        `${parent.code} ${parent.name} already has entries; it cannot get sub-accounts`,
      );
    insertLocalAccount(db, { code, name: input.name, parent });
    const after = mustGet(db, code);
    appendChange(db, {
      at: nowIso(actor.clock),
      actor: actor.user,
      method: 'accounts.add',
      entity: 'account',
      entityId: code,
      before: null,
      after,
    });
    return after;
  })();
}

export function renameSubAccount(db: Db, actor: Actor, code: string, name: string): AccountDto {
  return db.transaction(() => {
    const before = mustGet(db, code);
    if (before.origin !== 'local')
      throw new DomainError(
        'RULE_VIOLATION',
        '制度规定的科目名称不能修改',
        'Prescribed account names cannot be changed',
      );
    renameLocalAccount(db, code, name);
    const after = mustGet(db, code);
    appendChange(db, {
      at: nowIso(actor.clock),
      actor: actor.user,
      method: 'accounts.rename',
      entity: 'account',
      entityId: code,
      before,
      after,
    });
    return after;
  })();
}

/** Enable or disable an optional county-level account a grassroots union may use (151, 161, 171 …). */
export function setOptionalEnabled(db: Db, actor: Actor, code: string, enabled: boolean): AccountDto {
  return db.transaction(() => {
    const before = mustGet(db, code);
    if (before.origin === 'system')
      throw new DomainError('RULE_VIOLATION', '基层工会必设科目始终启用', 'Prescribed accounts are always enabled');
    if (!enabled && accountHasLines(db, code))
      throw new DomainError(
        'RULE_VIOLATION',
        '已有记账数据的科目不能停用',
        'An account with entries cannot be disabled',
      );
    setAccountEnabled(db, code, enabled);
    for (const c of db.prepare('SELECT code FROM accounts WHERE code LIKE ? AND code <> ?').all(`${code}%`, code) as {
      code: string;
    }[])
      setAccountEnabled(db, c.code, enabled);
    const after = mustGet(db, code);
    appendChange(db, {
      at: nowIso(actor.clock),
      actor: actor.user,
      method: 'accounts.enable',
      entity: 'account',
      entityId: code,
      before,
      after,
    });
    return after;
  })();
}

/** The chart version and document recorded in the ledger when it was created (0020 seeds 2021, 财会〔2021〕7号). */
export function chartInfo(db: Db): { version: string; document: string } {
  return { version: getMeta(db, 'chart_version') ?? '2021', document: getMeta(db, 'chart_document') ?? '' };
}
