export * from './read-date';
export * from './score-answers';
export * from './score-kinds';
export * from './scoring-rules';
export * from './typed-answers';
export * from './typed-dates';
