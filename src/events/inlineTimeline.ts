import { INLINE_TEXTS_ID, type InlineData } from './inlineData.ts';
import { validateEventsBytes, type ValidationResult } from './validate.ts';

// Loaded only when the page carries its own list, in a chunk with the validator: the first screen only looks for it.

/** Validates the page's own list like any other, its quotes against the texts written beside it. */
export function loadInlineTimeline({ eventsText, textsText }: InlineData): ValidationResult {
  const texts = sourceTexts(textsText);
  const readText = (path: string) =>
    texts instanceof Error ? texts : (texts.get(path) ?? new Error(`it is not in <script id="${INLINE_TEXTS_ID}">`));
  return validateEventsBytes(new TextEncoder().encode(eventsText), readText);
}

function sourceTexts(textsText: string | undefined): Map<string, string> | Error {
  if (textsText === undefined) return new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(textsText);
  } catch {
    return new Error(`<script id="${INLINE_TEXTS_ID}"> is not valid JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return new Error(`<script id="${INLINE_TEXTS_ID}"> must be an object of texts by their paths`);
  }
  return new Map(
    Object.entries(parsed).flatMap(([path, text]: [string, unknown]) =>
      typeof text === 'string' ? [[path, text]] : [],
    ),
  );
}
