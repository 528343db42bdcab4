import { lazy, Suspense, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { EmbedBuilderProps } from './EmbedBuilder.tsx';
import { useTranslator } from '../i18n/I18nProvider.tsx';

export type EmbedDialogProps = Omit<EmbedBuilderProps, 'openings' | 'onClose'>;

// Loaded on the first opening: most readers never embed, and the first screen stays within its budget.
const EmbedBuilder = lazy(() => import('./EmbedBuilder.tsx').then(({ EmbedBuilder }) => ({ default: EmbedBuilder })));

/** The Embed button and its dialog, which builds the `<iframe>` code for this page. */
export function EmbedDialog(props: EmbedDialogProps) {
  const { t } = useTranslator();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [openings, setOpenings] = useState(0);

  const open = () => {
    setOpenings((count) => count + 1);
    dialogRef.current?.showModal();
  };
  const close = () => dialogRef.current?.close();
  // The dialog closes itself on Escape; the page behind must not also close its card.
  const keepEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') event.stopPropagation();
  };

  return (
    <>
      <button type="button" onClick={open}>
        {t('embed.button')}
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={headingId} onKeyDown={keepEscape}>
        <h2 id={headingId}>{t('embed.title')}</h2>
        {openings > 0 && (
          <Suspense fallback={<p role="status">{t('embed.loading')}</p>}>
            <EmbedBuilder {...props} openings={openings} onClose={close} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
