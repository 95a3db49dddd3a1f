import { up as init } from './0010-init';
import { up as books } from './0020-books';
import { up as importTables } from './0040-import';
import { up as audit } from './0050-audit';
import { up as users } from './0060-users';
import { up as voucherApproval } from './0070-voucher-approval';
import { up as duesIndex } from './0080-dues-index';

export interface Migration {
  version: number;
  name: string;
  up: string;
}

/**
 * Every schema change, in order, in steps of 10. A released migration never changes
 * (tests/db/migrations.test.ts holds their hashes); a new one is appended.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 10, name: 'init', up: init },
  { version: 20, name: 'books', up: books },
  { version: 40, name: 'import', up: importTables },
  { version: 50, name: 'audit', up: audit },
  { version: 60, name: 'users', up: users },
  { version: 70, name: 'voucher-approval', up: voucherApproval },
  { version: 80, name: 'dues-index', up: duesIndex },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
