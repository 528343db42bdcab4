import type { CslData } from '@citation-js/core';
import type { TimelineReference } from './citeTimeline.ts';

// Loaded with the About panel's content, not with the first screen.

/** The timeline as a web page in CSL-JSON: no author is known, so the styles start with the title. */
export function timelineCsl(reference: TimelineReference): CslData {
  return {
    id: 'timeline',
    type: 'webpage',
    title: reference.title,
    URL: reference.url,
    ...(reference.updated && { issued: { 'date-parts': [reference.updated.split('-').map(Number)] } }),
  };
}

// Characters that mean something to TeX, escaped so that titles like "A & B: 50% of #1" survive.
const TEX_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

function texText(value: string): string {
  return value.replace(/[\\{}&%$#_~^]/g, (character) => TEX_SPECIALS[character] ?? character).replace(/–/g, '--');
}

/** A key made of the title's first words and the year: "unIctSecurityDiplomacy2026". */
function bibtexKey(reference: TimelineReference): string {
  const words = reference.title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .slice(0, 3);
  const camel = words.map((word, index) =>
    index === 0 ? word.toLowerCase() : `${word.charAt(0).toUpperCase()}${word.slice(1)}`,
  );
  return `${camel.join('') || 'timeline'}${reference.updated?.slice(0, 4) ?? ''}`;
}

/**
 * A BibTeX @misc entry (biblatex reads it too). The title is double-braced so that styles keep its
 * capitals; the URL goes in as it is, since the url field is read verbatim.
 */
export function timelineBibtex(reference: TimelineReference): string {
  const dated: (readonly [string, string])[] = reference.updated
    ? [
        ['year', reference.updated.slice(0, 4)],
        ['note', `Data updated ${reference.updated}`],
      ]
    : [];
  const fields: (readonly [string, string])[] = [
    ['title', `{${texText(reference.title)}}`],
    ...dated,
    ['howpublished', `\\url{${reference.url}}`],
    ['url', reference.url],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${bibtexKey(reference)},\n${body}\n}`;
}
