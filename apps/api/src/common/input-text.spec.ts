import { Field, InputType } from '@nestjs/graphql';
import { Type, plainToInstance } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import {
  codePoints,
  DEFAULT_MAX_ITEMS,
  DEFAULT_MAX_TEXT,
  inputTextErrors,
  textProblem,
} from './input-text';
import { MaxItems, MaxLen } from './validation';

@InputType()
class Place {
  @Field()
  @MaxLen(2)
  country!: string;

  @Field()
  activity!: string;
}

@InputType()
class Leaflet {
  @Field()
  @MaxLen(5)
  name!: string;

  @Field(() => [String])
  @MaxItems(3)
  @MaxLen(4, { each: true })
  purposes!: string[];

  @Field(() => [Place])
  @ValidateNested({ each: true })
  @Type(() => Place)
  places!: Place[];
}

const errorsOf = (plain: object) => inputTextErrors(plainToInstance(Leaflet, plain), 'input');

describe('the one rule for text', () => {
  it('finds NUL and unpaired surrogates, and lets paired ones through', () => {
    expect(textProblem('gewoon')).toBeUndefined();
    expect(textProblem('🏫 e\u0301 مدرسة')).toBeUndefined();
    expect(textProblem('a\u0000b')).toBe('field.nulCharacter');
    expect(textProblem('\ud800')).toBe('field.unpairedSurrogate');
    expect(textProblem('x\ud83c')).toBe('field.unpairedSurrogate');
    expect(textProblem('\udc00x')).toBe('field.unpairedSurrogate');
    expect(textProblem('\udfff\ud800')).toBe('field.unpairedSurrogate');
  });

  it('counts characters as PostgreSQL does: a surrogate pair is one', () => {
    expect(codePoints('abc')).toBe(3);
    expect(codePoints('🏫🏫')).toBe(2);
    expect(codePoints('e\u0301')).toBe(2);
    expect(codePoints('❤️')).toBe(2);
  });

  it('names each bad string by its input path, through lists and nested inputs', () => {
    expect(
      errorsOf({
        name: 'ok',
        purposes: ['a', 'b\u0000'],
        places: [
          { country: 'NL', activity: 'opslag' },
          { country: 'DE', activity: '\ud800' },
        ],
      }),
    ).toEqual([
      { field: 'input.purposes.1', key: 'field.nulCharacter' },
      { field: 'input.places.1.activity', key: 'field.unpairedSurrogate' },
    ]);
  });

  it('holds each string to the length declared next to its field, in characters', () => {
    expect(errorsOf({ name: '🏫🏫🏫🏫🏫', purposes: [], places: [] })).toEqual([]);
    expect(
      errorsOf({
        name: 'zesjes',
        purposes: ['vijfje'],
        places: [{ country: 'NLD', activity: '' }],
      }),
    ).toEqual([
      { field: 'input.name', key: 'field.maxLength', params: { max: 5 } },
      { field: 'input.purposes.0', key: 'field.maxLength', params: { max: 4 } },
      { field: 'input.places.0.country', key: 'field.maxLength', params: { max: 2 } },
    ]);
  });

  it('caps what declares nothing: strings, lists and plain objects alike', () => {
    expect(
      errorsOf({
        name: 'a',
        purposes: ['a', 'b', 'c', 'd'],
        places: [{ country: 'NL', activity: 'x'.repeat(DEFAULT_MAX_TEXT + 1) }],
      }),
    ).toEqual([
      { field: 'input.purposes', key: 'field.maxItems', params: { max: 3 } },
      {
        field: 'input.places.0.activity',
        key: 'field.maxLength',
        params: { max: DEFAULT_MAX_TEXT },
      },
    ]);
    expect(inputTextErrors('x'.repeat(DEFAULT_MAX_TEXT), 'id')).toEqual([]);
    expect(inputTextErrors(new Array(DEFAULT_MAX_ITEMS + 1).fill('a'), 'ids')).toEqual([
      { field: 'ids', key: 'field.maxItems', params: { max: DEFAULT_MAX_ITEMS } },
    ]);
    expect(inputTextErrors({ 'a\u0000': 'b', c: { d: '\udc00' } }, 'query')).toEqual([
      { field: 'query', key: 'field.nulCharacter' },
      { field: 'query.c.d', key: 'field.unpairedSurrogate' },
    ]);
  });

  it('leaves numbers, booleans, dates and null alone, and reports at most twenty fields', () => {
    expect(inputTextErrors({ n: 1, b: true, d: new Date(), z: null }, 'input')).toEqual([]);
    expect(inputTextErrors(new Array(500).fill('\u0000'), 'ids')).toHaveLength(20);
  });
});
