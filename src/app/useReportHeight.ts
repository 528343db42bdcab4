import { useEffect, type RefObject } from 'react';

/** The message an embedded timeline sends its host page whenever its content height changes. */
export interface HeightMessage {
  readonly type: 'un-ict-timeline:height';
  /** CSS pixels the content needs to show without scrolling. */
  readonly height: number;
}

const HEIGHT_MESSAGE_TYPE: HeightMessage['type'] = 'un-ict-timeline:height';

/**
 * Tells the parent page how tall the content is, so a host script can size the iframe. The height
 * is not secret, so any parent may read it ('*'); nothing is received.
 */
export function useReportHeight(content: RefObject<HTMLElement | null>, enabled: boolean): void {
  useEffect(() => {
    const element = content.current;
    if (!enabled || !element || window.parent === window) return;
    let last = -1;
    const report = () => {
      const height = Math.ceil(element.scrollHeight);
      if (height === last) return;
      last = height;
      const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, height };
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => observer.disconnect();
  }, [content, enabled]);
}
