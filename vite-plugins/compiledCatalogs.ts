import { readFile } from 'node:fs/promises';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

// `fr.json?messages` (the whole catalog) or `en.json?messages=embed` (one part of it, see PARTS).
const SPECIFIER = /\.json\?messages(?:=([a-z-]+))?$/;
// A virtual id that no longer ends in .json, so that Vite's JSON plugin leaves the compiled module alone.
const PREFIX = '\0messages:';
const VIRTUAL_SUFFIX = '.compiled.js';

/**
 * Parts of the English catalog that load with their own chunk (the embed builder, the About panel's text,
 * the error panel) instead of with the first screen; `first-screen` is everything else. Other languages
 * load whole.
 */
const LATER_PARTS: Readonly<Record<string, string>> = {
  embed: 'embed.builder.',
  about: 'about.panel.',
  'error-panel': 'errorPanel.',
};

function inPart(id: string, part: string | undefined): boolean {
  if (part === undefined) return true;
  if (part === 'first-screen') return !Object.values(LATER_PARTS).some((prefix) => id.startsWith(prefix));
  const prefix = LATER_PARTS[part];
  if (prefix === undefined) throw new Error(`unknown catalog part "${part}"`);
  return id.startsWith(prefix);
}

/**
 * `import messages from './fr.json?messages'` gives Lingui's compiled messages for a catalog of ICU
 * strings, so the browser never ships a message parser (it would add 7 KiB gzip to every page).
 */
export function compiledCatalogs(): Plugin {
  return {
    name: 'compiled-catalogs',
    enforce: 'pre',
    async resolveId(source, importer) {
      const match = SPECIFIER.exec(source);
      if (!match) return null;
      const file = source.slice(0, source.indexOf('?'));
      const resolved = await this.resolve(file, importer, { skipSelf: true });
      return resolved && `${PREFIX}${resolved.id}${match[1] ? `=${match[1]}` : ''}${VIRTUAL_SUFFIX}`;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [file = '', part] = id.slice(PREFIX.length, -VIRTUAL_SUFFIX.length).split('=');
      this.addWatchFile(file);
      const catalog = compileCatalog(JSON.parse(await readFile(file, 'utf8')), file);
      const chosen = Object.fromEntries(Object.entries(catalog).filter(([messageId]) => inPart(messageId, part)));
      return `export default ${JSON.stringify(chosen)};`;
    },
  };
}

function compileCatalog(catalog: unknown, file: string): Record<string, unknown> {
  if (typeof catalog !== 'object' || catalog === null || Array.isArray(catalog))
    throw new Error(`${file}: expected an object of message ids and ICU messages`);
  return Object.fromEntries(
    Object.entries(catalog).map(([id, message]) => {
      if (typeof message !== 'string') throw new Error(`${file}: message "${id}" is not a string`);
      return [id, compileMessage(message)];
    }),
  );
}
