// The bundled record, in a chunk of its own: the first screen's code does not wait for it or carry it.
// Read as text and parsed by the validator, so that a syntax error reaches the error panel, not the build.
import eventsText from '../../data/events.json?raw';

export { eventsText };

// Source texts are bundled so quotes can be checked without a request (and offline).
const sourceTexts = import.meta.glob<string>('../../data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export function readBundledText(path: string): string | Error {
  const text = sourceTexts[`../../data/${path}`];
  return text ?? new Error('no such file in data/sources/');
}
