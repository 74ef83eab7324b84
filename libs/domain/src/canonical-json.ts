// Canonical JSON: what is hashed where a hash must not depend on key order (the
// audit chain, agreement and deal signatures). Shared, so that one rule holds.

function canonical(value: unknown, inArray: boolean): string | undefined {
  if (value === null) return 'null';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'null';
    return JSON.stringify(value.toISOString());
  }
  if (typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return canonical((value as { toJSON(): unknown }).toJSON(), inArray);
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      // As JSON.stringify: NaN and ±Infinity have no JSON form.
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'bigint':
      throw new TypeError('canonicalJson: a bigint has no JSON form; pass it as a string');
    case 'undefined':
    case 'function':
    case 'symbol':
      // Dropped from objects, null in arrays: what JSON.stringify and jsonb do.
      return inArray ? 'null' : undefined;
    default:
      break;
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => canonical(v, true) as string).join(',')}]`;
  }
  const object = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(object).sort()) {
    const member = canonical(object[key], false);
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
  }
  return `{${members.join(',')}}`;
}

/**
 * JSON with every object's keys sorted (by UTF-16 code unit, recursively) and no
 * whitespace; Dates as ISO 8601 strings. Otherwise JSON.stringify's rules: an
 * undefined member is left out, an undefined array element is null. Undefined at
 * the top is null, so that every value has a form.
 */
export function canonicalJson(value: unknown): string {
  return canonical(value, true) ?? 'null';
}
