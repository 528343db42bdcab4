// Loaded only when a reader asks for a citation: citeproc is larger than the rest of the card.
import '@citation-js/plugin-csl';
import { Cite, plugins, type CslData } from '@citation-js/core';
import chicagoStyle from '@citation/csl-style-chicago-note-bibliography/info.json';
import type { Source, UnDocument } from '../events/model.ts';
import type { Language } from '../i18n/languages.ts';
import type { Citable } from './citation.ts';

export interface FormattedCitations {
  /** APA 7th edition reference-list entry. */
  readonly apa: string;
  /** Chicago 17th edition, notes and bibliography: the bibliography entry. */
  readonly chicago: string;
}

const CHICAGO = 'chicago-note-bibliography';

type CslLocale = 'en-US' | 'fr-FR' | 'es-ES';

/**
 * The CSL locale for each language, where @citation-js/plugin-csl bundles one (en-US, fr-FR, es-ES,
 * with nl-NL and de-DE). Russian, Chinese and Arabic CSL locales are not bundled: adding them would
 * grow this chunk for everyone, so their readers get the entries in English, the styles' own language.
 */
const CSL_LOCALES: Readonly<Record<Language, CslLocale>> = {
  en: 'en-US',
  fr: 'fr-FR',
  es: 'es-ES',
  ru: 'en-US',
  zh: 'en-US',
  ar: 'en-US',
};

/** `2020-09-30` → [2020, 9, 30]; a year or month alone stays as precise as it was written. */
function dateParts(iso: string): number[] {
  return iso.split('-').map(Number);
}

/**
 * The source as CSL-JSON: only what the record says. A news article without a known headline gets
 * no title rather than an invented one; its description goes in CSL's `genre`, which APA puts in
 * square brackets where the title would be and Chicago writes as a plain phrase, never as a headline.
 */
export function toCsl(source: Source): CslData {
  return {
    id: source.id,
    type: 'article-newspaper',
    'container-title': source.publisher,
    // Without a date the styles print "n.d." rather than a guessed year.
    ...(source.published && { issued: { 'date-parts': [dateParts(source.published.iso)] } }),
    ...(source.title && { title: source.title }),
    ...(!source.title && source.description && { genre: source.description }),
    ...(source.url && { URL: source.url }),
  };
}

const ORGANS = ['A', 'S', 'E'] as const;

// The first part of a UN symbol names the body that issued the document; the UN's own names in each locale.
const ISSUERS: Readonly<Record<CslLocale, Readonly<Record<(typeof ORGANS)[number] | 'UN', string>>>> = {
  'en-US': {
    A: 'United Nations General Assembly',
    S: 'United Nations Security Council',
    E: 'United Nations Economic and Social Council',
    UN: 'United Nations',
  },
  'fr-FR': {
    A: 'Assemblée générale des Nations Unies',
    S: 'Conseil de sécurité des Nations Unies',
    E: 'Conseil économique et social des Nations Unies',
    UN: 'Organisation des Nations Unies',
  },
  'es-ES': {
    A: 'Asamblea General de las Naciones Unidas',
    S: 'Consejo de Seguridad de las Naciones Unidas',
    E: 'Consejo Económico y Social de las Naciones Unidas',
    UN: 'Naciones Unidas',
  },
};

/**
 * "A/RES/53/70" → United Nations General Assembly. Symbols of other series (press releases such as
 * GA/DIS/3122, Secretariat documents) are credited to the United Nations as a whole.
 */
export function documentIssuer(symbol: string, locale: CslLocale = 'en-US'): string {
  const organ = ORGANS.find((prefix) => symbol.startsWith(`${prefix}/`)) ?? 'UN';
  return ISSUERS[locale][organ];
}

/** A UN document by its symbol, issued by the organ its symbol names, dated only when the record gives a date. */
export function documentToCsl(document: UnDocument, locale: CslLocale = 'en-US'): CslData {
  return {
    id: document.symbol,
    type: 'document',
    author: [{ literal: documentIssuer(document.symbol, locale) }],
    title: document.symbol,
    ...(document.date && { issued: { 'date-parts': [dateParts(document.date)] } }),
    URL: document.url,
  };
}

function isDocument(item: Citable): item is UnDocument {
  return 'symbol' in item;
}

/**
 * APA's style writes "Retrieved <date>, from <URL>" for undated works; with no retrieval date to give
 * (we record none), citeproc leaves a bare "Retrieved" (« Consulté », "Recuperado") before the address,
 * which says nothing.
 */
function withoutEmptyRetrieved(entry: string): string {
  return entry.replace(/(?:Retrieved|Consulté|Recuperado) (https?:\/\/)/, '$1');
}

/** APA and Chicago entries for a source or UN document, in the reader's language where citeproc has its locale. */
export function formatCitations(item: Citable, language: Language = 'en'): FormattedCitations {
  const record = isDocument(item) ? documentToCsl(item, CSL_LOCALES[language]) : toCsl(item);
  return formatCsl(record, language);
}

/** APA and Chicago entries for any one CSL-JSON record (the timeline itself, in "About this timeline"). */
export function formatCsl(record: CslData, language: Language = 'en'): FormattedCitations {
  const styles = plugins.config.get('@csl').styles;
  if (!styles.has(CHICAGO)) styles.add(CHICAGO, chicagoStyle.content);
  const cite = new Cite(record);
  const lang = CSL_LOCALES[language];
  const entry = (template: string) => cite.format('bibliography', { format: 'text', template, lang }).trim();
  return { apa: withoutEmptyRetrieved(entry('apa')), chicago: entry(CHICAGO) };
}
