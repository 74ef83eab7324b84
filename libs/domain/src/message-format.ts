// ICU MessageFormat for every text of Regie: the API's catalogue (messages.ts) and the admin's
// (apps/admin/src/i18n.ts) both format through this one function, so a plural, a select or an
// escaped brace means the same on either side. The engine is FormatJS's intl-messageformat;
// plural categories come from the platform's Intl.PluralRules (CLDR). Dates and lists are
// formatted here too, in the Netherlands' time zone, for the admin and the API's e-mails alike.
import { IntlMessageFormat } from 'intl-messageformat';

/** The values a text's arguments take: words and numbers, never markup. */
export type MessageValues = Readonly<Record<string, string | number>>;

export type Language = 'nl' | 'en';

/**
 * The language tag dates, numbers and plurals are formatted in: British English has the
 * day-month order and 24-hour clock a Dutch reader of English expects.
 */
export function intlLocaleOf(language: Language): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

// The parts of intl-messageformat's AST (@formatjs/icu-messageformat-parser) this file reads.
interface AstElement {
  readonly type: number;
  readonly value?: unknown;
  readonly options?: Readonly<Record<string, { readonly value: readonly AstElement[] }>>;
  readonly children?: readonly AstElement[];
}
const LITERAL = 0;
const ARGUMENT = 1;
const ARGUMENT_KINDS: Readonly<Record<number, string>> = {
  1: 'argument',
  2: 'number',
  3: 'date',
  4: 'time',
  5: 'select',
  6: 'plural',
};
/** Argument kinds whose value must be a number (a string such as "1.234" plurals wrongly). */
const NUMERIC_KINDS = new Set(['number', 'plural']);

/**
 * The name under which a `{name}` that ends a sentence ("… van {vendor}.") gets its value: the
 * value without its own final period, so that "Leerwijs B.V." closes the sentence once.
 */
const sentenceEnd = (name: string) => `${name} (before a period)`;

interface Compiled {
  readonly source: string;
  readonly text: IntlMessageFormat;
  /** Every argument the text takes, name → kind. */
  readonly args: Readonly<Record<string, string>>;
  /** Arguments that stand right before a period somewhere in the text. */
  readonly beforePeriod: readonly string[];
}

/**
 * A formatter that compiles each (language, key) once and keeps it: the catalogues are fixed at
 * build time, so the cache is bounded by their size. A bad ICU string throws on first use, and
 * so does a missing argument or a plural given a string: a text never goes out with a hole, a
 * raw `{name}` or the wrong plural in it. The catalogue specs compile every text up front.
 */
export function createMessageFormatter() {
  // The source is kept beside its compilation: the admin registers an area's texts after
  // start-up, so a key's source can change (in tests, mostly); a stale one is then replaced.
  const compiled = new Map<string, Compiled>();
  return function format(
    language: Language,
    key: string,
    source: string,
    values: MessageValues = {},
  ): string {
    const cacheKey = `${language}\u0000${key}`;
    let entry = compiled.get(cacheKey);
    if (entry?.source !== source) {
      entry = compile(language, source);
      compiled.set(cacheKey, entry);
    }
    for (const [name, kind] of Object.entries(entry.args)) {
      const value = values[name];
      if (value === undefined)
        throw new TypeError(`The text "${key}" (${language}) needs the argument "${name}".`);
      if (kind.split('+').some((k) => NUMERIC_KINDS.has(k)) && typeof value !== 'number')
        throw new TypeError(
          `The text "${key}" (${language}) needs a number for "${name}" (${kind}), not "${value}".`,
        );
    }
    const all: Record<string, string | number> = { ...values };
    for (const name of entry.beforePeriod) {
      const value = values[name];
      all[sentenceEnd(name)] = typeof value === 'string' ? value.replace(/\.$/, '') : value;
    }
    const out = entry.text.format<string>(all);
    return Array.isArray(out) ? out.join('') : String(out);
  };
}

