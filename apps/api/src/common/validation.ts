// Input validation that names the field and says why in the caller's language.
// Inputs use these decorators (not class-validator's own messages), so that every
// rule carries a message key of libs/domain and its parameters.
import {
  isBoardNumber,
  isCountryCode,
  isKvkNumber,
  isOin,
  isMessageKey,
  type MessageKey,
} from '@regie/domain';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsEmail,
  IsInt,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  validate,
  ValidationError,
  type ValidationOptions,
} from 'class-validator';
import { badUserInput, type FieldError, type MessageParams } from './errors/app-error';

const PREFIX = 'i18n:';

function keyed(
  key: MessageKey,
  params: MessageParams = {},
  options: ValidationOptions = {},
): ValidationOptions {
  return { ...options, message: PREFIX + JSON.stringify({ key, params }) };
}

function custom(
  name: string,
  key: MessageKey,
  test: (value: string) => boolean,
  options?: ValidationOptions,
) {
  return ValidateBy(
    { name, validator: { validate: (value: unknown) => typeof value === 'string' && test(value) } },
    keyed(key, {}, options),
  );
}

export const Email = (o?: ValidationOptions) => IsEmail({}, keyed('field.email', {}, o));
export const WebUrl = (o?: ValidationOptions) =>
  IsUrl({ protocols: ['https', 'http'], require_protocol: true }, keyed('field.url', {}, o));
export const MinLen = (min: number, o?: ValidationOptions) =>
  MinLength(min, keyed('field.minLength', { min }, o));
export const MaxLen = (max: number, o?: ValidationOptions) =>
  MaxLength(max, keyed('field.maxLength', { max }, o));
export const MinValue = (min: number, o?: ValidationOptions) =>
  Min(min, keyed('field.min', { min }, o));
export const MaxValue = (max: number, o?: ValidationOptions) =>
  Max(max, keyed('field.max', { max }, o));
export const WholeNumber = (o?: ValidationOptions) => IsInt(keyed('field.integer', {}, o));
export const NotEmptyList = (o?: ValidationOptions) =>
  ArrayNotEmpty(keyed('field.notEmpty', {}, o));
export const MaxItems = (max: number, o?: ValidationOptions) =>
  ArrayMaxSize(max, keyed('field.maxItems', { max }, o));
export const NonBlank = (o?: ValidationOptions) =>
  custom('nonBlank', 'field.required', (v) => v.trim().length > 0, o);
export const BoardNumber = (o?: ValidationOptions) =>
  custom('boardNumber', 'field.boardNumber', isBoardNumber, o);
export const KvkNumber = (o?: ValidationOptions) =>
  custom('kvkNumber', 'field.kvkNumber', isKvkNumber, o);
export const Oin = (o?: ValidationOptions) => custom('oin', 'field.oin', isOin, o);
export const CountryCode = (o?: ValidationOptions) =>
  custom('countryCode', 'field.country', isCountryCode, o);

function decode(message: string): { key: MessageKey; params: MessageParams } {
  if (message.startsWith(PREFIX)) {
    const parsed = JSON.parse(message.slice(PREFIX.length)) as {
      key: string;
      params: MessageParams;
    };
    if (isMessageKey(parsed.key)) return { key: parsed.key, params: parsed.params };
  }
  return { key: 'field.invalid', params: {} };
}

/** Flattens class-validator's tree into input paths: `input.locations.0.country`. */
export function fieldErrors(errors: readonly ValidationError[], path: string): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const here = `${path}.${error.property}`;
    // One message per field: the first rule it breaks is the one to fix first.
    const first = Object.values(error.constraints ?? {})[0];
    if (first) out.push({ field: here, ...decode(first) });
    if (error.children?.length) out.push(...fieldErrors(error.children, here));
  }
  return out;
}

/**
 * Validates every GraphQL argument whose class has class-validator rules; a failure
 * is one BAD_USER_INPUT listing every invalid field.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Nest runs global pipes on every parameter, a field resolver's @Parent() and
    // @Context() too (type 'custom'), which would copy and validate each object of a
    // response. Inputs are GraphQL arguments (Nest passes them as 'body') and REST's
    // body, query and route parameters.
    if (metadata.type === 'custom') return value;
    const type = metadata.metatype;
    if (!type || value === null || value === undefined || typeof value !== 'object') return value;
    if ([String, Boolean, Number, Array, Object].includes(type as never)) return value;
    const instance = plainToInstance(type, value) as object;
    const errors = await validate(instance, { forbidUnknownValues: false });
    if (errors.length > 0) throw badUserInput(fieldErrors(errors, metadata.data ?? 'input'));
    return instance;
  }
}
