export * from './convert-gift';
export * from './import-gift-cli';
export * from './import-gift';
export { positionIn, protectEscapes, restoreEscapes, splitGiftSource, type GiftSourceItem } from './gift-source';
export * from './parse-gift';
export * from './to-plain-text';
