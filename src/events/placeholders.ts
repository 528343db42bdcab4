import { finding, shortened, type Finding } from './problems.ts';
import type { PlaceholderFix } from './problemCodes.ts';

/** The wording of data/template.json's placeholders: "Replace with…", "Optional: …", ".../replace-with-...". */
const PLACEHOLDER = /\breplace[ -]with\b|^optional:/i;

/** Deep enough for every text field of the format (file, events, event, citations, citation, quote). */
const MAX_DEPTH = 6;

/**
 * Text left from the template is a warning, not an error: the file is well formed, but a timeline
 * that says "Replace with a short title" is not ready to be shown.
 */
export function placeholderWarnings(file: unknown): Finding[] {
  const warnings: Finding[] = [];
  // One path, grown and shrunk while walking: every string of a 5,000-event file is visited.
  const path: PropertyKey[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (PLACEHOLDER.test(value)) warnings.push(finding('placeholder', placeholder(value), [...path]));
      return;
    }
    // Not every nesting is walked: a file nested 100,000 deep must not overflow the stack here.
    if (typeof value !== 'object' || value === null || path.length >= MAX_DEPTH) return;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        visit(value[index]);
        path.pop();
      }
      return;
    }
    for (const key in value) {
      path.push(key);
      visit((value as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  visit(file);
  return warnings;
}

function placeholder(value: string): { text: string; fix: PlaceholderFix } {
  const fix = /^optional:/i.test(value) ? 'write-or-remove' : /^https?:/i.test(value) ? 'real-address' : 'own-text';
  return { text: shortened(value), fix };
}
