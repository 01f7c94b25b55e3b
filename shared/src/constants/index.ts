export * from './errors';
export * from './roles';
export * from './catalog';
export * from './case-status';
export * from './holidays-2026';
export * from './timeline';
export * from './hall';
export * from './delivery';
