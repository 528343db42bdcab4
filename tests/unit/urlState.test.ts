import { describe, expect, it } from 'vitest';
import { resolveDataUrl, type DataAddressError } from '../../src/app/dataSource.ts';
import { problemMessage } from '../../src/events/problemsInEnglish.ts';
import {
  eventIdFromHash,
  readAppOptions,
  readUrlState,
  withEvent,
  withoutData,
  withoutEmbed,
  withState,
} from '../../src/app/urlState.ts';

const page = new URL('https://school.example/course/timeline/index.html');

describe('the address of a view', () => {
  it('reads data, embed and view from the query', () => {
    expect(readAppOptions(new URL('https://x.example/?data=my.json&embed=1&view=list'))).toEqual({
      dataParam: 'my.json',
      embed: true,
      view: 'list',
      lang: null,
    });
    expect(readAppOptions(new URL('https://x.example/?embed=yes&view=grid'))).toEqual({
      dataParam: null,
      embed: false,
      view: null,
      lang: null,
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

describe('the whole address as one state', () => {
  it('reads every parameter, the repeatable ones in order', () => {
    const state = readUrlState(
      new URL(
        'https://x.example/t/?data=a.json&embed=1&view=list&lang=fr&q=A%2FRES%2F53%2F70&track=UN+General+Assembly' +
          '&track=Bilateral&actor=C%C3%B4te+d%E2%80%99Ivoire&kind=resolution&from=2010&to=2021-03-15#event=e-1',
      ),
    );
    expect({ ...state, from: state.from?.iso, to: state.to?.iso }).toEqual({
      data: 'a.json',
      embed: true,
      view: 'list',
      event: 'e-1',
      lang: 'fr',
      q: 'A/RES/53/70',
      track: ['UN General Assembly', 'Bilateral'],
      actor: ['Côte d’Ivoire'],
      kind: ['resolution'],
      from: '2010',
      to: '2021-03-15',
    });
    expect(state.from?.precision).toBe('year');
    expect(state.to?.precision).toBe('day');
  });

  it('reads what it cannot use as absent', () => {
    const state = readUrlState(
      new URL('https://x.example/?from=2010-13&to=last+year&lang=<b>&track=&actor=+&kind=a&kind=a&view=grid'),
    );
    expect(state).toMatchObject({ from: null, to: null, lang: null, track: [], actor: [], kind: ['a'], view: null });
    expect(readUrlState(new URL('https://x.example/?from=2019-02-30')).from).toBeNull();
    expect(readUrlState(new URL('https://x.example/')).q).toBe('');
  });

  it('writes back exactly what it read, accents, symbols and repeated parameters included', () => {
    const addresses = [
      'https://x.example/t/index.html?data=a.json&embed=1&view=list&lang=fr&q=A%2FRES%2F53%2F70+r%C3%A9solution' +
        '&track=UN+General+Assembly&track=Bilateral&actor=C%C3%B4te+d%E2%80%99Ivoire&actor=USA&kind=report' +
        '&from=1998-12&to=2021#event=unga-res-53-70-1998',
      'https://x.example/',
      'https://x.example/?q=%26+%3D+%23+%2B',
    ];
    for (const address of addresses) {
      const url = new URL(address);
      const state = readUrlState(url);
      expect(withState(new URL('https://x.example/elsewhere?q=old'), state).search).toBe(url.search);
      expect(readUrlState(withState(url, state))).toEqual(state);
      expect(withState(url, state).href).toBe(address);
    }
  });

  it('keeps the host page’s own parameters, and drops what it could not read', () => {
    const url = new URL('https://lms.example/page?course=7&from=soon&q=cyber');
    expect(withState(url, { ...readUrlState(url), q: 'cyber crime' }).href).toBe(
      'https://lms.example/page?course=7&q=cyber+crime',
    );
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
      expect(problemMessage((result as DataAddressError).problem)).toBe(
        `only http(s) and relative addresses are accepted for data; got a "${scheme}:" address`,
      );
    }
  });

  it('explains that a relative address needs the page served over http(s)', () => {
    const result = resolveDataUrl('events.json', new URL('file:///home/teacher/timeline.html'));
    expect(problemMessage((result as DataAddressError).problem)).toContain(
      'needs the timeline to be served over http(s)',
    );
  });
});
