import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type InitialAssetKind = 'script' | 'stylesheet' | 'modulepreload';

export interface InitialAsset {
  /** Path relative to the build folder, as index.html names it (without "./"). */
  readonly file: string;
  readonly kind: InitialAssetKind;
  readonly bytes: number;
  /** Size after gzip at zlib's default level (6), what most web servers send. */
  readonly gzipBytes: number;
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/**
 * The JS and CSS files a page loads before any user action: its scripts, stylesheets and
 * modulepreloads. Chunks imported lazily (`import()`) are fetched later and are not listed.
 */
export function initialAssetPaths(html: string): { path: string; kind: InitialAssetKind }[] {
  return [...html.matchAll(TAG)].flatMap(([, tag = '', attributeText = '']) => {
    const attributes = new Map(
      [...attributeText.matchAll(ATTRIBUTE)].map(([, name = '', ...values]) => [
        name.toLowerCase(),
        values.find((value) => value !== undefined) ?? '',
      ]),
    );
    const kind = tagKind(tag.toLowerCase(), attributes.get('rel')?.toLowerCase());
    const path = attributes.get(tag.toLowerCase() === 'script' ? 'src' : 'href');
    return kind && path ? [{ path, kind }] : [];
  });
}

function tagKind(tag: string, rel: string | undefined): InitialAssetKind | undefined {
  if (tag === 'script') return 'script';
  if (rel === 'stylesheet' || rel === 'modulepreload') return rel;
  return undefined;
}

/** The initial assets of a build folder, with their sizes. A file the page names but the build lacks is an error. */
export function initialAssets(buildDir: string): InitialAsset[] {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  return initialAssetPaths(html).map(({ path, kind }) => {
    if (/^(?:[a-z]+:)?\/\//i.test(path))
      throw new Error(`index.html loads ${path} from another site; its size cannot be measured here`);
    const file = path.replace(/^\.?\//, '');
    const body = readFileSync(join(buildDir, file));
    return { file, kind, bytes: body.length, gzipBytes: gzipSync(body).length };
  });
}

export function describeAssets(assets: readonly InitialAsset[]): string {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const lines = assets.map(
    (asset) => `  ${asset.file} (${asset.kind}): ${kib(asset.gzipBytes)} gzip, ${kib(asset.bytes)} raw`,
  );
  const total = assets.reduce((sum, asset) => sum + asset.gzipBytes, 0);
  return [...lines, `  total: ${kib(total)} gzip (${total} bytes)`].join('\n');
}
