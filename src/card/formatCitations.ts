// Loaded only when a reader asks for a citation: citeproc is larger than the rest of the card.
import '@citation-js/plugin-csl';
import { Cite, plugins, type CslData } from '@citation-js/core';
import chicagoStyle from '@citation/csl-style-chicago-note-bibliography/info.json';
import type { CalendarDate } from '../events/calendarDate.ts';
import type { Source } from '../events/model.ts';

export interface FormattedCitations {
  /** APA 7th edition reference-list entry. */
  readonly apa: string;
  /** Chicago 17th edition, notes and bibliography: the bibliography entry. */
  readonly chicago: string;
}

const CHICAGO = 'chicago-note-bibliography';

/** `2020-09-30` → [2020, 9, 30]; a year or month alone stays as precise as it was written. */
function dateParts(date: CalendarDate): number[] {
  return date.iso.split('-').map(Number);
}

/**
 * The source as CSL-JSON: only what the record says. A news article without a known headline gets
 * no title rather than an invented one.
 */
export function toCsl(source: Source): CslData {
  return {
    id: source.id,
    type: 'article-newspaper',
    'container-title': source.publisher,
    // Without a date the styles print "n.d." rather than a guessed year.
    ...(source.published && { issued: { 'date-parts': [dateParts(source.published)] } }),
    ...(source.title && { title: source.title }),
    ...(source.url && { URL: source.url }),
  };
}

export function formatCitations(source: Source): FormattedCitations {
  const styles = plugins.config.get('@csl').styles;
  if (!styles.has(CHICAGO)) styles.add(CHICAGO, chicagoStyle.content);
  const cite = new Cite(toCsl(source));
  const entry = (template: string) => cite.format('bibliography', { format: 'text', template, lang: 'en-US' }).trim();
  return { apa: entry('apa'), chicago: entry(CHICAGO) };
}
