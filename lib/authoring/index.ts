export * from './draft-new-content';
export * from './new-cli';
export * from './read-page-lines';
export * from './read-plain-article';
export * from './slugify';
