import type { settingsMethods } from '../../contract/settings-api';
import { getLedgerSettings, updateLedgerSettings } from '../../services/ledger-settings';
import { actorOf, type Handler } from './types';

export const settingsHandlers = {
  'settings.get': (_i, app) => getLedgerSettings(app.library.db),
  'settings.update': (i, app, call) => updateLedgerSettings(app.library.db, actorOf(app, call), i),
} satisfies { [K in keyof typeof settingsMethods]: Handler<K> };
