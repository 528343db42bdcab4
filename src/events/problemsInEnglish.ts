/** Problems in English words, for the command line, the editor and error messages; the app renders its language's. */
import { en } from './messages.en.ts';
import type { Finding, Place, Problem } from './problemCodes.ts';
import { renderMessage, renderProblem } from './problems.ts';

/** The message in English. */
export function problemMessage(problem: Finding): string {
  return renderMessage(en, problem);
}

/** The place in English words: `event 4, id “a”, citation 1, quote`. */
export function placeText(place: Place): string {
  return en.place(place);
}

/** Place and message in English, as one line: what the command line prints and the error panel shows. */
export function problemText(problem: Problem): string {
  return renderProblem(en, problem);
}
