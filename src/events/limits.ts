/**
 * The longest texts and lists the format allows. Each is far above what a real record needs (the
 * bundled record's longest summary is under 600 characters, its longest quote under 450), and low
 * enough that nothing drawn from the data can cover the page: a 2,000,000-character title is an
 * error, not a title. Lengths are counted as JavaScript counts them (UTF-16 code units); see README.
 */
export const LIMITS = {
  /** Ids of events and sources, and a citation's reference to a source. */
  id: 100,
  /** The timeline's title, and an event's. */
  title: 200,
  /** The timeline's own description. */
  description: 1_000,
  license: 200,
  summary: 4_000,
  /** A track (row) name is drawn beside the timeline, where space is short. */
  track: 80,
  actorName: 200,
  actorsPerEvent: 50,
  relatedPerEvent: 50,
  citationsPerEvent: 50,
  documentsPerEvent: 50,
  quote: 2_000,
  publisher: 200,
  sourceTitle: 500,
  sourceDescription: 500,
  documentSymbol: 100,
  url: 2_000,
  sourceTextPath: 200,
} as const;
