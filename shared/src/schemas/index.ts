export * from './common';
export * from './catalog';
export * from './auth';
export * from './holidays';
export * from './case-status';
export * from './application';
