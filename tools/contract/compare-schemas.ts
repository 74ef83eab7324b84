// Compares the public contract (../shared/contract/schema.graphql) with the schema the API
// generates. What the API has not built yet is "missing", not wrong; what it has built must
// match the contract exactly, because a client written against the contract would break on
// any difference. Additions (types, fields, optional arguments, enum values) are free.
import {
  BreakingChangeType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLNamedType,
  GraphQLSchema,
  GraphQLType,
  astFromValue,
  buildSchema,
  findBreakingChanges,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isRequiredArgument,
  isRequiredInputField,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  print,
} from 'graphql';

export interface Mismatch {
  /** A schema coordinate: `Type`, `Type.field`, `Type.field(arg:)` or `Enum.VALUE`. */
  path: string;
  problem: string;
}

export interface ContractComparison {
  /** Contract fields (object, interface and input fields) that the generated schema has. */
  implemented: number;
  /** Every field of every object type, interface and input type in the contract. */
  total: number;
  mismatches: Mismatch[];
  /** Contract fields not in the generated schema yet, as `Type.field`. */
  missing: string[];
}

type AnyField = GraphQLField<unknown, unknown> | GraphQLInputField;

export function compareSchemas(contractSdl: string, generatedSdl: string): ContractComparison {
  const contract = build(contractSdl, 'contract');
  const generated = build(generatedSdl, 'generated schema');

  const result: ContractComparison = { implemented: 0, total: 0, mismatches: [], missing: [] };
  const mismatch = (path: string, problem: string) => result.mismatches.push({ path, problem });
  // Fields of the generated schema that exist and whose contract type names a custom scalar:
  // used to tell whether a missing scalar matters yet.
  const presentScalarUses = new Map<string, string[]>();
  const noteScalarUse = (type: GraphQLType, path: string) => {
    const named = getNamedType(type);
    if (isScalarType(named) && !isSpecifiedScalarType(named)) {
      presentScalarUses.set(named.name, [...(presentScalarUses.get(named.name) ?? []), path]);
    }
  };

  for (const contractType of contractTypes(contract)) {
    const name = contractType.name;
    const generatedType = generated.getType(name);
    const contractFields = fieldsOf(contractType);
    result.total += contractFields.length;

    if (!generatedType) {
      result.missing.push(...contractFields.map((field) => `${name}.${field.name}`));
      continue;
    }

    const sameKind = kindOf(contractType) === kindOf(generatedType);
    if (!sameKind) {
      mismatch(
        name,
        `${kindOf(contractType)} in the contract, ${kindOf(generatedType)} in the generated schema`,
      );
    }

    const generatedFields = new Map(fieldsOf(generatedType).map((field) => [field.name, field]));
    for (const contractField of contractFields) {
      const path = `${name}.${contractField.name}`;
      const generatedField = generatedFields.get(contractField.name);
      if (!generatedField) {
        result.missing.push(path);
        continue;
      }
      result.implemented += 1;
      noteScalarUse(contractField.type, path);
      // On a type of the wrong kind the field is reported once, as the type's mismatch.
      if (sameKind) compareField(path, contractField, generatedField, mismatch, noteScalarUse);
    }
    if (!sameKind) continue;

    if (isInputObjectType(contractType) && isInputObjectType(generatedType)) {
      const contractFieldNames = new Set(contractFields.map((field) => field.name));
      for (const field of Object.values(generatedType.getFields())) {
        if (!contractFieldNames.has(field.name) && isRequiredInputField(field)) {
          mismatch(`${name}.${field.name}`, 'required input field that the contract does not have');
        }
      }
    }

    if (isEnumType(contractType) && isEnumType(generatedType)) {
      const generatedValues = new Set(generatedType.getValues().map((value) => value.name));
      for (const value of contractType.getValues()) {
        if (!generatedValues.has(value.name)) {
          mismatch(`${name}.${value.name}`, 'enum value missing from the generated schema');
        }
      }
    }

    if (
      (isObjectType(contractType) || isInterfaceType(contractType)) &&
      (isObjectType(generatedType) || isInterfaceType(generatedType))
    ) {
      const generatedInterfaces = new Set(generatedType.getInterfaces().map((i) => i.name));
      for (const contractInterface of contractType.getInterfaces()) {
        if (!generatedInterfaces.has(contractInterface.name)) {
          mismatch(name, `does not implement ${contractInterface.name} in the generated schema`);
        }
      }
    }

    if (isUnionType(contractType) && isUnionType(generatedType)) {
      const generatedMembers = new Set(generatedType.getTypes().map((member) => member.name));
      for (const member of contractType.getTypes()) {
        if (!generatedMembers.has(member.name)) {
          mismatch(name, `union member ${member.name} missing from the generated schema`);
        }
      }
    }
  }

  // A scalar that is missing matters as soon as something that uses it is present: the field
  // then necessarily has another type (reported above), and clients parsing DateTime break.
  for (const contractType of contractTypes(contract)) {
    if (!isScalarType(contractType) || generated.getType(contractType.name)) continue;
    const uses = presentScalarUses.get(contractType.name);
    if (uses?.length) {
      const shown = uses.slice(0, 3).join(', ') + (uses.length > 3 ? ', …' : '');
      mismatch(
        contractType.name,
        `scalar missing from the generated schema, while fields that use it are present (${shown})`,
      );
    }
  }

  // Safety net for what the walk above does not look at (directives): graphql-js's own list of
  // breaking changes, minus removals, which are "missing" here, and what the walk already covers.
  const covered = new Set<string>([
    BreakingChangeType.TYPE_REMOVED,
    BreakingChangeType.FIELD_REMOVED,
    BreakingChangeType.TYPE_CHANGED_KIND,
    BreakingChangeType.TYPE_REMOVED_FROM_UNION,
    BreakingChangeType.VALUE_REMOVED_FROM_ENUM,
    BreakingChangeType.REQUIRED_INPUT_FIELD_ADDED,
    BreakingChangeType.IMPLEMENTED_INTERFACE_REMOVED,
    BreakingChangeType.FIELD_CHANGED_KIND,
    BreakingChangeType.REQUIRED_ARG_ADDED,
    BreakingChangeType.ARG_REMOVED,
    BreakingChangeType.ARG_CHANGED_KIND,
  ]);
  for (const change of findBreakingChanges(contract, generated)) {
    if (!covered.has(change.type)) mismatch('schema', change.description);
  }

  return result;
}

