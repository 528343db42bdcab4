import { describe, expect, it } from 'vitest';
import { citableAddress } from '../../src/app/citeTimeline.ts';
import { timelineBibtex, timelineCsl } from '../../src/app/timelineCitation.ts';
import { formatCsl } from '../../src/ui/formatCitations.ts';

const reference = {
  title: 'UN ICT-security diplomacy, 1972–2020',
  updated: '2026-12-02',
  url: 'https://example.org/timeline/',
};

describe('citing the timeline itself', () => {
  it('cites the page without the open card or the frame layout, keeping its data', () => {
    expect(citableAddress(new URL('https://example.org/timeline/?embed=1&data=own.json#event=a'))).toBe(
      'https://example.org/timeline/?data=own.json',
    );
  });

  it('formats APA and Chicago with citation-js from the title, the date of the data and the address', () => {
    expect(formatCsl(timelineCsl(reference))).toEqual({
      apa: 'UN ICT-security diplomacy, 1972–2020. (2026, December 2). https://example.org/timeline/',
      chicago: '“UN ICT-Security Diplomacy, 1972–2020,” December 2, 2026. https://example.org/timeline/.',
    });
  }, 30_000);

  it('writes BibTeX with the title protected and escaped', () => {
    expect(timelineBibtex(reference)).toBe(
      [
        '@misc{unICTSecurity2026,',
        '  title = {{UN ICT-security diplomacy, 1972--2020}},',
        '  year = {2026},',
        '  note = {Data updated 2026-12-02},',
        '  howpublished = {\\url{https://example.org/timeline/}},',
        '  url = {https://example.org/timeline/}',
        '}',
      ].join('\n'),
    );
    const odd = timelineBibtex({ title: 'R&D: 50% of #1 {draft}', url: 'https://example.org/' });
    expect(odd).toContain('title = {{R\\&D: 50\\% of \\#1 \\{draft\\}}}');
    expect(odd).not.toContain('year');
    expect(odd).toMatch(/^@misc\{rD50,\n/);
  });
});
