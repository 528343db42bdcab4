import { inflateSync } from 'node:zlib';

/**
 * Reads the pages of a PDF printed by Chromium (Skia): enough to count them and to read their
 * text, with no PDF tool installed. Skia writes every object uncompressed except streams
 * (FlateDecode), and text as glyph ids that each font's ToUnicode map turns back into characters.
 */
export interface PdfPageText {
  /** The page's text runs joined by spaces, with runs of white space collapsed to one space. */
  readonly text: string;
}

type Objects = ReadonlyMap<number, string>;

function readObjects(pdf: Buffer): Objects {
  const source = pdf.toString('latin1');
  const objects = new Map<number, string>();
  const pattern = /(\d+) 0 obj\b/g;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    const end = source.indexOf('endobj', pattern.lastIndex);
    objects.set(Number(match[1]), source.slice(pattern.lastIndex, end));
    pattern.lastIndex = end;
  }
  return objects;
}

function reference(body: string, key: string): number | null {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(body);
  return match ? Number(match[1]) : null;
}

function streamOf(objects: Objects, id: number): string {
  const body = objects.get(id) ?? '';
  const length = Number(/\/Length (\d+)/.exec(body)?.[1] ?? 0);
  const start = body.indexOf('stream') + 'stream'.length;
  const dataStart = body.startsWith('\r\n', start) ? start + 2 : start + 1;
  const data = Buffer.from(body.slice(dataStart, dataStart + length), 'latin1');
  return (body.includes('/FlateDecode') ? inflateSync(data) : data).toString('latin1');
}

/** Pages in reading order, following the page tree from the catalogue. */
function pageIds(objects: Objects): number[] {
  const catalogue = [...objects.values()].find((body) => /\/Type \/Catalog\b/.test(body)) ?? '';
  const walk = (id: number): number[] => {
    const body = objects.get(id) ?? '';
    if (!/\/Type \/Pages\b/.test(body)) return [id];
    const kids = /\/Kids \[([^\]]*)\]/.exec(body)?.[1] ?? '';
    return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((kid) => walk(Number(kid[1])));
  };
  const root = reference(catalogue, 'Pages');
  return root === null ? [] : walk(root);
}

function hexUnits(hex: string): number[] {
  return (hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16));
}

function codePoints(hex: string): string {
  return String.fromCodePoint(...hexUnits(hex));
}

function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, glyph = '', text = ''] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(parseInt(glyph, 16), codePoints(text));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from = '', to = '', first = ''] of (block[1] ?? '').matchAll(/<(\w+)>\s*<(\w+)>\s*<(\w+)>/g)) {
      const start = parseInt(from, 16);
      const base = parseInt(first, 16);
      for (let glyph = start; glyph <= parseInt(to, 16); glyph += 1)
        map.set(glyph, String.fromCodePoint(base + glyph - start));
    }
  }
  return map;
}

function fontMaps(objects: Objects, page: string): Map<string, Map<number, string>> {
  const fonts = new Map<string, Map<number, string>>();
  const dictionary = /\/Font <<([^>]*)>>/.exec(page)?.[1] ?? '';
  for (const [, name = '', id = ''] of dictionary.matchAll(/\/(\w+) (\d+) 0 R/g)) {
    const cmap = reference(objects.get(Number(id)) ?? '', 'ToUnicode');
    fonts.set(name, cmap === null ? new Map<number, string>() : toUnicodeMap(streamOf(objects, cmap)));
  }
  return fonts;
}

function pageText(objects: Objects, id: number): string {
  const page = objects.get(id) ?? '';
  const fonts = fontMaps(objects, page);
  const contents = [...(/\/Contents (\[[^\]]*\]|\d+ 0 R)/.exec(page)?.[1] ?? '').matchAll(/(\d+) 0 R/g)];
  const runs: string[] = [];
  for (const [, content = ''] of contents) {
    for (const [block = ''] of streamOf(objects, Number(content)).matchAll(/BT[\s\S]*?ET/g)) {
      let font = new Map<number, string>();
      let run = '';
      for (const [, fontName, hex] of block.matchAll(/\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)>/g)) {
        if (fontName) font = fonts.get(fontName) ?? new Map<number, string>();
        if (hex)
          run += hexUnits(hex)
            .map((glyph) => font.get(glyph) ?? '')
            .join('');
      }
      runs.push(run);
    }
  }
  // NFKC spells out the ligatures (ﬁ, ﬀ) that the fonts draw as one glyph.
  return runs.join(' ').normalize('NFKC').replace(/\s+/g, ' ').trim();
}

export function readPdf(pdf: Buffer): PdfPageText[] {
  const objects = readObjects(pdf);
  return pageIds(objects).map((id) => ({ text: pageText(objects, id) }));
}
