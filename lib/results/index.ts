export * from './format-answer';
export * from './hand-in-report';
export * from './report-text';
export * from './verdict';
