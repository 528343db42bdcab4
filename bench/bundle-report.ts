/**
 * `npm run bundle:report`: where the bytes of the production build go. Builds into a temporary
 * folder, then lists the files the first screen loads (from index.html) and the lazy chunks, and
 * for each JS file the packages and modules in it, largest first.
 *
 * Per-module sizes are the module's code as rendered into the chunk before minification; the
 * "≈ gzip" column shares the file's real gzip size out in proportion to them, which is an estimate.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { initialAssets } from '../tools/initialAssets.ts';

interface ChunkModules {
  readonly fileName: string;
  /** Rendered (pre-minification) length of each module, by module id. */
  readonly modules: ReadonlyMap<string, number>;
}

const TOP_MODULES = 12;

/** Records, for every JS chunk, which modules went into it and how long each one's code is. */
function recordModules(into: ChunkModules[]): Plugin {
  return {
    name: 'bundle-report:record-modules',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const modules = new Map(Object.entries(output.modules).map(([id, module]) => [id, module.renderedLength]));
        into.push({ fileName: output.fileName, modules });
      }
    },
  };
}

/** "react-dom", "@citation-js/core", or the app's own folder ("src/card"). */
export function ownerOf(moduleId: string): string {
  const id = moduleId.replace(/\\/g, '/').replace(/^\0/, '').split('?')[0] ?? moduleId;
  const inPackage = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (inPackage?.[1]) return inPackage[1];
  const inApp = /\/(src\/[^/]+|data)\//.exec(id);
  return inApp?.[1] ?? id.replace(`${process.cwd()}/`, '');
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

function fileTable(buildDir: string, files: readonly { file: string; kind: string }[]): string[] {
  const rows = files.map(({ file, kind }) => {
    const body = readFileSync(join(buildDir, file));
    return { file, kind, raw: body.length, gzip: gzipSync(body).length };
  });
  const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 });
  return [
    '| file | loaded as | raw KiB | gzip KiB |',
    '| --- | --- | ---: | ---: |',
    ...rows.map((row) => `| ${row.file} | ${row.kind} | ${kib(row.raw)} | ${kib(row.gzip)} |`),
    `| **total** | | ${kib(total.raw)} | **${kib(total.gzip)}** |`,
  ];
}

function chunkBreakdown(buildDir: string, chunk: ChunkModules): string[] {
  const gzip = gzipSync(readFileSync(join(buildDir, chunk.fileName))).length;
  const rendered = [...chunk.modules.values()].reduce((sum, length) => sum + length, 0);
  const byOwner = new Map<string, number>();
  for (const [id, length] of chunk.modules) byOwner.set(ownerOf(id), (byOwner.get(ownerOf(id)) ?? 0) + length);
  const share = (length: number) => (rendered > 0 ? length / rendered : 0);
  const owners = [...byOwner].sort((a, b) => b[1] - a[1]);
  const modules = [...chunk.modules].sort((a, b) => b[1] - a[1]).slice(0, TOP_MODULES);
  return [
    `**${chunk.fileName}** (${kib(gzip)} KiB gzip; ${chunk.modules.size} modules)`,
    '',
    '| package / app folder | rendered KiB | share | ≈ gzip KiB |',
    '| --- | ---: | ---: | ---: |',
    ...owners.map(
      ([owner, length]) =>
        `| ${owner} | ${kib(length)} | ${(share(length) * 100).toFixed(1)} % | ${kib(share(length) * gzip)} |`,
    ),
    '',
    `Largest modules: ${modules.map(([id, length]) => `${id.replace(/^.*node_modules\//, '').replace(process.cwd() + '/', '')} ${kib(length)}`).join('; ')}`,
  ];
}

async function main(): Promise<void> {
  const buildDir = mkdtempSync(join(tmpdir(), 'bundle-report-'));
  try {
    const chunks: ChunkModules[] = [];
    await build({
      mode: 'production',
      logLevel: 'silent',
      build: { outDir: buildDir, emptyOutDir: true },
      plugins: [recordModules(chunks)],
    });
    const initial = initialAssets(buildDir);
    const initialFiles = new Set(initial.map((asset) => asset.file));
    const lazy = chunks.filter((chunk) => !initialFiles.has(chunk.fileName));
    const lines = [
      '### Loaded by the first screen (index.html: scripts, stylesheets, modulepreloads)',
      '',
      ...fileTable(buildDir, initial),
      '',
      '### Loaded later (dynamic import)',
      '',
      ...(lazy.length > 0
        ? fileTable(
            buildDir,
            lazy.map((chunk) => ({ file: chunk.fileName, kind: 'import()' })),
          )
        : ['none']),
    ];
    for (const chunk of [...chunks.filter((chunk) => initialFiles.has(chunk.fileName)), ...lazy])
      lines.push('', ...chunkBreakdown(buildDir, chunk));
    console.log(lines.join('\n'));
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
