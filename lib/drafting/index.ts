export * from './attribute-quotations';
export * from './draft-cli';
export * from './draft-date-questions';
export * from './draft-question-set';
export * from './draft-who-said-questions';
export * from './find-date-expressions';
export * from './find-speech-acts';
export * from './quotations';
