export * from './format-answer';
export * from './hand-in-report';
export * from './hand-in-seal';
