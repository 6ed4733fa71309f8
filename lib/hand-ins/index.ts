export * from './hand-in-code';
export * from './hand-in-secret';
export * from './seal-hand-in';
export * from './verify-hand-in';
