export * from './json-error';
export * from './read-json-body';
export * from './score-request';
