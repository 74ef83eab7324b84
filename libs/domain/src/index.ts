export * from './enums';
export * from './identifiers';
export * from './messages';
