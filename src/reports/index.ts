/** Report builders and import validation: pure functions (items + settings + `now` in; text, bytes or JSON out). */
export * from './model';
export * from './limits';
export * from './util';
export * from './json';
export * from './csv';
export * from './dsa-notice';
export * from './platforms';
export * from './print';
export * from './bundle';
export * from './import';
