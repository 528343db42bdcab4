import { describe, expect, it } from 'vitest';
import { resolveDataUrl } from '../../src/app/dataSource.ts';
import { eventIdFromHash, readAppOptions, withEvent, withoutData, withoutEmbed } from '../../src/app/urlState.ts';

const page = new URL('https://school.example/course/timeline/index.html');

describe('the address of a view', () => {
  it('reads data, embed and view from the query', () => {
    expect(readAppOptions(new URL('https://x.example/?data=my.json&embed=1&view=list'))).toEqual({
      dataParam: 'my.json',
      embed: true,
      view: 'list',
    });
    expect(readAppOptions(new URL('https://x.example/?embed=yes&view=grid'))).toEqual({
      dataParam: null,
      embed: false,
      view: null,
    });
  });

  it('keeps the open event in the hash, encoded', () => {
    expect(eventIdFromHash('#event=unga-res-53-70-1998')).toBe('unga-res-53-70-1998');
    expect(eventIdFromHash('#event=a%20b')).toBe('a b');
    expect(eventIdFromHash('#somewhere-else')).toBeNull();
    expect(withEvent(page, 'a b').hash).toBe('#event=a%20b');
    expect(withEvent(new URL('https://x.example/#event=a'), null).href).toBe('https://x.example/');
  });

  it('leaves embed mode for the full page, and ?data= for the bundled timeline', () => {
    const url = new URL('https://x.example/t/?data=a.json&embed=1#event=e');
    expect(withoutEmbed(url).href).toBe('https://x.example/t/?data=a.json#event=e');
    expect(withoutData(url).href).toBe('https://x.example/t/?embed=1');
  });
});

describe('resolveDataUrl', () => {
  it('accepts relative and http(s) addresses', () => {
    expect(String(resolveDataUrl('mine/events.json', page))).toBe(
      'https://school.example/course/timeline/mine/events.json',
    );
    expect(String(resolveDataUrl('/data.json', page))).toBe('https://school.example/data.json');
    expect(String(resolveDataUrl('http://cdn.example/e.json', page))).toBe('http://cdn.example/e.json');
    expect(String(resolveDataUrl('//cdn.example/e.json', page))).toBe('https://cdn.example/e.json');
  });

  it('refuses every other scheme, naming it', () => {
    for (const [param, scheme] of [
      ['javascript:alert(1)', 'javascript'],
      [' JavaScript:alert(1)', 'javascript'],
      ['data:application/json,{}', 'data'],
      ['file:///etc/passwd', 'file'],
    ] as const) {
      const result = resolveDataUrl(param, page);
      expect(result).toBeInstanceOf(Error);
      expect((result as Error).message).toBe(
        `only http(s) and relative addresses are accepted for data; got a "${scheme}:" address`,
      );
    }
  });

  it('explains that a relative address needs the page served over http(s)', () => {
    const result = resolveDataUrl('events.json', new URL('file:///home/teacher/timeline.html'));
    expect((result as Error).message).toContain('needs the timeline to be served over http(s)');
  });
});
