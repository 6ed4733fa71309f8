export * from './check-article';
export * from './check-library';
export * from './check-platforms';
export * from './check-set';
export * from './explain-issue';
export * from './quote-problems';
export * from './yaml-source';
export * from './speaker-names';
