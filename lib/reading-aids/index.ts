export * from './choose-voice';
export * from './question-speech';
export * from './sentence-spans';
export * from './settings-script';
export * from './settings';
