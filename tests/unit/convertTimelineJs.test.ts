// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkConversion, needsCitationMessage } from '../../src/events/convert/checkConversion.ts';
import { readCsvTable } from '../../src/events/convert/csvText.ts';
import {
  fromTimelineJsJson,
  fromTimelineJsSheet,
  isTimelineJsJson,
  isTimelineJsSheet,
} from '../../src/events/convert/fromTimelineJs.ts';
import { htmlToText } from '../../src/events/convert/htmlToText.ts';
import { type Problem } from '../../src/events/problems.ts';
import { problemText } from '../../src/events/problemsInEnglish.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/timelinejs/${name}`, import.meta.url), 'utf8');
const noSourceTexts = () => new Error('no source texts');
const problemLines = (problems: readonly Problem[]) => problems.map(problemText);

describe('a TimelineJS JSON file', () => {
  const json: unknown = JSON.parse(fixture('timeline.json'));
  const conversion = fromTimelineJsJson(json);

  it('is recognised by its shape', () => {
    expect(isTimelineJsJson(json)).toBe(true);
    expect(isTimelineJsJson(JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')))).toBe(
      false,
    );
  });

  it('becomes events with dates at the precision given, plain text, and groups as tracks', () => {
    expect(conversion.problems).toEqual([]);
    expect(conversion.file).toEqual({
      title: 'ICT security at the United Nations',
      description: 'A TimelineJS sample for the converter tests.',
      sources: [],
      events: [
        {
          id: 'res-53-70',
          date: '1998-12-04',
          title: 'General Assembly adopts resolution 53/70',
          summary: 'Adopted without a vote — see A/RES/53/70.\nSecond paragraph & more.',
          track: 'UN General Assembly',
          actors: [],
          citations: [],
        },
        {
          id: 'open-ended-working-group-set-up-2018',
          date: '2018',
          end: '2019-06',
          title: 'Open-ended working group set up',
          summary: 'Text with escaped <script> shown as text.',
          track: 'UN General Assembly',
          actors: [],
          citations: [],
        },
        {
          id: 'statement-on-international-information-security-2020',
          date: '2020-09-25',
          title: 'Statement on international information security',
          track: 'Events',
          actors: [],
          citations: [],
        },
      ],
    });
  });

  it('says what it left out: media, times of day, eras, and where events without a group went', () => {
    expect(conversion.notes).toEqual([
      '1 event had media (images, video); the events format has none, so they were left out.',
      '1 event had a time of day; dates keep only year, month and day.',
      '1 era left out; the events format has no eras.',
      '1 event without a group, put on the track "Events".',
    ]);
  });

  it('goes through the validator, which lists the missing citations; the report names the events that need one', () => {
    const checked = checkConversion(conversion, noSourceTexts);
    expect(checked.needsCitation).toEqual([
      'res-53-70',
      'open-ended-working-group-set-up-2018',
      'statement-on-international-information-security-2020',
    ]);
    expect(problemLines(checked.problems)).toEqual([
      'sources: expected at least one source',
      'event 1: expected at least one citation',
      'event 2: expected at least one citation',
      'event 3, text.text: missing; expected a text saying what happened',
      'event 3: expected at least one citation',
    ]);
    expect(needsCitationMessage(checked.needsCitation, true)).toBe(
      '3 events need a citation: res-53-70, open-ended-working-group-set-up-2018, ' +
        'statement-on-international-information-security-2020. Every event must quote a source before the timeline ' +
        'can show it (TimelineJS has no citations). Add a source and a quote copied exactly from it to each; ' +
        'until then the checks below list them as errors.',
    );
  });

  it('names dates it cannot write in the events format, at their place', () => {
    const bad = fromTimelineJsJson({
      events: [
        { start_date: { year: '-500' }, text: { headline: 'BCE' } },
        { start_date: { year: '1998', month: '13' }, text: { headline: 'Month 13' } },
        { start_date: { year: '1998', day: '4' }, text: { headline: 'Day without month' } },
        { start_date: { year: 'soon' }, text: { headline: 'Words' } },
        { start_date: { year: '1,998', month: 12, day: 4 }, end_date: { year: 1999 }, text: { headline: 'Comma' } },
      ],
    });
    expect(problemLines(bad.problems)).toEqual([
      'event 1, start_date: the year -500 is outside 1–9999, which the events format cannot show',
      'event 2, start_date: expected a month 1–12, got "13"',
      'event 3, start_date: a day without a month; expected a month too',
      'event 4, start_date: expected a year in digits, got "soon"',
    ]);
    // The path is the field of the converted file that the date would have filled.
    expect(bad.problems.map((problem) => problem.path)).toEqual([
      ['events', 0, 'date'],
      ['events', 1, 'date'],
      ['events', 2, 'date'],
      ['events', 3, 'date'],
    ]);
    expect(bad.file.events[4]).toMatchObject({ date: '1998-12-04', end: '1999' });
  });
});

describe('a TimelineJS Google Sheet, exported as CSV', () => {
  const table = readCsvTable(fixture('sheet.csv'));
  const conversion = fromTimelineJsSheet(table);

  it('is recognised by its header', () => {
    expect(isTimelineJsSheet(table.header)).toBe(true);
    expect(
      isTimelineJsSheet(readCsvTable(readFileSync(new URL('../../data/template.csv', import.meta.url), 'utf8')).header),
    ).toBe(false);
  });

  it('becomes events: the title row gives the title, era rows are left out, blank rows skipped', () => {
    expect(conversion.problems).toEqual([]);
    expect(conversion.file.title).toBe('ICT security at the United Nations');
    expect(conversion.file.description).toBe('A TimelineJS sheet sample for the converter tests.');
    expect(conversion.file.events).toEqual([
      {
        id: 'general-assembly-adopts-resolution-53-70-1998',
        date: '1998-12-04',
        title: 'General Assembly adopts resolution 53/70',
        summary: 'Adopted without a vote, see A/RES/53/70.',
        track: 'UN General Assembly',
        actors: [],
        citations: [],
      },
      {
        id: 'open-ended-working-group-set-up-2018',
        date: '2018',
        end: '2019-06',
        title: 'Open-ended working group set up',
        summary: 'Two lines:\nfirst,\nsecond & last',
        track: 'UN General Assembly',
        actors: [],
        citations: [],
      },
      {
        id: 'resolution-74-247-on-cybercrime-2019',
        date: '2019-12-27',
        title: 'Resolution 74/247 on cybercrime',
        summary: 'Arabic: الأمن, Chinese: 信息安全, emoji: 🌍',
        track: 'Cybercrime (UN)',
        actors: [],
        citations: [],
      },
    ]);
    expect(conversion.notes).toEqual([
      '1 event had media (images, video); the events format has none, so they were left out.',
      '1 era left out; the events format has no eras.',
    ]);
  });

  it("places the validator's problems on the sheet's lines and columns", () => {
    const sheet = readCsvTable('Year,Month,Day,Headline,Text,Group\n1998,2,30,A headline,,G\n,,,No year,Text,G\n');
    const checked = checkConversion(fromTimelineJsSheet(sheet), noSourceTexts);
    expect(problemLines(checked.problems)).toEqual([
      'title: missing; expected the timeline\'s title: a TimelineJS title slide (a row of type "title"), or one given to the converter',
      'sources: expected at least one source',
      'line 2, column "Year": expected a real calendar date; got "1998-02-30"',
      'line 2, column "Text": missing; expected a text saying what happened',
      'line 2: expected at least one citation',
      'line 3, column "Year": missing; expected a year',
      'line 3: expected at least one citation',
    ]);
  });
});

describe('HTML to plain text', () => {
  it.each([
    ['<p>One</p><p>Two</p>', 'One\nTwo'],
    ['a<br>b<br/>c<BR />d', 'a\nb\nc\nd'],
    ['<a href="x" title="a > b">link</a> text', 'link text'],
    ['<img src=x onerror="alert(\'x\')">after', 'after'],
    ['<script>alert(1)</script>visible<style>p{}</style>', 'visible'],
    ['<!-- a comment <b>x</b> -->kept', 'kept'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['&amp; &eacute; &#233; &#x1F30D; &nbsp;x &mdash;', '& é é 🌍 x —'],
    ['  many   spaces\tand\ttabs  ', 'many spaces and tabs'],
    ['a < b and c > d', 'a < b and c > d'],
    ['الأمن <b>السيبراني</b>', 'الأمن السيبراني'],
    ['<script>never closed', ''],
  ])('%j -> %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
