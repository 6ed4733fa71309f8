export * from './answer-schemas';
export * from './results';
