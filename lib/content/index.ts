export * from './article';
export * from './library';
export * from './locate-evidence';
export * from './public-set';
export * from './schema';
