export * from './format';
export * from './quotes';
export * from './sentences';
