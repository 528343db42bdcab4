import { resolveDataUrl } from '../app/dataSource.ts';
import { needsCitationMessage } from '../events/convert/checkConversion.ts';
import type { Conversion } from '../events/convert/conversion.ts';
import { readCsvTable } from '../events/convert/csvText.ts';
import { eventsWithoutCitation, type DraftEvent, type DraftFile } from '../events/convert/draft.ts';
import { fromCsvTable } from '../events/convert/fromCsv.ts';
import {
  fromTimelineJsJson,
  fromTimelineJsSheet,
  isTimelineJsJson,
  isTimelineJsSheet,
} from '../events/convert/fromTimelineJs.ts';
import { en } from '../events/messages.en.ts';
import { parseJsonText } from '../events/parseJson.ts';
import type { Finding, ProblemCatalog } from '../events/problemCodes.ts';
import { renderMessage } from '../events/problems.ts';
import { problemText } from '../events/problemsInEnglish.ts';
import { SOURCE_TEXT_PATH } from '../events/sourceTextPath.ts';
import { ENGLISH_EDITOR_TEXT, type EditorT } from '../i18n/editorText.ts';
import { draftFromFile, type EditorDraft } from './draft.ts';

/** A draft to start from, with what the reader should know about how it was read. */
export interface Start {
  readonly draft: EditorDraft;
  /** Sentences: what a converter could not translate, which events need a citation. */
  readonly notes: readonly string[];
}

/** Why a starting point could not be opened, as data, so that the editor says it in the reader's language. */
export type StartProblem =
  | { readonly kind: 'no-events-file' }
  | { readonly kind: 'several-events-files'; readonly count: number }
  | { readonly kind: 'not-events-file' }
  | { readonly kind: 'http'; readonly address: string; readonly status: number }
  | { readonly kind: 'unreachable'; readonly address: string }
  | { readonly kind: 'finding'; readonly finding: Finding };

/** A start that failed; its message is the English sentence, `file` the file it was about. */
export class StartError extends Error {
  constructor(
    readonly problem: StartProblem,
    readonly file?: string,
  ) {
    super(startProblemText(problem, ENGLISH_EDITOR_TEXT, en, file));
  }
}

/** The problem in a sentence, in the language of `t` and `catalog`. */
export function startProblemText(problem: StartProblem, t: EditorT, catalog: ProblemCatalog, file?: string): string {
  const reason = startReason(problem, t, catalog);
  return file === undefined ? reason : t('editor.start.inFile', { file, reason });
}

function startReason(problem: StartProblem, t: EditorT, catalog: ProblemCatalog): string {
  switch (problem.kind) {
    case 'no-events-file':
      return t('editor.start.noEventsFile');
    case 'several-events-files':
      return t('editor.start.severalEventsFiles', { count: problem.count });
    case 'not-events-file':
      return t('editor.start.notEventsFile');
    case 'http':
      return t('editor.start.http', { address: problem.address, status: problem.status });
    case 'unreachable':
      return t('editor.start.unreachable', { address: problem.address });
    case 'finding':
      return renderMessage(catalog, problem.finding);
  }
}

/** The timeline that ships with the app, with its source texts, so its quotes are checked as in the app. */
export async function bundledStart(): Promise<Start> {
  const { eventsText, readBundledText } = await import('../events/bundledData.ts');
  const start = fromJsonText(eventsText, (path) => {
    const text = readBundledText(path);
    return typeof text === 'string' ? text : undefined;
  });
  if (start instanceof Error) throw start;
  return start;
}

/** The template of data/template.json: two events and a source, each field saying what goes in it. */
export async function templateStart(): Promise<Start> {
  const { default: templateText } = await import('../../data/template.json?raw');
  const start = fromJsonText(templateText, () => undefined);
  if (start instanceof Error) throw start;
  return start;
}

/**
 * Files chosen or dropped: one events file (our JSON, a TimelineJS JSON file, our spreadsheet's CSV
 * or TimelineJS's sheet as CSV), with any `.txt` source texts it names chosen beside it.
 */
