export * from './answering';
export * from './quiz-storage';
export * from './quiz-store';
export * from './request-score';
export * from './saved-quiz';
