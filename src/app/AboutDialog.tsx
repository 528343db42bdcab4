import { lazy, Suspense, useEffect, useId, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Timeline } from '../events/model.ts';
import type { TimelineReference } from './citeTimeline.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';

// The panel's text and its citation code load when a reader opens it: the first screen needs none of it.
const AboutContent = lazy(() => import('./AboutContent.tsx'));

export interface AboutDialogProps {
  readonly timeline: Timeline;
  readonly reference: TimelineReference;
  /** True for the timeline that ships with the app, whose method this project can vouch for. */
  readonly bundled: boolean;
  readonly ref: RefObject<HTMLDialogElement | null>;
}

/** Opens the panel at its top, with focus on its heading. */
export function showAbout(dialog: HTMLDialogElement | null): void {
  if (!dialog) return;
  dialog.showModal();
  dialog.querySelector<HTMLElement>('.about-dialog-heading')?.focus();
  dialog.scrollTop = 0;
}

/** What the timeline covers, how it was made, when, how to cite it and under which licence. */
export function AboutDialog({ timeline, reference, bundled, ref }: AboutDialogProps) {
  const { t } = useTranslator();
  const headingId = useId();
  const open = useOpenState(ref);
  // Escape closes this dialog only, not the card behind it (the page closes the card on Escape).
  const keepEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') event.stopPropagation();
  };
  return (
    <dialog ref={ref} className="about-dialog" aria-labelledby={headingId} onKeyDown={keepEscape}>
      {/* Focus lands on the heading, so a small frame opens the panel at its top, not at its first link. */}
      <h2 id={headingId} tabIndex={-1} className="about-dialog-heading">
        {t('about.title')}
      </h2>
      {open && (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <AboutContent timeline={timeline} reference={reference} bundled={bundled} />
        </Suspense>
      )}
      <form method="dialog" className="about-dialog-actions">
        <button type="submit">{t('app.close')}</button>
      </form>
    </dialog>
  );
}

/**
 * Whether the dialog is open, from its own toggle event, however it was opened or closed. Not React's
 * onToggle: React 19 listens for toggle on a dialog it creates but not on one it hydrates
 * (react/react#37261), and the prerendered page's dialog is hydrated, so onToggle never fired there.
 */
function useOpenState(ref: RefObject<HTMLDialogElement | null>): boolean {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const follow = () => setOpen(dialog.open);
    dialog.addEventListener('toggle', follow);
    return () => dialog.removeEventListener('toggle', follow);
  }, [ref]);
  return open;
}
