/** The numbers, plurals and lists of the validator's messages in one language, from the platform's Intl. */

/** The phrase's form for `n`; `#` stands for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

export interface ProblemFormats {
  readonly count: (n: number) => string;
  readonly plural: (n: number, forms: PluralForms) => string;
  /** A size in MiB with one decimal, and the language's unit. */
  readonly megabytes: (bytes: number, unit: string) => string;
  /** "a, b or c", as the language joins alternatives. */
  readonly oneOf: (items: readonly string[]) => string;
}

export function problemFormats(locale: string): ProblemFormats {
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
