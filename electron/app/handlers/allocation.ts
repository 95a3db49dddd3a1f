import type { allocationMethods } from '../../contract/allocation-api';
import type { Handler } from './types';

export const allocationHandlers = {} satisfies { [K in keyof typeof allocationMethods]: Handler<K> };
