export * from './enums';
export * from './identifiers';
export * from './messages';
export * from './calendar-dates';
export * from './attestation-validity';
