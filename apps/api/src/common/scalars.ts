// The contract's two scalars. Instants are JavaScript Dates on our side and ISO 8601
// UTC strings on the wire; calendar dates stay 'YYYY-MM-DD' strings throughout, so
// that no time zone can shift a validity date by a day.
import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  name: 'DateTime',
  description: 'An instant: ISO 8601 date and time in UTC, e.g. 2026-11-22T09:30:00.000Z.',
});

export const CalendarDateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date in Europe/Amsterdam: ISO 8601 YYYY-MM-DD.',
});
