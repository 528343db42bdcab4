/**
 * The one definition of the events file format. The TypeScript types (below), the runtime
 * structural checks (validate.ts) and data/events.schema.json (jsonSchema.ts) all come from it.
 */
import * as z from 'zod/mini';
import {
  CALENDAR_DATE_PATTERN,
  CALENDAR_DATE_SCHEMA_PATTERN,
  DAY_SCHEMA_PATTERN,
  parseCalendarDate,
} from './calendarDate.ts';
import { BASE_LANGUAGE, TRANSLATED_LANGUAGES, type TranslatedLanguage } from './contentLanguages.ts';
import { LIMITS } from './limits.ts';
import type { SchemaIssueCode } from './problemCodes.ts';
import { SOURCE_TEXT_PATH } from './sourceTextPath.ts';

/** A check's message is a problem code; problems.ts turns it into a problem, and a catalog into words. */
const issue = (code: SchemaIssueCode) => code;

/** Text of at most `max` characters: a longer one is an error, never drawn. */
const text = (description: string, max: number) =>
  z.string().check(z.regex(/\S/, issue('blank')), z.maxLength(max), z.describe(description));

const IMPOSSIBLE_DATES =
  'Impossible days such as 2021-02-30 match the pattern; the validator (npm run validate) refuses them.';

const calendarDate = (description: string) =>
  z.string().check(
    z.regex(CALENDAR_DATE_PATTERN, { error: issue('date-format'), abort: true }),
    z.refine((iso) => parseCalendarDate(iso) !== null, issue('not-a-date')),
    // Editors get the stricter pattern (no month 13, no day 32); the runtime check says "not a real date" for those.
    z.meta({ pattern: CALENDAR_DATE_SCHEMA_PATTERN.source }),
    z.describe(
      `${description} An ISO 8601 calendar date; its precision (year, month or day) is kept in the display. ` +
        IMPOSSIBLE_DATES,
    ),
  );

const webUrl = (description: string) =>
  z
    .httpUrl({ error: issue('web-url') })
    // The pattern tells editors what the runtime check enforces.
    .check(z.maxLength(LIMITS.url), z.meta({ pattern: '^https?://' }), z.describe(description));

const id = (description: string) =>
  z
    .string()
    .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, issue('id-format')), z.maxLength(LIMITS.id), z.describe(description));

export const sourceSchema = z.strictObject({
  id: id('How citations refer to this source.'),
  publisher: text('Who published it, e.g. "UrduPoint News / Sputnik".', LIMITS.publisher),
  // Optional because many official web pages (UNODA, UNODC) carry no date, and a date is never guessed.
  published: z.optional(
    calendarDate('When it was published, as the source itself gives it; leave it out if it gives none.'),
  ),
  title: z.optional(text('The headline or title, only if known. Never make one up.', LIMITS.sourceTitle)),
  description: z.optional(
    text(
      'What the item is, for a source without a known title, e.g. "News article on a UN official\'s comments on ICT ' +
        'security". Citations show it in square brackets, never as a headline.',
      LIMITS.sourceDescription,
    ),
  ),
  url: z.optional(webUrl('Where the source can be read.')),
  text: z.optional(
    z.string().check(
      // One place for full texts, so the validator and the bundled app find the same files.
      z.regex(SOURCE_TEXT_PATH, issue('source-text-path')),
      z.maxLength(LIMITS.sourceTextPath),
      z.describe(
        'Path of the full text, e.g. "sources/article.txt", relative to this file. Quotes are checked against it.',
      ),
    ),
  ),
  excerpt: z.optional(
    z
      .boolean()
      .check(
        z.describe('true when the text file holds only the passages quoted, copied exactly, not the whole source.'),
      ),
  ),
  language: z.optional(
    z
      .enum([BASE_LANGUAGE, ...TRANSLATED_LANGUAGES])
      .check(
        z.describe(
          'The language the source is written in, and so its quotes, which are never translated: ' +
            `${[BASE_LANGUAGE, ...TRANSLATED_LANGUAGES].join(', ')}. Leave it out for English.`,
        ),
      ),
  ),
});

export const citationSchema = z.strictObject({
  source: text('The id of an entry in "sources".', LIMITS.id),
  quote: text('Words copied verbatim from the source.', LIMITS.quote),
});

/**
 * Objects whose every key is known, even in the JSON Schema (jsonSchema.ts opens every other object): a misspelt
 * language or field in a translation would otherwise leave the reader with the English text and no word why.
 */
const closedSchemas = new Set<z.core.$ZodType>();
export const CLOSED_SCHEMAS: ReadonlySet<z.core.$ZodType> = closedSchemas;

function closed<T extends z.ZodMiniType>(schema: T): T {
  closedSchemas.add(schema);
  return schema;
}

/** `{ "fr": {…}, "ar": {…} }`: one entry per language, each giving some of the fields in that language. */
function translations<S extends z.core.$ZodLooseShape>(what: string, fields: S) {
  const entry = closed(z.strictObject(fields));
  const perLanguage = Object.fromEntries(TRANSLATED_LANGUAGES.map((language) => [language, z.optional(entry)]));
  return z.optional(
    closed(
      z
        .strictObject(perLanguage as Record<TranslatedLanguage, z.ZodMiniOptional<typeof entry>>)
        .check(
          z.describe(
            `${what} in other UN languages, keyed by language code (${TRANSLATED_LANGUAGES.join(', ')}); ` +
              'English is the base text, in the fields themselves. Any field left out is shown in English.',
          ),
        ),
    ),
  );
}

