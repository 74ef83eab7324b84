// graphql-js refuses a variable that does not fit its type (an unknown enum value, a
// missing required field) before any resolver runs, with an English sentence that
// names the place. RUNTIME.md wants BAD_USER_INPUT to name the field in
// `extensions.fields`, as the input validation does: this reads the path back out.
import type { MessageKey } from '@regie/domain';
import type { FieldError } from './app-error';

const INVALID_VALUE =
  /^Variable "\$(\w+)" got invalid value .*?(?: at "(\w+(?:\.\w+|\[\d+\])*)")?; (.*)$/s;
const MISSING_VARIABLE =
  /^Variable "\$(\w+)" (?:of required type .* was not provided|of non-null type .* must not be null)\.$/s;
const MISSING_FIELD = /^Field "(\w+)" of required type .* was not provided\./s;
const UNKNOWN_FIELD = /^Field "(\w+)" is not defined by type /;

/** `input.locations[0].country` → `input.locations.0.country`, the shape of our paths. */
function dotted(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}

/** The fields a graphql-js variable error names; empty when it is another kind of error. */
export function variableErrorFields(message: string): FieldError[] {
  const missing = MISSING_VARIABLE.exec(message);
  if (missing) return [{ field: missing[1], key: 'field.required' }];
  const invalid = INVALID_VALUE.exec(message);
  if (!invalid) return [];
  const [, variable, path, reason] = invalid;
  const field = dotted(path ?? variable);
  const missingField = MISSING_FIELD.exec(reason);
  if (missingField) return [{ field: `${field}.${missingField[1]}`, key: 'field.required' }];
  const unknownField = UNKNOWN_FIELD.exec(reason);
  if (unknownField) return [{ field: `${field}.${unknownField[1]}`, key: 'field.invalid' }];
  let key: MessageKey = 'field.invalid';
  if (/does not exist in ".*" enum/.test(reason)) key = 'field.unknownValue';
  else if (/^Int cannot represent/.test(reason)) key = 'field.integer';
  return [{ field, key }];
}
