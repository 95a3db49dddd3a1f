import type { ledgerReadMethods } from '../../contract/ledger-api';
import { generalLedger, ledgerSpan } from '../../services/general-ledger';
import { previewYearEnd } from '../../services/year-end';
import type { Handler } from './types';

export const ledgerReadHandlers = {
  'ledger.general': (i, app) => generalLedger(app.library.db, i),
  'ledger.span': (_i, app) => ledgerSpan(app.library.db, app.clock),
  'periods.yearEndPreview': (i, app) => previewYearEnd(app.library.db, i.year),
} satisfies { [K in keyof typeof ledgerReadMethods]: Handler<K> };
