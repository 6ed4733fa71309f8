export * from './settings';
export * from './speech';
