export * from './format-answer';
export * from './hand-in-report';
