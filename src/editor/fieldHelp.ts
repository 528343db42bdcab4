import type { EditorMessageId, EditorT } from '../i18n/editorText.ts';

/**
 * The help under each field: the descriptions of the JSON Schema (made from the zod schema), so the
 * editor, the schema file and editors that read it say the same thing. The editor's catalogs hold
 * them per field, in each language; a unit test keeps the English ones equal to the schema's.
 */
export type HelpPath = readonly ('events' | 'sources' | 'citations' | 'documents' | 'actors' | (string & {}))[];

/** The message of each field's help, by the names of the lists and fields leading to it. */
export const HELP_MESSAGES: Readonly<Record<string, EditorMessageId>> = {
  title: 'editor.help.title',
  description: 'editor.help.description',
  updated: 'editor.help.updated',
  license: 'editor.help.license',
  'events.id': 'editor.help.event.id',
  'events.date': 'editor.help.event.date',
  'events.end': 'editor.help.event.end',
  'events.title': 'editor.help.event.title',
  'events.summary': 'editor.help.event.summary',
  'events.track': 'editor.help.event.track',
  'events.actors': 'editor.help.event.actors',
  'events.citations': 'editor.help.event.citations',
  'events.documents': 'editor.help.event.documents',
  'events.citations.source': 'editor.help.citation.source',
  'events.citations.quote': 'editor.help.citation.quote',
  'events.documents.symbol': 'editor.help.document.symbol',
  'events.documents.url': 'editor.help.document.url',
  'events.documents.date': 'editor.help.document.date',
  'sources.id': 'editor.help.source.id',
  'sources.publisher': 'editor.help.source.publisher',
  'sources.published': 'editor.help.source.published',
  'sources.title': 'editor.help.source.title',
  'sources.description': 'editor.help.source.description',
  'sources.url': 'editor.help.source.url',
};

/** The help of a field in the editor's language: `fieldHelp(t, ['events', 'date'])`. */
export function fieldHelp(t: EditorT, path: HelpPath): string {
  const id = HELP_MESSAGES[path.join('.')];
  return id === undefined ? '' : t(id);
}