function compareField(
  path: string,
  contractField: AnyField,
  generatedField: AnyField,
  mismatch: (path: string, problem: string) => void,
  noteScalarUse: (type: GraphQLType, path: string) => void,
): void {
  const contractTypeName = String(contractField.type);
  const generatedTypeName = String(generatedField.type);
  if (contractTypeName !== generatedTypeName) {
    mismatch(path, typeProblem(contractTypeName, generatedTypeName));
  } else if ('defaultValue' in contractField && 'defaultValue' in generatedField) {
    // Input fields: a changed default changes what a client that leaves the field out gets.
    const problem = defaultProblem(contractField, generatedField);
    if (problem) mismatch(path, problem);
  }

  if (!('args' in contractField) || !('args' in generatedField)) return;
  const generatedArgs = new Map(generatedField.args.map((arg) => [arg.name, arg]));
  for (const contractArg of contractField.args) {
    const argPath = `${path}(${contractArg.name}:)`;
    const generatedArg = generatedArgs.get(contractArg.name);
    if (!generatedArg) {
      // Not counted as "missing": the field is there, and a client passing this argument
      // gets a validation error.
      mismatch(argPath, 'argument missing from the generated schema');
      continue;
    }
    noteScalarUse(contractArg.type, argPath);
    const contractArgType = String(contractArg.type);
    const generatedArgType = String(generatedArg.type);
    if (contractArgType !== generatedArgType) {
      mismatch(argPath, typeProblem(contractArgType, generatedArgType));
      continue;
    }
    const problem = defaultProblem(contractArg, generatedArg);
    if (problem) mismatch(argPath, problem);
  }
  const contractArgNames = new Set(contractField.args.map((arg) => arg.name));
  for (const arg of generatedField.args) {
    if (!contractArgNames.has(arg.name) && isRequiredArgument(arg)) {
      mismatch(`${path}(${arg.name}:)`, 'required argument that the contract does not have');
    }
  }
}

function typeProblem(contractType: string, generatedType: string): string {
  return `type ${contractType} in the contract, ${generatedType} in the generated schema`;
}

function defaultProblem(
  contractValue: GraphQLArgument | GraphQLInputField,
  generatedValue: GraphQLArgument | GraphQLInputField,
): string | undefined {
  const contractDefault = printDefault(contractValue);
  const generatedDefault = printDefault(generatedValue);
  if (contractDefault === generatedDefault) return undefined;
  const describe = (value: string | undefined) => (value === undefined ? 'no default' : value);
  return `default ${describe(contractDefault)} in the contract, ${describe(generatedDefault)} in the generated schema`;
}

/** The default value as printed GraphQL, normalised the way findBreakingChanges does it. */
function printDefault(value: GraphQLArgument | GraphQLInputField): string | undefined {
  if (value.defaultValue === undefined) return undefined;
  try {
    const ast = astFromValue(value.defaultValue, value.type);
    if (ast) return print(ast);
  } catch {
    // A custom scalar that cannot serialise its own default: fall back to the SDL text.
  }
  return value.astNode?.defaultValue
    ? print(value.astNode.defaultValue)
    : JSON.stringify(value.defaultValue);
}

function build(sdl: string, label: string): GraphQLSchema {
  try {
    return buildSchema(sdl);
  } catch (error) {
    throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function contractTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap()).filter(
    (type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type),
  );
}

function fieldsOf(type: GraphQLNamedType): AnyField[] {
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    return Object.values(type.getFields());
  }
  return [];
}

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return 'object type';
  if (isInterfaceType(type)) return 'interface';
  if (isInputObjectType(type)) return 'input type';
  if (isEnumType(type)) return 'enum';
  if (isUnionType(type)) return 'union';
  return 'scalar';
}
