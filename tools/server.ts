import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 at a free port, as any static web host would: text is sent
 * gzip-compressed to a browser that accepts it (the bench's Lighthouse scores depend on it).
 * `mounts` serve further folders under URL prefixes (e.g. `{ '/fixtures/': 'tests/fixtures' }`),
 * so test data is same-origin with the app without copying it into the build.
 * `headers` adds response headers per path (e.g. the Publishing section's, tools/publishing.ts).
 * Two prefixes play a server that fails slowly: `/never/…` never answers, and `/stalled/<path>`
 * sends the headers (with the full Content-Length) and the first half of the file, then nothing.
 */
export async function serveFolder(
  root: string,
  mounts: Readonly<Record<string, string>> = {},
  headers?: (pathname: string) => Readonly<Record<string, string>>,
): Promise<StaticServer> {
  const gzipOnce = compressor();
  const server: Server = createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (requested.startsWith(NEVER_ANSWERS)) return;
    const stalls = requested.startsWith(STALLS);
    const pathname = stalls ? requested.slice(STALLS.length - 1) : requested;
    for (const [name, value] of Object.entries(headers?.(pathname) ?? {})) response.setHeader(name, value);
    const [prefix, folder] = Object.entries(mounts).find(([mount]) => pathname.startsWith(mount)) ?? ['/', root];
    const base = resolve(folder);
    const rest = pathname.slice(prefix.length - 1);
    const relativePath = normalize(rest.endsWith('/') ? `${rest}index.html` : rest);
    const file = join(base, relativePath);
    if (!file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    const type = TYPES[extname(file)];
    const gzip = type !== undefined && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    readFile(file).then(
      (body) =>
        stalls
          ? response
              .writeHead(200, { 'content-type': type ?? 'application/octet-stream', 'content-length': body.byteLength })
              .write(body.subarray(0, Math.floor(body.byteLength / 2)))
          : gzip
            ? response
                .writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' })
                .end(gzipOnce(file, body))
            : response.writeHead(200, { 'content-type': type ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Requests to /never/ and /stalled/ stay open; close would wait for them forever.
        server.closeAllConnections();
      }),
  };
}

const NEVER_ANSWERS = '/never/';
const STALLS = '/stalled/';

/** gzip at its default level, as a host would store it; compressed once per file content, not per request. */
function compressor(): (file: string, body: Buffer) => Buffer {
  const compressed = new Map<string, { readonly body: Buffer; readonly gzip: Buffer }>();
  return (file, body) => {
    const known = compressed.get(file);
    if (known?.body.equals(body)) return known.gzip;
    const gzip = gzipSync(body);
    compressed.set(file, { body, gzip });
    return gzip;
  };
}
