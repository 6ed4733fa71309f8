export * from './convert-gift';
export * from './import-gift-cli';
export * from './import-gift';
export * from './parse-gift';
export * from './to-plain-text';
