// @vitest-environment node
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventsJsonSchemaText } from '../../src/events/jsonSchema.ts';
import { problemText } from '../../src/events/problemsInEnglish.ts';
import type { EventRecord, SourceRecord } from '../../src/events/schema.ts';
import { validateEventsFile } from '../../src/events/validate.ts';

const read = (path: string) => readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8');
const raw = JSON.parse(read('events.json')) as { title: string; sources: SourceRecord[]; events: EventRecord[] };
const ARTICLE_ID = 'urdupoint-2020-09-30';

/** The eight events of the first release: links to them must keep working. */
const FIRST_RELEASE_IDS = [
  'incsea-1972',
  'nakamitsu-comment-2020',
  'putin-iis-statement-2020',
  'unga-53-70-draft-introduced-1998',
  'unga-res-53-70-1998',
  'unga-res-73-266-gge-2018',
  'unga-res-73-27-oewg-2018',
  'unga-res-74-247-cybercrime-2019',
];

/**
 * Official publishers, by the address of the page quoted: UN bodies, governments and
 * intergovernmental organisations. Anything else (news, Wikisource) is secondary.
 */
const OFFICIAL_HOSTS = [
  // The UN, its offices and institutes (UNIDIR runs the Cyber Policy Portal).
  'un.org',
  'undocs.org',
  'unoda.org',
  'unodc.org',
  'unvienna.org',
  'unidir.org',
  'cyberpolicyportal.org',
  // Other intergovernmental organisations (the EU's External Action Service).
  'itu.int',
  'coe.int',
  'europa.eu',
  // Governments and their missions.
  'archives.gov',
  'state.gov',
  'kremlin.ru',
  'mid.ru',
  'russiaun.ru',
  'fmprc.gov.cn',
  'chinhphu.vn',
];

/** Official pages whose stored copy was seen only at an http address; the address is kept as seen. */
const SEEN_ONLY_OVER_HTTP = new Set([
  'coe-treaty-185-chart',
  'itu-wsis-geneva-declaration',
  'unoda-yearbook-2004',
  'unoda-infosec-page-v1',
  'un-webtv-oewg-2020',
]);

/** Events that cite no official source, and why (README, "Where the facts come from"). */
const NO_OFFICIAL_SOURCE: Readonly<Record<string, string>> = {
  'incsea-1972': 'the treaty text was seen only in a Wikisource copy of the State Department version',
  'putin-iis-statement-2020': 'the Kremlin page of the statement was not among the stored pages',
  'nakamitsu-comment-2020': 'an interview given to Sputnik; the UN published no record of it',
};

function isOfficial(source: SourceRecord): boolean {
  if (!source.url) return false;
  const host = new URL(source.url).hostname;
  return OFFICIAL_HOSTS.some((official) => host === official || host.endsWith(`.${official}`));
}

const sourcesById = new Map(raw.sources.map((source) => [source.id, source]));
const citesOfficialSource = (event: EventRecord) =>
  event.citations.some((citation) => {
    const source = sourcesById.get(citation.source);
    return source !== undefined && isOfficial(source);
  });

describe('the bundled data', () => {
  it('keeps the byte-for-byte copy of the article the first cards cited', () => {
    // sha256 of ../shared/sources/urdupoint-sputnik-2020-09-30.txt as delivered (2,536 bytes).
    const bytes = readFileSync(new URL('../../data/sources/urdupoint-sputnik-2020-09-30.txt', import.meta.url));
    expect(bytes.length).toBe(2536);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      '6513daaa787e80cf64c704258faa0df243bc143f0b4eadf234521e71f7c6afe3',
    );
  });

  it('validates with no problems and no warnings (no unquoted numbers, no unknown fields)', () => {
    const result = validateEventsFile(raw, read);
    expect(result.ok ? [] : result.problems.map(problemText)).toEqual([]);
    expect((result.warnings ?? []).map(problemText)).toEqual([]);
  });

  it('finds every quote verbatim in the text of the source it names', () => {
    const citations = raw.events.flatMap((event) =>
      event.citations.map((citation) => ({ event: event.id, ...citation })),
    );
    for (const citation of citations) {
      const source = sourcesById.get(citation.source);
      expect(source?.text, `${citation.event}: ${citation.source} has a stored text`).toBeDefined();
      expect(read(source!.text!).includes(citation.quote), `${citation.event}: ${citation.quote}`).toBe(true);
    }
  });

  it('stores a text for every source, cites every source, and keeps no unused text file', () => {
    const cited = new Set(raw.events.flatMap((event) => event.citations.map((citation) => citation.source)));
    expect(raw.sources.filter((source) => !cited.has(source.id)).map((source) => source.id)).toEqual([]);
    expect(raw.sources.filter((source) => !source.text).map((source) => source.id)).toEqual([]);
    const files = readdirSync(new URL('../../data/sources/', import.meta.url));
    expect(files.sort()).toEqual(raw.sources.map((source) => source.text!.replace('sources/', '')).sort());
  });

  it('marks every official source as an excerpt and links it over https, unless it was seen only over http', () => {
    const official = raw.sources.filter(isOfficial);
    expect(official.filter((source) => source.excerpt !== true).map((source) => source.id)).toEqual([]);
    const overHttp = official.filter((source) => !source.url!.startsWith('https://')).map((source) => source.id);
    expect(overHttp.sort()).toEqual([...SEEN_ONLY_OVER_HTTP].sort());
  });

  it('has at least 40 events from 1972 to 2025, in date order, including the eight of the first release', () => {
    expect(raw.events.length).toBeGreaterThanOrEqual(40);
    const dates = raw.events.map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]?.slice(0, 4)).toBe('1972');
    expect(dates.at(-1)?.slice(0, 4)).toBe('2025');
    const ids = raw.events.map((event) => event.id);
    expect(ids.filter((id) => FIRST_RELEASE_IDS.includes(id)).sort()).toEqual(FIRST_RELEASE_IDS);
    expect(raw.title).toBe('UN ICT-security diplomacy, 1972–2025');
  });

  it('keeps the article on each of the first eight events', () => {
    for (const id of FIRST_RELEASE_IDS) {
      const event = raw.events.find((candidate) => candidate.id === id);
      expect(
        event?.citations.some((citation) => citation.source === ARTICLE_ID),
        id,
      ).toBe(true);
    }
  });

  it('cites an official source on at least 90% of events, on every event with a UN document, and on every other event gives the reason', () => {
    const official = raw.events.filter(citesOfficialSource);
    expect(official.length / raw.events.length).toBeGreaterThanOrEqual(0.9);
    const withDocuments = raw.events.filter((event) => (event.documents ?? []).length > 0);
    expect(withDocuments.filter((event) => !citesOfficialSource(event)).map((event) => event.id)).toEqual([]);
    const unofficial = raw.events.filter((event) => !citesOfficialSource(event)).map((event) => event.id);
    expect(unofficial.sort()).toEqual(Object.keys(NO_OFFICIAL_SOURCE).sort());
  });

  it('has a committed JSON Schema generated from the zod definition (run `npm run schema` if not)', () => {
    expect(read('events.schema.json')).toBe(eventsJsonSchemaText());
  });
});
