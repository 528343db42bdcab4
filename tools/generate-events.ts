/**
 * `npm run bench:generate`: writes the benchmark's event lists, 1,000 and 5,000 events by default,
 * in our format (valid: `npm run validate -- bench/generated/events-5000.json`) and the same lists
 * as a spreadsheet (`npm run convert`'s CSV) and in TimelineJS's JSON format, plus the bundled data
 * in TimelineJS's format. Seeded: every run and every machine gets the same files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DraftFile } from '../src/events/convert/draft.ts';
import { toCsv } from '../src/events/convert/toCsv.ts';
import type { EventRecord, SourceRecord } from '../src/events/schema.ts';
import { seededRandom, type Random } from './random.ts';
import { toTimelineJs, type EventsFile } from './timelinejs-format.ts';

export const GENERATED_DIR = 'bench/generated';
export const DEFAULT_SIZES = [1000, 5000] as const;
const SEED = 20201130;
const WIRE_TEXT = 'sources/bench-wire.txt';

const TRACKS = [
  'UN General Assembly',
  'UN Security Council',
  'Open-ended Working Group',
  'Group of Governmental Experts',
  'Regional organisations',
  'National strategies',
  'US–USSR/Russia',
];
const ACTORS = [
  'United States',
  'Russian Federation',
  'China',
  'European Union',
  'African Union',
  'ASEAN',
  'OSCE',
  'United Kingdom',
  'France',
  'Germany',
  'Brazil',
  'India',
  'Japan',
  'Kenya',
  'Mexico',
  'Estonia',
  'UN Secretary-General',
  'UN Office for Disarmament Affairs',
  'ITU',
  'UNIDIR',
];
const VERBS = [
  'adopts',
  'debates',
  'proposes',
  'welcomes',
  'rejects',
  'publishes',
  'endorses',
  'reviews',
  'convenes on',
  'reports on',
];
const SUBJECTS = [
  'norms of responsible state behaviour',
  'confidence-building measures',
  'critical infrastructure protection',
  'capacity building',
  'the application of international law in cyberspace',
  'a programme of action',
  'information security',
  'ransomware attacks on hospitals',
  'a points-of-contact directory',
  'the security of ICT supply chains',
  'attribution of cyber incidents',
  'an annual progress report',
];
const CLAUSES = [
  'after several rounds of informal consultations',
  'with the support of a cross-regional group of states',
  'following a request from the General Assembly',
  'despite objections from a number of delegations',
  'building on the consensus report of the previous group',
  'in a session open to civil society observers',
  'at the close of a week of negotiations in New York',
  'with a call for further voluntary national reports',
];

/** Writes, for each size, our file and TimelineJS's, plus the source text they quote. */
export function writeBenchData(sizes: readonly number[] = DEFAULT_SIZES): void {
  mkdirSync(join(GENERATED_DIR, 'sources'), { recursive: true });
  for (const size of sizes) {
    const { file, sourceTexts } = benchDataset(size);
    for (const [path, text] of sourceTexts) writeFileSync(join(GENERATED_DIR, path), text);
    writeJson(ourFile(size), file);
    writeFileSync(csvFile(size), toCsv(asDraftFile(file)).text);
    writeJson(timelineJsFile(size), toTimelineJs(file));
  }
  const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as EventsFile;
  writeJson(timelineJsFile('bundled'), toTimelineJs(bundled));
}

/** A generated file in the shape the converters and the editor take (mutable, any field optional). */
export function asDraftFile(file: EventsFile): DraftFile {
  return { ...file, sources: [...file.sources], events: file.events.map((event) => structuredClone(event)) };
}

