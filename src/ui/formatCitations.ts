// Loaded only when a reader asks for a citation: citeproc is larger than the rest of the card.
import '@citation-js/plugin-csl';
import { Cite, plugins, type CslData } from '@citation-js/core';
import chicagoStyle from '@citation/csl-style-chicago-note-bibliography/info.json';
import type { Source, UnDocument } from '../events/model.ts';
import { documentIssuer, type Citable } from './citation.ts';

export interface FormattedCitations {
  /** APA 7th edition reference-list entry. */
  readonly apa: string;
  /** Chicago 17th edition, notes and bibliography: the bibliography entry. */
  readonly chicago: string;
}

const CHICAGO = 'chicago-note-bibliography';

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

/** A UN document by its symbol, issued by the organ its symbol names, dated only when the record gives a date. */
export function documentToCsl(document: UnDocument): CslData {
  return {
    id: document.symbol,
    type: 'document',
    author: [{ literal: documentIssuer(document.symbol) }],
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
 * (we record none), citeproc leaves a bare "Retrieved" before the address, which says nothing.
 */
function withoutEmptyRetrieved(entry: string): string {
  return entry.replace(/Retrieved (https?:\/\/)/, '$1');
}

export function formatCitations(item: Citable): FormattedCitations {
  return formatCsl(isDocument(item) ? documentToCsl(item) : toCsl(item));
}

/** APA and Chicago entries for any one CSL-JSON record (the timeline itself, in "About this timeline"). */
export function formatCsl(record: CslData): FormattedCitations {
  const styles = plugins.config.get('@csl').styles;
  if (!styles.has(CHICAGO)) styles.add(CHICAGO, chicagoStyle.content);
  const cite = new Cite(record);
  const entry = (template: string) => cite.format('bibliography', { format: 'text', template, lang: 'en-US' }).trim();
  return { apa: withoutEmptyRetrieved(entry('apa')), chicago: entry(CHICAGO) };
}
