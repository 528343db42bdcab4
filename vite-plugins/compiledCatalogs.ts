import { readFile } from 'node:fs/promises';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const SUFFIX = '.json?messages';
// A virtual id that no longer ends in .json, so that Vite's JSON plugin leaves the compiled module alone.
const PREFIX = '\0messages:';
const VIRTUAL_SUFFIX = '.compiled.js';

/**
 * `import messages from './fr.json?messages'` gives Lingui's compiled messages for a catalog of ICU
 * strings, so the browser never ships a message parser (it would add 7 KiB gzip to every page).
 */
export function compiledCatalogs(): Plugin {
  return {
    name: 'compiled-catalogs',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -'?messages'.length), importer, { skipSelf: true });
      return resolved && PREFIX + resolved.id + VIRTUAL_SUFFIX;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -VIRTUAL_SUFFIX.length);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(compileCatalog(JSON.parse(await readFile(file, 'utf8')), file))};`;
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