export const ourFile = (size: number) => join(GENERATED_DIR, `events-${size}.json`);
/** The same list as a spreadsheet (`npm run convert`'s columns), one row per event and per further citation. */
export const csvFile = (size: number) => join(GENERATED_DIR, `events-${size}.csv`);
export const timelineJsFile = (size: number | 'bundled') => join(GENERATED_DIR, `timelinejs-${size}.json`);

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 1)}\n`);
}

/** A long wire-service text; every quote in the generated events is one of its sentences, verbatim. */
function wireText(random: Random): { text: string; sentences: string[] } {
  const sentences = Array.from({ length: 600 }, (_, index) => {
    const actor = random.pick(ACTORS);
    return `${actor} ${random.pick(VERBS)} ${random.pick(SUBJECTS)} ${random.pick(CLAUSES)} (item ${index + 1}).`;
  });
  return { text: `${sentences.join(' ')}\n`, sentences };
}

/** A generated event list of `size` events and the source texts (by `text` path) its quotes come from. */
export function benchDataset(size: number): { file: EventsFile; sourceTexts: Map<string, string> } {
  const wire = wireText(seededRandom(SEED));
  const file = generateEventsFile(size, wire.sentences, seededRandom(SEED + size));
  return { file, sourceTexts: new Map([[WIRE_TEXT, wire.text]]) };
}

function generateEventsFile(size: number, quotes: readonly string[], random: Random): EventsFile {
  const sources: SourceRecord[] = [
    { id: 'bench-wire', publisher: 'Benchmark Wire Service', published: '2025-12-31', text: WIRE_TEXT },
    {
      id: 'bench-archive',
      publisher: 'Benchmark Archive',
      published: '2025-06-30',
      url: 'https://example.org/archive',
    },
  ];
  const events = Array.from({ length: size }, (_, index) => generateEvent(index, quotes, random));
  return {
    title: `Benchmark timeline, ${size.toLocaleString('en')} generated events`,
    description: 'Generated by tools/generate-events.ts for the benchmark; not real events.',
    sources,
    events,
  };
}

function generateEvent(index: number, quotes: readonly string[], random: Random): EventRecord {
  const year = random.int(1970, 2025);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const precision = random.next();
  const date = precision < 0.7 ? iso(year, month, day) : precision < 0.9 ? iso(year, month) : iso(year);
  const actor = random.pick(ACTORS);
  const subject = random.pick(SUBJECTS);
  const event: EventRecord = {
    id: `event-${index + 1}`,
    date,
    // Numbered, so that every title is unique and a card can be recognised by its title.
    title: `${actor} ${random.pick(VERBS)} ${subject}, meeting ${index + 1}`,
    summary: summary(actor, subject, random),
    track: random.pick(TRACKS),
    actors: [actor, ...(random.chance(0.5) ? [random.pick(ACTORS)] : [])],
    citations: [
      { source: 'bench-wire', quote: random.pick(quotes) },
      ...(random.chance(0.3) ? [{ source: 'bench-archive', quote: `${actor} on ${subject}` }] : []),
    ],
  };
  if (random.chance(0.1) && year < 2025) event.end = iso(year + 1, month);
  if (random.chance(0.4)) {
    const symbol = `A/RES/${random.int(25, 80)}/${random.int(1, 300)}`;
    event.documents = [{ symbol, url: `https://undocs.org/${symbol}` }];
  }
  return event;
}

/** Two to four sentences, 150–450 characters, like the hand-written summaries. */
function summary(actor: string, subject: string, random: Random): string {
  const sentences = [`${actor} ${random.pick(VERBS)} ${subject} ${random.pick(CLAUSES)}.`];
  const extra = random.int(1, 3);
  for (let i = 0; i < extra; i++) {
    sentences.push(`${random.pick(ACTORS)} ${random.pick(VERBS)} ${random.pick(SUBJECTS)} ${random.pick(CLAUSES)}.`);
  }
  return sentences.join(' ');
}

function iso(year: number, month?: number, day?: number): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return [String(year), ...(month ? [pad(month)] : []), ...(day ? [pad(day)] : [])].join('-');
}

function sizesFromArgs(args: readonly string[]): number[] {
  const sizes = args.map(Number);
  const wrong = args.filter((_, index) => !Number.isInteger(sizes[index]) || (sizes[index] ?? 0) < 1);
  if (wrong.length > 0)
    throw new Error(`bench:generate takes event counts (positive integers); got ${wrong.join(', ')}`);
  return sizes.length > 0 ? sizes : [...DEFAULT_SIZES];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = sizesFromArgs(process.argv.slice(2));
  writeBenchData(sizes);
  console.log(
    `Wrote ${sizes.map((size) => ourFile(size)).join(', ')} and their TimelineJS versions in ${GENERATED_DIR}/.`,
  );
}
