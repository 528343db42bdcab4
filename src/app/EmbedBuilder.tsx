import { useId, useMemo, useState } from 'react';
import type { TimelineEvent } from '../events/model.ts';
import { CopyButton } from '../ui/CopyButton.tsx';
import { recommendedEmbedHeight } from './embedHeight.ts';
import { embedSnippet } from './embedSnippet.ts';
import type { ViewMode } from './urlState.ts';
import englishMessages from '../i18n/catalogs/en.json?messages=embed';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import { addEnglishMessages, type MessageId } from '../i18n/translator.ts';

addEnglishMessages(englishMessages);

export interface EmbedBuilderProps {
  /** The page's address now, with its search and filters, which the frame keeps. */
  readonly pageUrl: URL;
  readonly title: string;
  /** The open event, which the embed may start on. */
  readonly eventId: string | null;
  /** The timeline's events and tracks, from which the frame's height is worked out. */
  readonly events: readonly TimelineEvent[];
  readonly tracks: readonly string[];
  /** Counts the dialog's openings: a new one forgets "Copied". */
  readonly openings: number;
  readonly onClose: () => void;
}

/** Column widths teachers meet: a phone, a typical LMS content column, a wide one, a full page. */
const COLUMN_WIDTHS: readonly { width: number; label: MessageId }[] = [
  { width: 360, label: 'embed.builder.phone' },
  { width: 700, label: 'embed.builder.course' },
  { width: 900, label: 'embed.builder.wide' },
  { width: 1200, label: 'embed.builder.full' },
];
const DEFAULT_COLUMN_WIDTH = 700;
const HEIGHTS = [300, 400, 500, 600, 700, 800, 1000] as const;
/** Frames up to this wide start in the list (see useUrlState): 40 rem. */
const LIST_UP_TO = 640;
const PREVIEW_SCALE = 0.4;

type StartView = ViewMode | 'auto';

function toStartView(value: string): StartView {
  return value === 'timeline' || value === 'list' ? value : 'auto';
}

/**
 * The Embed dialog's content, loaded on its first opening: builds the `<iframe>` code for this page,
 * recommends and previews the frame's size, and copies the code.
 */
export function EmbedBuilder({ pageUrl, title, eventId, events, tracks, openings, onClose }: EmbedBuilderProps) {
  const { t } = useTranslator();
  const ids = { width: useId(), height: useId(), start: useId(), code: useId(), frameTitle: useId() };
  const [columnWidth, setColumnWidth] = useState<number>(DEFAULT_COLUMN_WIDTH);
  // Null follows the recommendation for the column width.
  const [chosenHeight, setChosenHeight] = useState<number | null>(null);
  const [start, setStart] = useState<StartView>('auto');
  const [frameTitle, setFrameTitle] = useState(title);
  const [withEvent, setWithEvent] = useState(true);
  const advice = useMemo(() => recommendedEmbedHeight(events, tracks, columnWidth), [events, tracks, columnWidth]);
  const height = chosenHeight ?? advice.height;
  const snippet = embedSnippet({
    pageUrl,
    eventId: withEvent ? eventId : null,
    view: start === 'auto' ? null : start,
    height,
    title: frameTitle.trim() || title,
  });
  const heights = [...new Set([...HEIGHTS, advice.height])].sort((a, b) => a - b);
  const startsInList = start === 'list' || (start === 'auto' && columnWidth <= LIST_UP_TO);

  return (
    <>
      <p>{t('embed.builder.intro')}</p>
      <div className="embed-dialog-fields">
        <label htmlFor={ids.width}>{t('embed.builder.width')}</label>
        <select id={ids.width} value={columnWidth} onChange={(event) => setColumnWidth(Number(event.target.value))}>
          {COLUMN_WIDTHS.map(({ width, label }) => (
            <option key={width} value={width}>
              {t(label, { width })}
            </option>
          ))}
        </select>
        <label htmlFor={ids.height}>{t('embed.builder.height')}</label>
        <select id={ids.height} value={height} onChange={(event) => setChosenHeight(Number(event.target.value))}>
          {heights.map((option) => (
            <option key={option} value={option}>
              {t(option === advice.height ? 'embed.builder.recommended' : 'embed.builder.pixels', { height: option })}
            </option>
          ))}
        </select>
        <label htmlFor={ids.start}>{t('embed.builder.start')}</label>
        <select id={ids.start} value={start} onChange={(event) => setStart(toStartView(event.target.value))}>
          <option value="auto">{t('embed.builder.auto', { width: LIST_UP_TO })}</option>
          <option value="timeline">{t('app.timeline')}</option>
          <option value="list">{t('app.list')}</option>
        </select>
        <label htmlFor={ids.frameTitle}>{t('embed.builder.frameTitle')}</label>
        <input id={ids.frameTitle} value={frameTitle} onChange={(event) => setFrameTitle(event.target.value)} />
        {eventId && (
          <label className="embed-dialog-check">
            <input type="checkbox" checked={withEvent} onChange={(event) => setWithEvent(event.target.checked)} />{' '}
            {t('embed.builder.withEvent')}
          </label>
        )}
      </div>
      <HeightAdvice height={height} recommended={advice.height} trackCount={advice.trackCount} width={columnWidth} />
      {startsInList && <p className="embed-dialog-note">{t('embed.builder.listNote')}</p>}
      <FramePreview width={columnWidth} height={height} contentHeight={advice.height} />
      <label htmlFor={ids.code}>{t('embed.builder.code')}</label>
      <textarea id={ids.code} readOnly value={snippet} rows={4} onFocus={(event) => event.target.select()} />
      <div className="embed-dialog-actions">
        {/* A new key forgets "Copied" whenever the code changes and on each opening. */}
        <CopyButton key={`${openings}:${snippet}`} text={snippet}>
          {t('embed.builder.copy')}
        </CopyButton>
        <button type="button" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
    </>
  );
}

interface HeightAdviceProps {
  readonly height: number;
  readonly recommended: number;
  readonly trackCount: number;
  readonly width: number;
}

function HeightAdvice({ height, recommended, trackCount, width }: HeightAdviceProps) {
  const { t } = useTranslator();
  const values = { height, recommended, tracks: trackCount, width };
  if (height >= recommended) return <p className="embed-dialog-advice">{t('embed.builder.fits', values)}</p>;
  return <p className="embed-dialog-advice embed-dialog-warning">{t('embed.builder.cut', values)}</p>;
}

/** The frame drawn to scale, with the timeline's height in it: what a shorter frame leaves below its edge. */
function FramePreview({ width, height, contentHeight }: { width: number; height: number; contentHeight: number }) {
  const { t } = useTranslator();
  const scaled = (pixels: number) => `${Math.round(pixels * PREVIEW_SCALE)}px`;
  const cut = height < contentHeight;
  return (
    <div className="embed-dialog-preview-figure" aria-hidden="true">
      <div
        className={cut ? 'embed-dialog-preview is-cut' : 'embed-dialog-preview'}
        style={{ width: scaled(width), height: scaled(height) }}
      >
        <div className="embed-dialog-preview-content" style={{ height: scaled(contentHeight) }} />
      </div>
      <span className="embed-dialog-preview-size">
        {t(cut ? 'embed.builder.sizeCut' : 'embed.builder.size', { width, height })}
      </span>
    </div>
  );
}
