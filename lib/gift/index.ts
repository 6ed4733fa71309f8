export * from './convert-gift';
export * from './gift-question';
export * from './import-gift-cli';
export * from './import-gift';
export * from './parse-gift';
export * from './read-gift-answers';
export * from './to-plain-text';
