export * from './cx';
export * from './in-groups';
export * from './one-column';
export * from './pager-items';