export async function fileStart(files: readonly File[]): Promise<Start | Error> {
  const main = files.filter((file) => !isTextFile(file.name));
  const [file] = main;
  if (main.length > 1) return new StartError({ kind: 'several-events-files', count: main.length });
  if (!file) return new StartError({ kind: 'no-events-file' });
  const texts = new Map<string, string>();
  for (const textFile of files.filter((candidate) => isTextFile(candidate.name))) {
    texts.set(`sources/${textFile.name}`, await textFile.text());
  }
  const text = await file.text();
  const title = file.name.replace(/\.[^.]*$/, '');
  const readText = (path: string) => texts.get(path);
  const start = /\.csv$/i.test(file.name) ? fromCsvText(text, title, readText) : fromJsonText(text, readText, title);
  return start instanceof StartError ? new StartError(start.problem, file.name) : start;
}

/** The list a `?data=` address names, fetched with the source texts beside it; nothing is sent anywhere. */
export async function addressStart(dataParam: string, pageUrl: URL): Promise<Start | Error> {
  const url = resolveDataUrl(dataParam, pageUrl);
  if (url instanceof Error) return url;
  const text = await fetchText(url);
  if (text instanceof Error) return text;
  const json = parseJsonText(text);
  const paths = 'value' in json ? textPathsIn(json.value) : [];
  const texts = new Map<string, string>();
  await Promise.all(
    paths.map(async (path) => {
      const sourceText = await fetchText(new URL(path, url));
      if (typeof sourceText === 'string') texts.set(path, sourceText);
    }),
  );
  return fromJsonText(text, (path) => texts.get(path));
}

async function fetchText(url: URL): Promise<string | Error> {
  try {
    const response = await fetch(url, { credentials: 'omit' });
    if (!response.ok) return new StartError({ kind: 'http', address: url.href, status: response.status });
    return await response.text();
  } catch {
    return new StartError({ kind: 'unreachable', address: url.href });
  }
}

function isTextFile(name: string): boolean {
  return /\.txt$/i.test(name);
}

function textPathsIn(value: unknown): string[] {
  const sources = isRecord(value) && Array.isArray(value.sources) ? (value.sources as unknown[]) : [];
  return sources.flatMap((source) => {
    const path = isRecord(source) ? source.text : undefined;
    return typeof path === 'string' && SOURCE_TEXT_PATH.test(path) ? [path] : [];
  });
}

function fromCsvText(text: string, title: string, readText: (path: string) => string | undefined): Start {
  const table = readCsvTable(text);
  const timelineJs = isTimelineJsSheet(table.header);
  const conversion = timelineJs ? fromTimelineJsSheet(table, { title }) : fromCsvTable(table, { title });
  return fromConversion(conversion, timelineJs, readText);
}

function fromJsonText(
  text: string,
  readText: (path: string) => string | undefined,
  title?: string,
): Start | StartError {
  const json = parseJsonText(text);
  if (!('value' in json)) return new StartError({ kind: 'finding', finding: json });
  if (isTimelineJsJson(json.value)) {
    return fromConversion(fromTimelineJsJson(json.value, title === undefined ? {} : { title }), true, readText);
  }
  const file = asDraftFile(json.value);
  if (file instanceof StartError) return file;
  return { draft: draftFromFile(file, readText), notes: [] };
}

function fromConversion(
  conversion: Conversion,
  timelineJs: boolean,
  readText: (path: string) => string | undefined,
): Start {
  const needsCitation = eventsWithoutCitation(conversion.file);
  const notes = [
    ...conversion.problems.map(problemText),
    ...conversion.notes,
    ...(needsCitation.length > 0 ? [needsCitationMessage(needsCitation, timelineJs)] : []),
  ];
  return { draft: draftFromFile(conversion.file, readText), notes };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An events file read leniently: the editor shows whatever is wrong beside its field, so only what
 * it cannot show at all is refused (not an object, no list of events).
 */
function asDraftFile(value: unknown): DraftFile | StartError {
  if (!isRecord(value) || !Array.isArray(value.events)) return new StartError({ kind: 'not-events-file' });
  const sources = Array.isArray(value.sources) ? (value.sources as unknown[]).filter(isRecord) : [];
  const events = (value.events as unknown[]).filter(isRecord).map((event): DraftEvent => ({
    ...(event as Omit<DraftEvent, 'citations'>),
    citations: Array.isArray(event.citations) ? (event.citations as unknown[]).filter(isRecord) : [],
  }));
  const details = Object.fromEntries(
    ['title', 'description', 'updated', 'license'].flatMap((field) => {
      const detail = value[field];
      return typeof detail === 'string' ? [[field, detail]] : [];
    }),
  );
  return { ...details, sources, events };
}
