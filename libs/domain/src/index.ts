export * from './enums';
export * from './identifiers';
export * from './messages';
export * from './agreement-lifecycle';
export * from './tender-lifecycle';
export * from './privacy-leaflet';
export * from './calendar-dates';
export * from './attestation-validity';
