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

describe.each(CATALOG_FOLDERS)('in %s', (folder) => {
  const english = catalog('en', folder);

  describe.each(LANGUAGES.filter((language) => language !== 'en'))('the %s catalog', (language) => {
    const translated = catalog(language, folder);

    it('has every message of the English catalog, and no other', () => {
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
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
