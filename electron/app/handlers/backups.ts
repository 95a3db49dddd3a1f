import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { backupsMethods } from '../../contract/backups-api';
import { keepSetting, setKeepSetting } from '../../services/backups';
import { changeLogPage } from '../../services/change-log-view';
import { LEDGER_EXT } from '../../services/ledger-library';
import { todayOf } from '../clock';
import { actorOf, type Handler } from './types';

export const backupsHandlers = {
  'backups.list': (_i, app) => ({ backups: app.library.listBackups(), keep: keepSetting(app.library.db) }),
  'backups.create': (_i, app) => app.library.backup('manual'),
  'backups.verify': (i, app) => app.library.verifyBackup(i.name),
  'backups.restore': (i, app) => {
    const { verification, safetyCopy } = app.library.restoreBackup(i.name);
    return { verification, safetyCopy, ledger: app.library.currentInfo()! };
  },
  'backups.settings': (i, app, call) => {
    if (i.keep !== undefined) setKeepSetting(app.library.db, actorOf(app, call), i.keep);
    return { keep: keepSetting(app.library.db) };
  },
  'backups.export': async (_i, app) => {
    const info = app.library.currentInfo();
    const base = basename(info?.fileName ?? 'ledger', LEDGER_EXT);
    const tmp = join(tmpdir(), `ul-export-${process.pid}-${Date.now()}${LEDGER_EXT}`);
    try {
      await app.library.exportTo(tmp);
      const bytes = readFileSync(tmp);
      return {
        fileName: `${base}-${todayOf(app.clock)}${LEDGER_EXT}`,
        mime: 'application/vnd.sqlite3',
        base64: bytes.toString('base64'),
        bytes: bytes.length,
      };
    } finally {
      rmSync(tmp, { force: true });
    }
  },
  'changeLog.page': (i, app) => changeLogPage(app.library.db, i),
} satisfies { [K in keyof typeof backupsMethods]: Handler<K> };
