export * from './api';
export * from './errors';
export * from './ledgers';
export * from './members';
export * from './scalars';
export * from './vouchers';
export * from './books-api';
