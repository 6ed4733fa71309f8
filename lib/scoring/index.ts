export * from './numeric-answer';
export * from './read-date';
export * from './read-number';
export * from './score-answers';
export * from './score-kinds';
export * from './scoring-rules';
export * from './typed-answers';
export * from './typed-dates';
