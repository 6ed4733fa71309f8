export * from './score-answers';
export * from './score-kinds';
export * from './scoring-rules';
export * from './typed-answers';
export * from './read-number';
export * from './numeric-answer';
