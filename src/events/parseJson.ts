/** Parses the text of a data file, turning a syntax error into a sentence with line and column. */
export function parseJsonText(text: string): { readonly value: unknown } | Error {
  if (text.trim() === '') return new Error('the file is empty; expected a JSON object');
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return new Error(`not valid JSON: ${reason}${locate(reason, text)}`);
  }
}

/** V8 reports "at position N"; people look for a line and column. */
function locate(reason: string, text: string): string {
  const match = /position (\d+)/.exec(reason);
  if (!match) return '';
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}
