export * from './cx';
export * from './one-column';
export * from './pager-items';
