import type { claimsMethods } from '../../contract/claims-api';
import type { Handler } from './types';

export const claimsHandlers = {} satisfies { [K in keyof typeof claimsMethods]: Handler<K> };
