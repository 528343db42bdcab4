// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sources = join(root, 'src');

function cssFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

// Properties that name a physical side, and values that do: in Arabic the page mirrors, so the app's
// CSS says start and end (margin-inline-start, inset-inline-end, text-align: start) instead.
const PHYSICAL_PROPERTY =
  /^(?:(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)(?:-\w+)*|left|right|border-(?:top|bottom)-(?:left|right)-radius)$/;
const PHYSICAL_VALUE_OF: Readonly<Record<string, RegExp>> = {
  'text-align': /\b(?:left|right)\b/,
  float: /\b(?:left|right)\b/,
  clear: /\b(?:left|right)\b/,
};

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly declaration: string;
}

/** Each declaration naming a physical left or right, comments aside. */
function physicalDeclarations(file: string, css: string): Finding[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const findings: Finding[] = [];
  for (const match of withoutComments.matchAll(/([-\w]+)\s*:\s*([^;{}]+)[;}]/g)) {
    const [declaration, property = '', value = ''] = match;
    const name = property.toLowerCase();
    if (PHYSICAL_PROPERTY.test(name) || PHYSICAL_VALUE_OF[name]?.test(value)) {
      const line = withoutComments.slice(0, match.index).split('\n').length;
      findings.push({ file, line, declaration: declaration.trim() });
    }
  }
  return findings;
}

describe("the app's CSS mirrors for right-to-left", () => {
  it('finds the style sheets', () => {
    expect(cssFiles(sources).length).toBeGreaterThan(5);
  });

  it('names no physical left or right in margin, padding, border, inset, text-align or float', () => {
    const findings = cssFiles(sources).flatMap((path) =>
      physicalDeclarations(relative(root, path), readFileSync(path, 'utf8')),
    );
    expect(findings).toEqual([]);
  });

  it('catches each kind of physical declaration, and not their logical forms', () => {
    const css = `a { margin-left: 1px; padding-right: 0; border-left-width: 4px; right: 0; text-align: left; }
      b { float: right; border-top-left-radius: 2px; margin-inline-start: 1px; inset-inline-end: 0; }
      /* left: 0 in a comment */ c { text-align: start; translate: 0 -50%; inset: 0 }`;
    expect(physicalDeclarations('test.css', css).map((finding) => finding.declaration)).toEqual([
      'margin-left: 1px;',
      'padding-right: 0;',
      'border-left-width: 4px;',
      'right: 0;',
      'text-align: left;',
      'float: right;',
      'border-top-left-radius: 2px;',
    ]);
  });
});
