import { ledgerHandlers } from './ledgers';
import { memberHandlers } from './members';
import type { HandlerMap } from './types';

/** Every contract method's handler. The type makes a missing handler a compile error. */
export const handlers: HandlerMap = { ...ledgerHandlers, ...memberHandlers };
