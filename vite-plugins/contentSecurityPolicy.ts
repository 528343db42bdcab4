import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Adds a Content-Security-Policy `<meta>` to the built index.html: scripts and styles only from the
 * app itself, never inline. The single-file build has to inline them, so there each inline script and
 * style is allowed by its hash, which still blocks anything injected later.
 * `connect-src` allows any http(s) address because `?data=` may name one; a meta policy cannot set
 * `frame-ancestors`, so framing stays allowed (embedding is a feature).
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html') || typeof asset.source !== 'string') continue;
          asset.source = withPolicy(asset.source);
        }
      },
    },
  };
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${tag}\\b(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(pattern)].map((match) => sha256(match[1] ?? ''));
}

export function policyFor(html: string): string {
  return [
    "default-src 'none'",
    ["script-src 'self'", ...inlineHashes(html, 'script')].join(' '),
    ["style-src 'self'", ...inlineHashes(html, 'style')].join(' '),
    "img-src 'self' data:",
    "connect-src 'self' http: https:",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

function withPolicy(html: string): string {
  // A page built by a nested build (the single-file template) already has its own.
  if (/http-equiv="Content-Security-Policy"/i.test(html)) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`;
  return html.replace(/<meta charset="UTF-8" \/>/i, (charset) => `${charset}\n    ${meta}`);
}
