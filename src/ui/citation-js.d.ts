// citation-js ships no types; these cover the calls this app makes.
declare module '@citation-js/core' {
  export interface CslData {
    readonly id: string;
    readonly type: string;
    readonly [field: string]: unknown;
  }
  export interface FormatOptions {
    readonly format: 'text' | 'html';
    readonly template: string;
    readonly lang: string;
  }
  export class Cite {
    constructor(data: CslData | readonly CslData[]);
    format(type: 'bibliography', options: FormatOptions): string;
  }
  export const plugins: {
    config: {
      get(plugin: '@csl'): { styles: { add(name: string, xml: string): void; has(name: string): boolean } };
    };
  };
}

declare module '@citation-js/plugin-csl';

declare module '@citation/csl-style-chicago-note-bibliography/info.json' {
  const style: { readonly content: string; readonly title: string };
  export default style;
}
