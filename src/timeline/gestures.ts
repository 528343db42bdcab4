import { useEffect, useState, type RefObject } from 'react';

/** How long the "Ctrl + scroll to zoom" hint stays after the last plain wheel over the timeline. */
const WHEEL_HINT_MS = 1500;

/** The modifier a reader on this system presses to zoom: ⌘ on Apple systems, Ctrl elsewhere. */
export function zoomModifierLabel(platform: string): string {
  return /Mac|iPhone|iPad|iPod/.test(platform) ? '⌘' : 'Ctrl';
}

/**
 * Shows the zoom hint while plain wheels pass over the timeline, and lets ⌘ + wheel zoom as
 * Ctrl + wheel does (vis-timeline takes one zoom key).
 */
export function useWheelHint(containerRef: RefObject<HTMLDivElement | null>): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onWheel = (event: WheelEvent) => {
      if (event.metaKey && !event.ctrlKey) {
        event.preventDefault();
        event.stopPropagation();
        event.target?.dispatchEvent(asCtrlWheel(event));
        return;
      }
      if (event.ctrlKey || Math.abs(event.deltaY) <= Math.abs(event.deltaX)) return;
      setShown(true);
      clearTimeout(timer);
      timer = setTimeout(() => setShown(false), WHEEL_HINT_MS);
    };
    // Capturing, so ⌘ + wheel is turned into Ctrl + wheel before vis-timeline sees it.
    container.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => {
      container.removeEventListener('wheel', onWheel, { capture: true });
      clearTimeout(timer);
    };
  }, [containerRef]);
  return shown;
}

function asCtrlWheel(event: WheelEvent): WheelEvent {
  const { deltaX, deltaY, deltaZ, deltaMode, clientX, clientY, screenX, screenY, shiftKey, altKey } = event;
  return new WheelEvent('wheel', {
    deltaX,
    deltaY,
    deltaZ,
    deltaMode,
    clientX,
    clientY,
    screenX,
    screenY,
    shiftKey,
    altKey,
    ctrlKey: true,
    bubbles: true,
    cancelable: true,
  });
}
