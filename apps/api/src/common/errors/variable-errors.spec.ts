import { variableErrorFields } from './variable-errors';

describe('variableErrorFields', () => {
  it('names the list item holding an unknown enum value', () => {
    expect(
      variableErrorFields(
        'Variable "$input" got invalid value "GENES" at "input.dataCategories[1]"; Value "GENES" does not exist in "PersonalDataCategory" enum.',
      ),
    ).toEqual([{ field: 'input.dataCategories.1', key: 'field.unknownValue' }]);
  });

  it('names a required field that is missing inside an input object', () => {
    expect(
      variableErrorFields(
        'Variable "$input" got invalid value { name: "x" } at "input.subprocessors[0]"; Field "country" of required type "String!" was not provided.',
      ),
    ).toEqual([{ field: 'input.subprocessors.0.country', key: 'field.required' }]);
  });

  it('names a field the input type does not have, and a missing variable', () => {
    expect(
      variableErrorFields(
        'Variable "$input" got invalid value { colour: 1 }; Field "colour" is not defined by type "LeafletInput".',
      ),
    ).toEqual([{ field: 'input.colour', key: 'field.invalid' }]);
    expect(
      variableErrorFields('Variable "$input" of required type "LeafletInput!" was not provided.'),
    ).toEqual([{ field: 'input', key: 'field.required' }]);
  });

  it('names a number that is not a whole number', () => {
    expect(
      variableErrorFields(
        'Variable "$input" got invalid value 1.5 at "input.breachNotificationHours"; Int cannot represent non-integer value: 1.5',
      ),
    ).toEqual([{ field: 'input.breachNotificationHours', key: 'field.integer' }]);
  });

  it('leaves other errors alone', () => {
    expect(variableErrorFields('Syntax Error: Unexpected Name "x".')).toEqual([]);
  });
});
