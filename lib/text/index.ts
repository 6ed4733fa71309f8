export * from './calendar-names';
export * from './format';
export * from './quotes';
export * from './sentence-ids';
export * from './sentences';
