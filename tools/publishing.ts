/**
 * The response headers README.md's "Publishing" section gives a static host, as one function, so
 * that the test serving the build that way (tests/browser/contentSecurityPolicy.test.ts) checks
 * what the section says.
 */

/** The policy the built index.html carries in its meta tag; a header can also say where it may be framed. */
export function policyHeader(metaPolicy: string): string {
  // Embedding in any course site is a feature: any page may frame the timeline.
  return `${metaPolicy}; frame-ancestors *`;
}

/** Hashed file names change with their content: cached for a year. index.html is checked every time. */
export function cacheControl(path: string): string {
  return /\/assets\/.+-[\w-]{8,}\.(js|css)$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The headers for one file of dist/; index.html also gets the policy. */
export function publishingHeaders(path: string, metaPolicy: string): Record<string, string> {
  const isPage = path.endsWith('/') || path.endsWith('.html');
  return {
    'cache-control': cacheControl(path),
    'x-content-type-options': 'nosniff',
    ...(isPage && { 'content-security-policy': policyHeader(metaPolicy) }),
  };
}
