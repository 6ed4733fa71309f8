export * from './article-names';
export * from './name-chains';
export * from './name-index';
export * from './name-phrases';
export * from './titles';
export * from './word-kinds';
