export * from './answering';
export * from './launch';
export * from './launch-text';
export * from './quiz-storage';
export * from './quiz-store';
export * from './request-score';
export * from './saved-quiz';
export * from './submit-answers';