/** The translatable fields of an event, in TRANSLATABLE order; tracks are translated once, in `trackNames`. */
export const eventTranslationsSchema = translations('The title and summary', {
  title: z.optional(text('The title in this language.', LIMITS.title)),
  summary: z.optional(text('The summary in this language.', LIMITS.summary)),
});

export const timelineTranslationsSchema = translations("The timeline's title and description", {
  title: z.optional(text('The title in this language.', LIMITS.title)),
  description: z.optional(text('The description in this language.', LIMITS.description)),
});

const trackNameSchema = closed(
  z.strictObject(
    Object.fromEntries(
      TRANSLATED_LANGUAGES.map((language) => [
        language,
        z.optional(text('The track name in this language.', LIMITS.track)),
      ]),
    ) as Record<TranslatedLanguage, z.ZodMiniOptional<z.ZodMiniString>>,
  ),
);

export const trackNamesSchema = z.optional(
  z
    .record(z.string(), trackNameSchema)
    .check(
      z.describe(
        'Track names in other UN languages: each key is a track as the events write it, e.g. ' +
          '{ "UN General Assembly": { "fr": "Assemblée générale des Nations Unies" } }. A track is one row, so it is ' +
          'named once here rather than on every event. A track left out is shown in English.',
      ),
    ),
);

export const documentSchema = z.strictObject({
  symbol: text('UN document symbol, e.g. "A/RES/53/70".', LIMITS.documentSymbol),
  url: webUrl('Link to the document, e.g. "https://undocs.org/A/RES/53/70".'),
  date: z.optional(calendarDate('The date the document bears, only if known; citations use it.')),
});

/** What sort of act an event is; each is drawn with its own shape. Descriptions go into the JSON Schema. */
export const EVENT_KINDS = {
  resolution: 'A resolution or decision adopted by the General Assembly or another body.',
  report: 'A report agreed or issued, e.g. by a group of experts or a working group.',
  treaty: 'A treaty or convention: its text agreed, adopted, signed or in force.',
  statement: 'A statement, declaration or remarks by a state, leader or official.',
  meeting: 'A meeting, session, summit or negotiation, or a group at work.',
  proposal: 'A proposal or draft put forward by states, not (or not yet) adopted.',
} as const;

export type EventKind = keyof typeof EVENT_KINDS;

const kindNames = Object.keys(EVENT_KINDS) as EventKind[];
const kindHelp = kindNames.map((kind) => `"${kind}": ${EVENT_KINDS[kind]}`).join(' ');

export const eventSchema = z.strictObject({
  id: id('Unique, stable id of the event; used in links.'),
  date: calendarDate('When it happened.'),
  end: z.optional(calendarDate('When it ended, for events that span time.')),
  title: text('Short title shown on the timeline.', LIMITS.title),
  summary: text('What happened, in your own words, claiming no more than the sources.', LIMITS.summary),
  track: text('The timeline row the event sits on, e.g. "UN General Assembly".', LIMITS.track),
  kind: z.optional(z.enum(kindNames).check(z.describe(`What sort of event it is. ${kindHelp}`))),
  related: z.optional(
    z
      .array(z.string())
      .check(
        z.maxLength(LIMITS.relatedPerEvent),
        z.describe('Ids of related events in this file, shown as "See also" (e.g. a mandate and its report).'),
      ),
  ),
  actors: z
    .array(text('A state, organisation or person.', LIMITS.actorName))
    .check(z.maxLength(LIMITS.actorsPerEvent), z.describe('Who acted.')),
  citations: z
    .array(citationSchema)
    .check(z.minLength(1), z.maxLength(LIMITS.citationsPerEvent), z.describe('Quotes backing the event.')),
  documents: z.optional(
    z.array(documentSchema).check(z.maxLength(LIMITS.documentsPerEvent), z.describe('Primary documents, by symbol.')),
  ),
  translations: eventTranslationsSchema,
});

export const eventsFileSchema = z
  .strictObject({
    $schema: z.optional(z.string().check(z.maxLength(LIMITS.url), z.describe('Path of the JSON Schema, for editors.'))),
    title: text('Title of the timeline.', LIMITS.title),
    description: z.optional(text('One or two sentences on what the timeline covers.', LIMITS.description)),
    updated: z.optional(
      z.string().check(
        z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: issue('day-format'), abort: true }),
        z.refine((iso) => parseCalendarDate(iso) !== null, issue('not-a-date')),
        z.meta({ pattern: DAY_SCHEMA_PATTERN.source }),
        z.describe(
          `When the data was last changed, written YYYY-MM-DD. Shown in "About this timeline". ${IMPOSSIBLE_DATES}`,
        ),
      ),
    ),
    license: z.optional(
      text(
        'The licence of the data, e.g. "CC BY 4.0", only if one was granted. Shown in "About this timeline".',
        LIMITS.license,
      ),
    ),
    translations: timelineTranslationsSchema,
    trackNames: trackNamesSchema,
    sources: z.array(sourceSchema).check(z.minLength(1), z.describe('What events cite.')),
    events: z.array(eventSchema).check(z.minLength(1), z.describe('The events.')),
  })
  .check(z.meta({ title: 'Timeline events', description: 'An event list for the UN ICT-security timeline.' }));

export type EventRecord = z.infer<typeof eventSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
export type CitationRecord = z.infer<typeof citationSchema>;
export type EventTranslations = NonNullable<z.infer<typeof eventTranslationsSchema>>;
export type TimelineTranslations = NonNullable<z.infer<typeof timelineTranslationsSchema>>;
export type TrackNames = NonNullable<z.infer<typeof trackNamesSchema>>;
