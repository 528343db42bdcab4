import { useId, useRef, useState } from 'react';
import { CopyButton } from '../ui/CopyButton.tsx';
import { DEFAULT_EMBED_HEIGHT, EMBED_HEIGHTS, embedSnippet } from './embedSnippet.ts';

export interface EmbedDialogProps {
  readonly title: string;
  /** The open event, which the embed may start on. */
  readonly eventId: string | null;
}

/** Builds the `<iframe>` code for this page, shows how big the frame will be, and copies it. */
export function EmbedDialog({ title, eventId }: EmbedDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const ids = { heading: useId(), height: useId(), code: useId(), frameTitle: useId() };
  const [height, setHeight] = useState<number>(DEFAULT_EMBED_HEIGHT);
  const [frameTitle, setFrameTitle] = useState(title);
  const [withEvent, setWithEvent] = useState(true);
  const snippet = embedSnippet({
    pageUrl: new URL(window.location.href),
    eventId: withEvent ? eventId : null,
    height,
    title: frameTitle.trim() || title,
  });

  return (
    <>
      <button type="button" onClick={() => dialogRef.current?.showModal()}>
        Embed
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={ids.heading}>
        <h2 id={ids.heading}>Embed this timeline</h2>
        <p>Paste this code into an LMS page, a course site or slides that accept HTML.</p>
        <div className="embed-dialog-fields">
          <label htmlFor={ids.height}>Height</label>
          <select id={ids.height} value={height} onChange={(event) => setHeight(Number(event.target.value))}>
            {EMBED_HEIGHTS.map((option) => (
              <option key={option} value={option}>
                {option} px
              </option>
            ))}
          </select>
          <label htmlFor={ids.frameTitle}>Frame title (read by screen readers)</label>
          <input id={ids.frameTitle} value={frameTitle} onChange={(event) => setFrameTitle(event.target.value)} />
          {eventId && (
            <label className="embed-dialog-check">
              <input type="checkbox" checked={withEvent} onChange={(event) => setWithEvent(event.target.checked)} /> Open on the
              selected event
            </label>
          )}
        </div>
        <p className="embed-dialog-preview-label">
          Frame: full width of its column × {height} px
        </p>
        <div className="embed-dialog-preview" aria-hidden="true" style={{ height: `${height / 4}px` }}>
          {height} px
        </div>
        <label htmlFor={ids.code}>Embed code</label>
        <textarea id={ids.code} readOnly value={snippet} rows={4} onFocus={(event) => event.target.select()} />
        <div className="embed-dialog-actions">
          <CopyButton text={snippet}>Copy embed code</CopyButton>
          <button type="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
