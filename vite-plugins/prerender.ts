import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, minifySync, type Alias, type Plugin } from 'vite';
import { NARROW_SCREEN, OTHER_VIEW_FIRST_SCREEN_CLASS, STALE_FIRST_SCREEN_CLASS } from '../src/app/firstScreen.ts';
import { LANGUAGES } from '../src/i18n/languages.ts';
import { compiledCatalogs } from './compiledCatalogs.ts';

const SERVER_MODULE = 'src/app/renderFirstScreen.tsx';
const ENTRY_FILE = 'first-screen.mjs';
const VIS_STUB = fileURLToPath(new URL('./serverStubs/vis.ts', import.meta.url));
const ROOT_ELEMENT = '<div id="root"></div>';

interface FirstScreenModule {
  renderFirstScreen(): Promise<string>;
}

/**
 * Prerenders the first screen (the bundled timeline: header, toolbar and a static first view of the
 * events) into the built index.html, so it is readable before any script runs; main.tsx hydrates it.
 * The page also gets a tiny script in its head (a file of its own, since the Content-Security-Policy
 * allows no inline script; inline with a hash in the single file) that hides the prerendered content
 * before the first paint when the address asks for something else (src/app/firstScreen.ts).
 */
export function prerenderFirstScreen({ inlineCheck }: { inlineCheck: boolean }): Plugin {
  let root = process.cwd();
  let aliases: Alias[] = [];
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      aliases = config.resolve.alias;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const html = await renderFirstScreen(root, aliases);
        // Minified: it is part of the first screen's bytes, and its comments are for this file's readers.
        const check = minifySync('first-screen.js', firstScreenCheck()).code;
        let checkTag = `<script>${check}</script>`;
        if (!inlineCheck) {
          const fileName = `assets/first-screen-${createHash('sha256').update(check).digest('hex').slice(0, 8)}.js`;
          this.emitFile({ type: 'asset', fileName, source: check });
          checkTag = `<script src="./${fileName}"></script>`;
        }
        for (const asset of Object.values(bundle)) {
          // index.html only: the single-file template beside it (timeline-single.html) was prerendered in its own build.
          if (asset.type !== 'asset' || asset.fileName !== 'index.html' || typeof asset.source !== 'string') continue;
          if (!asset.source.includes(ROOT_ELEMENT)) this.error(`${asset.fileName} has no ${ROOT_ELEMENT} to fill`);
          asset.source = asset.source
            .replace('</head>', `  ${checkTag}\n  </head>`)
            .replace(ROOT_ELEMENT, () => `<div id="root">${html}</div>`);
        }
      },
    },
  };
}

/**
 * Builds src/app/renderFirstScreen.tsx for Node into a temporary folder, imports it and renders.
 * One bundle: Node loading date-fns and zod file by file costs more than bundling them. vis-timeline
 * is stood in by a stub; the citation code is only ever loaded on demand, so it stays outside.
 */
async function renderFirstScreen(root: string, aliases: readonly Alias[]): Promise<string> {
  mkdirSync(join(root, 'node_modules', '.tmp'), { recursive: true });
  // Inside node_modules, so that the bundle's imports of the citation packages (never called) resolve.
  const outDir = mkdtempSync(join(root, 'node_modules', '.tmp', 'prerender-'));
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      // The interface's English catalog, as the app's build compiles it.
      plugins: [compiledCatalogs()],
      ssr: { noExternal: true },
      resolve: {
        alias: [
          { find: /^vis-timeline\/esnext$/, replacement: VIS_STUB },
          { find: /^vis-data\/esnext$/, replacement: VIS_STUB },
          ...aliases,
        ],
      },
      build: {
        ssr: SERVER_MODULE,
        outDir,
        emptyOutDir: false,
        minify: false,
        copyPublicDir: false,
        rolldownOptions: {
          external: [/^@citation-js\//],
          // One file: nothing for Node to link between chunks of a build it has just loaded.
          output: { entryFileNames: ENTRY_FILE, codeSplitting: false },
        },
      },
    });
    const module = (await import(pathToFileURL(join(outDir, ENTRY_FILE)).href)) as Partial<FirstScreenModule>;
    if (typeof module.renderFirstScreen !== 'function') throw new Error(`${SERVER_MODULE} has no renderFirstScreen()`);
    return await module.renderFirstScreen();
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Runs before the first paint, in the page's head. It repeats readUrlState and the default view of
 * useUrlState in a few lines of plain script, so that the page does not wait for the app's code.
 */
function firstScreenCheck(): string {
  return `(function () {
  var params = new URLSearchParams(location.search);
  var view = params.get('view');
  var others = 0;
  params.forEach(function (value, key) {
    if (key !== 'view') others++;
  });
  // The first of the reader's languages that the app speaks (preferredLanguage): the page is in English.
  var language = 'en';
  var tags = navigator.languages || [];
  for (var i = 0; i < tags.length; i++) {
    var primary = String(tags[i]).toLowerCase().split(/[-_]/)[0];
    if (${JSON.stringify(LANGUAGES)}.indexOf(primary) !== -1) {
      language = primary;
      break;
    }
  }
  // Any parameter but the view (data, embed, edit, lang, a search or filter) asks for other content.
  var sameContent = others === 0 && language === 'en';
  var sameView =
    view !== 'list' &&
    !/^#event=./.test(location.hash) &&
    (view === 'timeline' || !matchMedia(${JSON.stringify(NARROW_SCREEN)}).matches);
  if (!sameContent) document.documentElement.classList.add(${JSON.stringify(STALE_FIRST_SCREEN_CLASS)});
  else if (!sameView) document.documentElement.classList.add(${JSON.stringify(OTHER_VIEW_FIRST_SCREEN_CLASS)});
})();
`;
}
