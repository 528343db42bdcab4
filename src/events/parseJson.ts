/** Parses the text of a data file; a failure becomes one sentence saying what is wrong. */
export function parseJsonText(text: string): { readonly value: unknown } | Error {
  if (text.trim() === '') return new Error('the file is empty; expected a JSON object');
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    // The engine's message quotes the text around the mistake.
    return new Error(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
