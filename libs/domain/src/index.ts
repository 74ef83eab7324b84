export * from './enums';
export * from './identifiers';
export * from './messages';
export * from './privacy-leaflet';
