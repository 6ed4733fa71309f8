export * from './load-library';