/**
 * Compiles one ICU text. Tags are plain text (`ignoreTag`): the texts are never HTML, and a `<`
 * in a sentence ("< 1000 leerlingen") must not be parsed as markup.
 */
export function compileMessage(language: Language, source: string): IntlMessageFormat {
  return new IntlMessageFormat(source, intlLocaleOf(language), undefined, { ignoreTag: true });
}

function compile(language: Language, source: string): Compiled {
  const ast = compileMessage(language, source).getAst() as readonly AstElement[];
  const beforePeriod = new Set<string>();
  const rewritten = markSentenceEnds(ast, beforePeriod);
  const text = new IntlMessageFormat(
    rewritten as ReturnType<IntlMessageFormat['getAst']>,
    intlLocaleOf(language),
    undefined,
    { ignoreTag: true },
  );
  return { source, text, args: argumentsOf(ast), beforePeriod: [...beforePeriod] };
}

/** A copy of `elements` in which each `{name}` followed by "." reads `sentenceEnd(name)`. */
function markSentenceEnds(
  elements: readonly AstElement[],
  names: Set<string>,
): readonly AstElement[] {
  return elements.map((element, i) => {
    const next = elements[i + 1];
    if (
      element.type === ARGUMENT &&
      typeof element.value === 'string' &&
      next?.type === LITERAL &&
      typeof next.value === 'string' &&
      next.value.startsWith('.')
    ) {
      names.add(element.value);
      return { ...element, value: sentenceEnd(element.value) };
    }
    if (!element.options) return element;
    const options = Object.fromEntries(
      Object.entries(element.options).map(([k, option]) => [
        k,
        { ...option, value: markSentenceEnds(option.value, names) },
      ]),
    );
    return { ...element, options };
  });
}

/** name → the kinds it is used as, sorted and joined: "number+plural" for `{n, number} … {n, plural, …}`. */
function argumentsOf(elements: readonly AstElement[]): Record<string, string> {
  const found: Record<string, Set<string>> = {};
  const walk = (list: readonly AstElement[]) => {
    for (const element of list) {
      const kind = ARGUMENT_KINDS[element.type];
      if (kind && typeof element.value === 'string') (found[element.value] ??= new Set()).add(kind);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(elements);
  return Object.fromEntries(
    Object.entries(found).map(([name, kinds]) => [name, [...kinds].sort().join('+')]),
  );
}

/**
 * The arguments a text takes, name → kind (`argument`, `number`, `plural`, `select`, …): the
 * catalogue specs check that both languages of a text take the same ones.
 */
export function messageArguments(language: Language, source: string): Record<string, string> {
  return argumentsOf(compileMessage(language, source).getAst() as readonly AstElement[]);
}

// Calendar dates and instants are shown in the Netherlands' time zone, whatever the machine's.
const timeZone = 'Europe/Amsterdam';

/** "22 november 2026" / "22 November 2026". */
export function formatDateIn(language: Language, value: Date | string): string {
  return new Intl.DateTimeFormat(intlLocaleOf(language), { dateStyle: 'long', timeZone }).format(
    new Date(value),
  );
}

/** "22 november 2026 om 10:30": minutes, never seconds (a deadline is not kept to the second). */
export function formatDateTimeIn(language: Language, value: Date | string): string {
  return new Intl.DateTimeFormat(intlLocaleOf(language), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(value));
}

/** A list joined the way the language does: "a, b en c" / "a, b and c". */
export function formatListIn(language: Language, values: readonly string[]): string {
  return new Intl.ListFormat(intlLocaleOf(language), { style: 'long', type: 'conjunction' }).format(
    values,
  );
}

/** A country by its name in the language, from its ISO 3166-1 code: "US" → "Verenigde Staten". */
export function formatCountryIn(language: Language, code: string): string {
  return new Intl.DisplayNames([intlLocaleOf(language)], { type: 'region' }).of(code) ?? code;
}
