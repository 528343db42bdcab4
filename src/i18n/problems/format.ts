/** What every language's problem catalog needs from Intl: numbers, plurals and lists, in the language's own way. */

/** The plural forms of a phrase; `#` stands for the number. Languages use only the forms they have. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

export interface Formatting {
  /** A number with the language's digits and grouping: "1 234" in French, "1234" in Arabic with Western digits. */
  readonly count: (n: number) => string;
  /** The form of a phrase for `n`, with `#` replaced by the number. */
  readonly plural: (n: number, forms: PluralForms) => string;
  /** Megabytes with one decimal: "2,5 Mo". */
  readonly megabytes: (bytes: number, unit: string) => string;
  /** "a, b or c", as the language joins alternatives. */
  readonly oneOf: (items: readonly string[]) => string;
}

export function formatting(locale: string): Formatting {
  const numbers = new Intl.NumberFormat(locale);
  const decimals = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const plurals = new Intl.PluralRules(locale);
  const alternatives = new Intl.ListFormat(locale, { type: 'disjunction' });
  const count = (n: number) => numbers.format(n);
  return {
    count,
    plural: (n, forms) => (forms[plurals.select(n)] ?? forms.other).replace('#', count(n)),
    megabytes: (bytes, unit) => `${decimals.format(bytes / (1024 * 1024))}\u00A0${unit}`,
    oneOf: (items) => alternatives.format(items),
  };
}

/**
 * French typography for the catalog's own words: a no-break space before ; : ? ! » and after «. A tag, so
 * that only the fixed text is changed and data text put in its placeholders stays exactly as written.
 */
export function frenchSpacing(strings: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  return strings.reduce((text, part, index) => {
    const spaced = part.replace(/ ([;:?!»])/g, '\u00A0$1').replace(/« /g, '«\u00A0');
    return text + spaced + (index < values.length ? String(values[index]) : '');
  }, '');
}

/** Right-to-left text keeps a piece of left-to-right data (an id, a field name) in order: a first-strong isolate. */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}
