import { readFile } from 'node:fs/promises';
import { basename, extname, sep } from 'node:path';
import type { Plugin } from 'vite';

// `axisLabels.copy-fr.ts`: French's copy of `axisLabels.ts`, beside it, so that its own imports resolve as the original's.
const COPY = /\.copy-([a-z]+)\.ts$/;

export interface CopiedIntoEachPackOptions {
  /** The folder of modules shared in source, but copied into each pack that imports them (absolute path). */
  readonly folder: string;
  /** The packs, by their modules' base name: `packs/fr.ts`, and modules of their own such as `problems/fr.ts`. */
  readonly packs: readonly string[];
}

/** The pack a module belongs to: its copy's tag, or its base name when that names a pack. */
function packOf(id: string, packs: readonly string[]): string | undefined {
  const copy = COPY.exec(id)?.[1];
  if (copy) return copy;
  const name = basename(id, extname(id));
  return packs.includes(name) ? name : undefined;
}

/**
 * A module that several lazily loaded packs import goes, in a bundler's hands, into a chunk of its own that
 * each of them then fetches: a second request per language. This gives each pack its own copy instead,
 * so a language other than English is one request (issue 12). Only the build needs it: there are no
 * chunks in the dev server or in tests.
 */
export function copiedIntoEachPack({ folder, packs }: CopiedIntoEachPackOptions): Plugin {
  const inFolder = (id: string) => id.startsWith(folder + sep) && !COPY.test(id);
  return {
    name: 'copied-into-each-pack',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const pack = importer && packOf(importer, packs);
      if (!pack) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !inFolder(resolved.id)) return null;
      return resolved.id.replace(/\.ts$/, `.copy-${pack}.ts`);
    },
    async load(id) {
      if (!COPY.test(id) || !id.startsWith(folder + sep)) return null;
      const original = id.replace(COPY, '.ts');
      this.addWatchFile(original);
      return readFile(original, 'utf8');
    },
  };
}
