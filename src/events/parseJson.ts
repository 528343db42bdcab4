import { finding, type Finding, type ProblemParams } from './problems.ts';

/** Parses the text of a data file; a failure becomes one problem saying what is wrong and where. */
export function parseJsonText(text: string): { readonly value: unknown } | Finding<'empty-file' | 'not-json'> {
  if (text.trim() === '') return finding('empty-file', {});
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return finding('not-json', syntaxError(text, error instanceof Error ? error.message : String(error)));
  }
}

/**
 * The engine's reason with the place as line and column, the same in Node and in every browser:
 * engines give a character position, a line and column, or (for an unexpected character) nothing.
 */
function syntaxError(text: string, engineMessage: string): ProblemParams['not-json'] {
  const offset = positionIn(engineMessage) ?? firstSyntaxErrorOffset(text);
  const reason = reasonOf(engineMessage);
  return offset === undefined ? { reason } : { reason, ...lineAndColumn(text, offset) };
}

function positionIn(message: string): number | undefined {
  const position = /\bat position (\d+)/.exec(message)?.[1];
  return position === undefined ? undefined : Number(position);
}

/** The reason alone, without the place or the engine's copy of the text (which may hold anything). */
function reasonOf(message: string): string {
  const reason = message
    .replace(/^JSON\.parse: /, '')
    .replace(/,\s*(\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/\s*(in JSON )?at position \d+.*$/s, '')
    .replace(/\s*at line \d+ column \d+ of the JSON data$/, '')
    .trim();
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPED = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX_DIGIT = /^[0-9a-fA-F]$/;
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/**
 * Where the text first stops being JSON, for engines that do not say. A scan without recursion,
 * since files may nest deeply; only called after JSON.parse has failed.
 */
export function firstSyntaxErrorOffset(text: string): number | undefined {
  const open: ('{' | '[')[] = [];
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && WHITESPACE.has(text.charAt(at))) at++;
  };
  /** Moves past a string starting at `at`; false where it breaks. */
  const scanString = (): boolean => {
    at++;
    while (at < text.length) {
      const char = text.charAt(at);
      if (char === '"') {
        at++;
        return true;
      }
      if (char < ' ') return false;
      if (char === '\\') {
        const escaped = text.charAt(at + 1);
        if (escaped === 'u') {
          for (let digit = 2; digit < 6; digit++) {
            if (!HEX_DIGIT.test(text.charAt(at + digit))) {
              at += digit;
              return false;
            }
          }
          at += 6;
          continue;
        }
        if (!ESCAPED.has(escaped)) {
          at++;
          return false;
        }
        at += 2;
        continue;
      }
      at++;
    }
    return false;
  };
  /** Moves past a value, or into an object or array; 'broken' where it breaks. */
  const scanValue = (): 'opened' | 'scanned' | 'broken' => {
    skipSpace();
    const char = text.charAt(at);
    if (char === '{' || char === '[') {
      open.push(char);
      at++;
      return 'opened';
    }
    if (char === '"') return scanString() ? 'scanned' : 'broken';
    for (const literal of ['true', 'false', 'null']) {
      if (char !== literal.charAt(0)) continue;
      for (const expected of literal) {
        if (text.charAt(at) !== expected) return 'broken';
        at++;
      }
      return 'scanned';
    }
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    if (!number || number[0] === '' || number[0] === '-') return 'broken';
    at += number[0].length;
    return 'scanned';
  };
  /** After `{` or `,` in an object: a name and a colon. */
  const scanName = (): boolean => {
    skipSpace();
    if (text.charAt(at) !== '"' || !scanString()) return false;
    skipSpace();
    if (text.charAt(at) !== ':') return false;
    at++;
    return true;
  };

  const first = scanValue();
  if (first === 'broken') return at;
  /** True right after `{` or `[`, where no comma is due. */
  let justOpened = first === 'opened';
  for (;;) {
    skipSpace();
    const container = open.at(-1);
    if (container === undefined) return at < text.length ? at : undefined;
    const char = text.charAt(at);
    const close = container === '{' ? '}' : ']';
    if (char === close) {
      open.pop();
      justOpened = false;
      at++;
      continue;
    }
    if (!justOpened) {
      if (char !== ',') return at;
      at++;
    }
    if (container === '{' && !scanName()) return at;
    const scanned = scanValue();
    if (scanned === 'broken') return at;
    justOpened = scanned === 'opened';
  }
}
