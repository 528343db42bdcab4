import { useTranslator } from '../i18n/I18nProvider.tsx';
import type { ZoomDirection } from './keyboard.ts';

interface ZoomToolbarProps {
  readonly onZoom: (direction: ZoomDirection) => void;
  /** The period in view, as the caption reads it ("1965 – 2027"). */
  readonly visibleRange: string;
}

/** The zoom buttons and the visible period; they come before the timeline, so Tab reaches them first. */
export function ZoomToolbar({ onZoom, visibleRange }: ZoomToolbarProps) {
  const { t } = useTranslator();
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label={t('timeline.zoom')}>
      <button type="button" onClick={() => onZoom('in')}>
        {t('timeline.zoomIn')}
      </button>
      <button type="button" onClick={() => onZoom('out')}>
        {t('timeline.zoomOut')}
      </button>
      <button type="button" onClick={() => onZoom('fit')}>
        {t('timeline.showAll')}
      </button>
      <output className="timeline-range" aria-label={t('timeline.period')}>
        {visibleRange}
      </output>
    </div>
  );
}
