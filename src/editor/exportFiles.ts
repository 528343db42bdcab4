import { toCsv } from '../events/convert/toCsv.ts';
import type { Problem } from '../events/problems.ts';
import { textPathOf, toEventsFile, type EditorDraft } from './draft.ts';

/** The draft as an events file, as `npm run validate` and `?data=` read it. */
export function eventsJson(draft: EditorDraft): string {
  return `${JSON.stringify(toEventsFile(draft), null, 2)}\n`;
}

/** The draft as a spreadsheet (formula-safe), with what the spreadsheet cannot carry, for the page to say. */
export interface CsvExport {
  readonly text: string;
  /** What the converter could not put in the spreadsheet. */
  readonly problems: readonly Problem[];
  /** The timeline's own fields that only the JSON export keeps (title, description, …). */
  readonly detailsLeftOut: readonly string[];
}

export function eventsCsv(draft: EditorDraft): CsvExport {
  const { text, problems } = toCsv(toEventsFile(draft));
  return { text, problems, detailsLeftOut: Object.keys(draft.details) };
}

/** The source texts to save beside the events file, by their path (`sources/x.txt`). */
export function sourceTextFiles(draft: EditorDraft): { readonly path: string; readonly text: string }[] {
  return draft.sources.flatMap((source) => {
    const path = textPathOf(source);
    return path !== undefined && source.text !== undefined ? [{ path, text: source.text }] : [];
  });
}

/** Saves text as a file through the browser's download: made in the page, nothing is uploaded. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; the address is freed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
