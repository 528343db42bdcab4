import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { EventCard } from '../card/EventCard.tsx';
import type { Timeline } from '../events/model.ts';
import { TimelineView } from '../timeline/TimelineView.tsx';
import { useEditorWords, type EditorWords } from './words.tsx';

export interface PreviewProps {
  /** The last valid state of the draft, or undefined when it has never been valid. */
  readonly timeline: Timeline | undefined;
  /** True when the draft as it is now is valid, so the preview shows it. */
  readonly current: boolean;
  readonly problemCount: number;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onClose: () => void;
}

/** The timeline and the card as readers will see them, from the last valid state of the draft. */
export function Preview(props: PreviewProps) {
  const { timeline, current, problemCount, selectedId, onSelect, onClose } = props;
  const { t } = useEditorWords();
  const events = timeline?.events ?? [];
  const index = events.findIndex((event) => event.id === selectedId);
  const selected = events[index];
  return (
    <>
      <p className="editor-preview-status" role="status">
        {previewStatus(t, timeline !== undefined, current, problemCount)}
      </p>
      {timeline && (
        <div className={current ? 'editor-preview-view' : 'editor-preview-view editor-preview-stale'}>
          <TimelineView
            events={events}
            tracks={timeline.tracks}
            selectedId={selected?.id ?? null}
            onSelect={onSelect}
            label={t('editor.preview.label', { title: timeline.title })}
          />
          {selected && (
            <KeepFocus>
              <EventCard
                event={selected}
                position={{ index: index + 1, total: events.length }}
                link={`#event=${encodeURIComponent(selected.id)}`}
                {...(index > 0 && { onPrevious: () => onSelect(events[index - 1]?.id ?? '') })}
                {...(index < events.length - 1 && { onNext: () => onSelect(events[index + 1]?.id ?? '') })}
                onClose={onClose}
              />
            </KeepFocus>
          )}
        </div>
      )}
    </>
  );
}

function previewStatus(t: EditorWords['t'], everValid: boolean, current: boolean, count: number): string {
  if (current) return t('editor.preview.current');
  return t(everValid ? 'editor.preview.stale' : 'editor.preview.never', { count });
}

/**
 * The card takes focus when it opens, as it should for a reader; in the editor it opens while
 * someone types in the form or opens an event, so focus goes back to where it came from. Only while
 * the card mounts: afterwards, focus moves into it as anywhere else.
 */
function KeepFocus({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const stopKeeping = useRef<() => void>(undefined);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const giveBack = (event: FocusEvent) => {
      if (event.relatedTarget instanceof HTMLElement) event.relatedTarget.focus({ preventScroll: true });
    };
    element.addEventListener('focusin', giveBack);
    stopKeeping.current = () => element.removeEventListener('focusin', giveBack);
    return stopKeeping.current;
  }, []);
  // Effects run children first: by now the card has taken focus, and has been given it back.
  useEffect(() => stopKeeping.current?.(), []);
  return <div ref={box}>{children}</div>;
}
