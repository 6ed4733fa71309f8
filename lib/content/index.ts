export * from './article';
export * from './library';
export * from './locate-evidence';
export * from './platform-schema';
export * from './problem';
export * from './public-set';
export * from './question-schema';
export * from './schema';
