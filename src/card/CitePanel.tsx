import { Fragment, useEffect, useState } from 'react';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import { CopyButton } from '../ui/CopyButton.tsx';
import { citableLabel, type Citable } from '../ui/citation.ts';
import type { FormattedCitations } from '../ui/formatCitations.ts';

type Loaded = { readonly citations: FormattedCitations } | { readonly error: string } | null;

/** APA and Chicago entries for one source or UN document, each with a copy button. */
export default function CitePanel({ item }: { item: Citable }) {
  const { t, language } = useTranslator();
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    let current = true;
    import('../ui/formatCitations.ts')
      .then(({ formatCitations }) => formatCitations(item, language))
      .then(
        (citations) => current && setLoaded({ citations }),
        (error: unknown) => current && setLoaded({ error: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      current = false;
    };
  }, [item, language]);

  const label = citableLabel(item);
  if (!loaded) return <p role="status">{t('card.preparing', { label })}</p>;
  if ('error' in loaded) return <p role="alert">{t('card.citeFailed', { label, error: loaded.error })}</p>;
  const { apa, chicago } = loaded.citations;
  const entries = [
    { style: t('card.apa'), short: 'APA', text: apa },
    { style: t('card.chicago'), short: 'Chicago', text: chicago },
  ];
  return (
    <section className="cite-panel" aria-label={t('card.citeItem', { label })}>
      <h3>{label}</h3>
      <dl>
        {entries.map(({ style, short, text }) => (
          <Fragment key={short}>
            <dt>{style}</dt>
            <dd>
              <p className="cite-panel-entry">{text}</p>
              <CopyButton text={text} label={t('card.copyEntry', { style: short, label })}>
                {t('ui.copy')}
              </CopyButton>
            </dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
