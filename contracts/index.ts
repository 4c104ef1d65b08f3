export * from './modules';
export * from './permissions';
export * from './records';
export * from './health';
export * from './settings';
export * from './sync';
export * from './mapping';
export * from './invoice-actions';
