export * from './id-number';
export * from './mask';
export * from './chain-merge';
export * from './working-days';
export * from './deadline';
export * from './form-field-value';
export * from './form-data';
export * from './fees';
