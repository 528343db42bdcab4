import { readFileSync } from 'node:fs';
import { compileMessage, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';

/** The app's catalogs, and the editor's (`editor/`), which only the editor's chunk loads. */
const CATALOG_FOLDERS = ['src/i18n/catalogs', 'src/i18n/catalogs/editor'];

function catalog(language: string, folder: string): Record<string, string> {
  return JSON.parse(readFileSync(`${folder}/${language}.json`, 'utf8')) as Record<string, string>;
}

/** The names a message fills in: {shown}, {count, plural, …}, and those inside plural branches. */
function placeholders(message: CompiledMessage | undefined): string[] {
  // A plural's branches include `offset`, which is undefined when the message sets none.
  if (!Array.isArray(message)) return [];
  return message.flatMap((token) => {
    if (typeof token === 'string') return [];
    const [name, , branches] = token;
    // A plural's branches include its `offset`, undefined when the message sets none.
    const inner = Object.values(branches ?? {})
      .filter((branch) => branch !== undefined)
      .flatMap((branch) => placeholders(branch as CompiledMessage));
    return [name, ...inner];
  });
}

/**
 * Messages a language writes exactly as English does: symbols and units in every language, and words the
 * languages share ("Date", "Documents" and "Zoom" in French). Any other message equal to English was left
 * untranslated.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  all: [
    'about.panel.bibtex',
    'app.kilobytes',
    'app.megabytes',
    'editor.event.id',
    'editor.source.id',
    'editor.source.url',
    'editor.start.inFile',
    'embed.builder.pixels',
    'embed.builder.size',
    'ui.separator',
  ],
  fr: [
    'about.panel.licenceHeading',
    'editor.documents.legend',
    'editor.event.date',
    'editor.sources.heading',
    'timeline.zoom',
  ],
  es: ['timeline.zoom'],
};

describe.each(CATALOG_FOLDERS)('in %s', (folder) => {
  const english = catalog('en', folder);

  describe.each(LANGUAGES.filter((language) => language !== 'en'))('the %s catalog', (language) => {
    const translated = catalog(language, folder);

    it('has every message of the English catalog, and no other', () => {
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
    });

    it('translates every message, but for those the language writes as English does', () => {
      const allowed = new Set([...(SAME_AS_ENGLISH.all ?? []), ...(SAME_AS_ENGLISH[language] ?? [])]);
      const untranslated = Object.keys(english).filter((id) => translated[id] === english[id] && !allowed.has(id));
      expect(untranslated).toEqual([]);
    });

    it('fills in the same placeholders as English, in valid ICU syntax', () => {
      for (const [id, message] of Object.entries(english)) {
        const theirs = translated[id] ?? '';
        expect(theirs.trim(), id).not.toBe('');
        expect(new Set(placeholders(compileMessage(theirs))), id).toEqual(
          new Set(placeholders(compileMessage(message))),
        );
      }
    });
  });
});
