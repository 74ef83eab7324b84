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
import { applyDecorators, ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
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
import { inputTextErrors } from './input-text';

/** The longest e-mail address SMTP carries (RFC 5321: a 256-octet path less its brackets). */
export const EMAIL_MAX = 254;

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

export const MinLen = (min: number, o?: ValidationOptions) =>
  MinLength(min, keyed('field.minLength', { min }, o));
export const MaxLen = (max: number, o?: ValidationOptions) =>
  MaxLength(max, keyed('field.maxLength', { max }, o));
/** An e-mail address, at most EMAIL_MAX characters (validator.js alone allows some 320). */
export const Email = (o?: ValidationOptions) =>
  applyDecorators(MaxLen(EMAIL_MAX, o), IsEmail({}, keyed('field.email', {}, o)));
/** The longest web address browsers and search engines reliably handle. */
export const URL_MAX = 2_000;
export const WebUrl = (o?: ValidationOptions) =>
  applyDecorators(
    MaxLen(URL_MAX, o),
    IsUrl({ protocols: ['https', 'http'], require_protocol: true }, keyed('field.url', {}, o)),
  );
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
 * What a client sent: GraphQL arguments (which Nest hands pipes as 'body') and REST
 * bodies, query strings and path parameters; not the context, the parent or the viewer.
 */
const RECEIVED: ReadonlySet<ArgumentMetadata['type']> = new Set(['body', 'query', 'param']);

/**
 * Every argument a client sends passes here: first the one rule for text (input-text.ts:
 * no NUL, no unpaired surrogate, no string or list longer than its field allows), then
 * the class-validator rules of its input class. A failure is one BAD_USER_INPUT listing
 * every invalid field.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!RECEIVED.has(metadata.type) || value === null || value === undefined) return value;
    const type = metadata.metatype;
    const isInputClass =
      !!type &&
      typeof value === 'object' &&
      ![String, Boolean, Number, Array, Object].includes(type as never);
    const instance: unknown = isInputClass ? plainToInstance(type, value) : value;
    const path = metadata.data ?? (metadata.type === 'body' ? 'input' : metadata.type);
    const textErrors = inputTextErrors(instance, path);
    if (textErrors.length > 0) throw badUserInput(textErrors);
    if (!isInputClass) return value;
    const errors = await validate(instance as object, { forbidUnknownValues: false });
    if (errors.length > 0) throw badUserInput(fieldErrors(errors, path));
    return instance;
  }
}
