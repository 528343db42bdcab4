import { type Problem } from '../problems.ts';
import { placeText } from '../problemsInEnglish.ts';
import { validateEventsFile, type ReadSourceText } from '../validate.ts';
import { byLine, type Conversion } from './conversion.ts';
import { eventsWithoutCitation } from './draft.ts';

export interface CheckedConversion {
  /** The converter's problems, then the validator's, each at its place in the input; none is reported twice. */
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
  /** Ids of the events that cite nothing yet. */
  readonly needsCitation: readonly string[];
}

/** Runs the converted file through the same validator as every events file and places its problems in the input. */
export function checkConversion(conversion: Conversion, readText: ReadSourceText): CheckedConversion {
  const result = validateEventsFile(conversion.file, readText);
  const located = (result.ok ? [] : result.problems).map((problem) => conversion.origins.locate(problem));
  // One problem per place: the converter's says more than the validator's about what it could not read there.
  const alreadyPlaced = new Set(conversion.problems.map((problem) => placeText(problem.place)));
  const placedElsewhere = (problem: Problem) => !alreadyPlaced.has(placeText(problem.place));
  return {
    problems: [...conversion.problems, ...located.filter(placedElsewhere)].sort(byLine),
    warnings: (result.warnings ?? []).map((warning) => conversion.origins.locate(warning)),
    needsCitation: eventsWithoutCitation(conversion.file),
  };
}

/** How many ids a message lists before "and N more". */
const MAX_LISTED = 10;

/** Says plainly why events without a citation are errors, and which ones they are. */
export function needsCitationMessage(ids: readonly string[], fromTimelineJs: boolean): string {
  const listed =
    ids.slice(0, MAX_LISTED).join(', ') + (ids.length > MAX_LISTED ? ` and ${ids.length - MAX_LISTED} more` : '');
  const count = ids.length === 1 ? '1 event needs' : `${ids.length} events need`;
  return (
    `${count} a citation: ${listed}. Every event must quote a source before the timeline can show it` +
    (fromTimelineJs ? ' (TimelineJS has no citations). ' : '. ') +
    'Add a source and a quote copied exactly from it to each; ' +
    'until then the checks below list them as errors.'
  );
}
