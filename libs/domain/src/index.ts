export * from './enums';
export * from './identifiers';
export * from './messages';
export * from './agreement-lifecycle';
export * from './calendar';
export * from './tender-lifecycle';
export * from './privacy-leaflet';
