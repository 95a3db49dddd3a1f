import type { duesMethods } from '../../contract/dues-api';
import type { Handler } from './types';

export const duesHandlers = {} satisfies { [K in keyof typeof duesMethods]: Handler<K> };
