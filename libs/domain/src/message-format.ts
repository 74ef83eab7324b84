// ICU MessageFormat for every text of Regie: the API's catalogue (messages.ts) and the admin's
// (apps/admin/src/i18n.ts) both format through this one function, so a plural, a select or an
// escaped brace means the same on either side. The engine is FormatJS's intl-messageformat;
// plural categories come from the platform's Intl.PluralRules (CLDR).
import { IntlMessageFormat } from 'intl-messageformat';

/** The values a text's arguments take: words and numbers, never markup. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** The language tag numbers and plurals are formatted in (see apps/admin/src/i18n.ts). */
export function intlLocaleOf(language: 'nl' | 'en'): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

/**
 * A formatter that compiles each (language, key) once and keeps it: the catalogues are fixed
 * at build time, so the cache is bounded by their size. A bad ICU string throws on first use,
 * and so does a missing argument (intl-messageformat's MISSING_VALUE): a text never goes out
 * with a hole or a raw `{name}` in it. The catalogue specs compile every text up front.
 */
export function createMessageFormatter() {
  // The source is kept beside its compilation: the admin registers an area's texts after
  // start-up, so a key's source can change (in tests, mostly); a stale one is then replaced.
  const compiled = new Map<string, { source: string; text: IntlMessageFormat }>();
  return function format(
    language: 'nl' | 'en',
    key: string,
    source: string,
    values: MessageValues = {},
  ): string {
    const cacheKey = `${language}\u0000${key}`;
    let entry = compiled.get(cacheKey);
    if (entry?.source !== source) {
      entry = { source, text: compileMessage(language, source) };
      compiled.set(cacheKey, entry);
    }
    const out = entry.text.format<string>(values);
    return Array.isArray(out) ? out.join('') : String(out);
  };
}

/**
 * Compiles one ICU text. Tags are plain text (`ignoreTag`): the texts are never HTML, and a `<`
 * in a sentence ("< 1000 leerlingen") must not be parsed as markup.
 */
export function compileMessage(language: 'nl' | 'en', source: string): IntlMessageFormat {
  return new IntlMessageFormat(source, intlLocaleOf(language), undefined, { ignoreTag: true });
}

// The parts of intl-messageformat's AST (@formatjs/icu-messageformat-parser) that name arguments.
interface AstElement {
  readonly type: number;
  readonly value?: unknown;
  readonly options?: Readonly<Record<string, { readonly value: readonly AstElement[] }>>;
  readonly children?: readonly AstElement[];
}
const ARGUMENT_KINDS: Readonly<Record<number, string>> = {
  1: 'argument',
  2: 'number',
  3: 'date',
  4: 'time',
  5: 'select',
  6: 'plural',
};

/**
 * The arguments a text takes, name → kind (`argument`, `number`, `plural`, `select`, …): the
 * catalogue specs check that both languages of a text take the same ones.
 */
export function messageArguments(language: 'nl' | 'en', source: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (elements: readonly AstElement[]) => {
    for (const element of elements) {
      const kind = ARGUMENT_KINDS[element.type];
      if (kind && typeof element.value === 'string') found[element.value] = kind;
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(compileMessage(language, source).getAst() as readonly AstElement[]);
  return found;
}
