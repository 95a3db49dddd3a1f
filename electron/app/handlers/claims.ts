import type { claimsMethods } from '../../contract/claims-api';
import { claimOptions, createClaim, getClaim, listClaims } from '../../services/claims';
import { actorOf, type Handler } from './types';

export const claimsHandlers = {
  'claims.create': (i, app, call) => createClaim(app.library.db, actorOf(app, call), i),
  'claims.get': (i, app) => getClaim(app.library.db, i.id),
  'claims.page': (i, app) => listClaims(app.library.db, i),
  'claims.options': (_i, app) => claimOptions(app.library.db),
} satisfies { [K in keyof typeof claimsMethods]: Handler<K> };
