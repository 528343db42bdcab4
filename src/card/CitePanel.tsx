import { Fragment, useEffect, useState } from 'react';
import type { Source } from '../events/model.ts';
import { CopyButton } from '../ui/CopyButton.tsx';
import type { FormattedCitations } from './formatCitations.ts';

type Loaded = { readonly citations: FormattedCitations } | { readonly error: string } | null;

/** APA and Chicago entries for one source, each with a copy button. */
export function CitePanel({ source }: { source: Source }) {
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    let current = true;
    import('./formatCitations.ts')
      .then(({ formatCitations }) => formatCitations(source))
      .then(
        (citations) => current && setLoaded({ citations }),
        (error: unknown) => current && setLoaded({ error: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      current = false;
    };
  }, [source]);

  if (!loaded) return <p role="status">Preparing citations…</p>;
  if ('error' in loaded) return <p role="alert">The citations could not be prepared: {loaded.error}</p>;
  const { apa, chicago } = loaded.citations;
  const entries = [
    { style: 'APA (7th edition)', short: 'APA', text: apa },
    { style: 'Chicago (notes and bibliography, 17th edition)', short: 'Chicago', text: chicago },
  ];
  return (
    <dl className="cite-panel">
      {entries.map(({ style, short, text }) => (
        <Fragment key={short}>
          <dt>{style}</dt>
          <dd>
            <p className="cite-panel-entry">{text}</p>
            <CopyButton text={text} label={`Copy ${short} citation`}>
              Copy
            </CopyButton>
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
