import { Fragment, useEffect, useState } from 'react';
import { CopyButton } from '../ui/CopyButton.tsx';
import { citableLabel, type Citable } from '../ui/citation.ts';
import type { FormattedCitations } from '../ui/formatCitations.ts';

type Loaded = { readonly citations: FormattedCitations } | { readonly error: string } | null;

/** APA and Chicago entries for one source or UN document, each with a copy button. */
export function CitePanel({ item }: { item: Citable }) {
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    let current = true;
    import('../ui/formatCitations.ts')
      .then(({ formatCitations }) => formatCitations(item))
      .then(
        (citations) => current && setLoaded({ citations }),
        (error: unknown) => current && setLoaded({ error: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      current = false;
    };
  }, [item]);

  const label = citableLabel(item);
  if (!loaded) return <p role="status">Preparing citations for {label}…</p>;
  if ('error' in loaded)
    return (
      <p role="alert">
        The citations for {label} could not be prepared: {loaded.error}
      </p>
    );
  const { apa, chicago } = loaded.citations;
  const entries = [
    { style: 'APA (7th edition)', short: 'APA', text: apa },
    { style: 'Chicago (notes and bibliography, 17th edition)', short: 'Chicago', text: chicago },
  ];
  return (
    <section className="cite-panel" aria-label={`Cite ${label}`}>
      <h3>{label}</h3>
      <dl>
        {entries.map(({ style, short, text }) => (
          <Fragment key={short}>
            <dt>{style}</dt>
            <dd>
              <p className="cite-panel-entry">{text}</p>
              <CopyButton text={text} label={`Copy ${short} citation of ${label}`}>
                Copy
              </CopyButton>
            </dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
