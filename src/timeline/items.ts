import type { DataGroup, DataItem, IdType } from 'vis-timeline/esnext';
import { periodEnd } from '../events/calendarDate.ts';
import type { ContentLanguage } from '../events/contentLanguages.ts';
import { localized, type LocalizedText } from '../events/localized.ts';
import type { TimelineEvent } from '../events/model.ts';
import type { EventKind } from '../events/schema.ts';
import type { Translator } from '../i18n/translator.ts';
import { kindName, kindShapeElement } from '../ui/kindShapes.ts';
import '../ui/kinds.css';
import './periods.css';

/** An event's item: what vis-timeline draws, and the kind its template shows as a shape. */
export interface EventItem extends DataItem {
  readonly kind?: EventKind;
  /** The label's language where it is not the page's (a title the data gives only in English). */
  readonly lang?: string;
}

/** An event as the timeline labels it: its title in the page's language, and the title's language where different. */
export type LabelledEvent = TimelineEvent & { readonly titleLang?: string };

/** The event with its title in the page's language where the data has one; English pages get the event itself. */
export function labelledIn(event: TimelineEvent, language: ContentLanguage): LabelledEvent {
  if (language === 'en') return event;
  const { title } = localized(event, language);
  return { ...event, title: title.text, ...(title.lang !== language && { titleLang: title.lang }) };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A span longer than this (a group's mandate, years of negotiations) is a period: a labelled band. */
const PERIOD_ABOVE_MS = 183 * DAY_MS;

/**
 * A day-precise event is a point in time (a box); a span, or a date known only to the month or
 * year, is drawn as a bar covering that whole period, so the picture claims no more than the data.
 * A span of more than half a year is a period, drawn as a light band over its years.
 */
export function toTimelineItem(event: LabelledEvent): EventItem {
  const item: EventItem = {
    id: event.id,
    group: event.track,
    start: event.date.start,
    content: event.title,
    ...(event.kind && { kind: event.kind }),
    ...(event.titleLang && { lang: event.titleLang }),
  };
  if (event.end) {
    const end = periodEnd(event.end);
    const isPeriod = end.getTime() - event.date.start.getTime() > PERIOD_ABOVE_MS;
    return { ...item, type: 'range', end, ...(isPeriod && { className: PERIOD_CLASS }) };
  }
  if (event.date.precision !== 'day') return { ...item, type: 'range', end: periodEnd(event.date) };
  return { ...item, type: 'box' };
}

const PERIOD_CLASS = 'is-period';

export function isPeriodItem(item: DataItem): boolean {
  return item.className === PERIOD_CLASS;
}

/**
 * In a long list's layout a period is also a band behind its track: a background takes no row of its
 * own, so the tracks keep their height, while the period's event is a box at its start (or in a count).
 * Periods that overlap share one band, from the first one's start (times in ms) to the last end.
 */
export function toPeriodBand(first: TimelineEvent, start: number, end: number): DataItem {
  return {
    id: `band:${first.id}`,
    group: first.track,
    type: 'background',
    className: PERIOD_BAND_CLASS,
    start: new Date(start),
    end: new Date(end),
    content: '',
  };
}

const PERIOD_BAND_CLASS = 'is-period-band';

/** Periods shorter than this are too narrow a bar for a label in a long list's layout. */
const SHORT_PERIOD_MS = 366 * 24 * 60 * 60 * 1000;

/**
 * In a long list's one-line layout, a date known only to the month or year, or a span of days
 * (a three-day summit), is a box at the middle of its period: a bar a few pixels wide would cut its
 * label to nothing. Periods (a group's mandate) and spans of a year or more keep their band.
 */
export function toCompactItem(event: LabelledEvent): EventItem {
  const item = toTimelineItem(event);
  if (item.className === PERIOD_CLASS) return { ...withoutSpan(item), type: 'box', className: PERIOD_START_CLASS };
  if (item.type !== 'range' || item.end === undefined) return item;
  const [start, end] = [new Date(item.start).getTime(), new Date(item.end).getTime()];
  if (end - start >= SHORT_PERIOD_MS) return item;
  return {
    id: event.id,
    group: event.track,
    start: new Date((start + end) / 2),
    content: event.title,
    type: 'box',
    ...(event.kind && { kind: event.kind }),
    ...(event.titleLang && { lang: event.titleLang }),
  };
}

/** An empty marker naming the band's event, so the band can be found (e.g. by tests) without text. */
function bandMarker(item: EventItem): HTMLElement {
  const marker = document.createElement('span');
  marker.dataset.periodOf = String(item.id).replace(/^band:/, '');
  return marker;
}

/** The box that labels a period's band, at the band's start. */
const PERIOD_START_CLASS = 'is-period-start';

function withoutSpan(item: EventItem): EventItem {
  const box: EventItem = { id: item.id, start: item.start, content: item.content };
  return {
    ...box,
    ...(item.group !== undefined && { group: item.group as string }),
    ...(item.kind && { kind: item.kind }),
    ...(item.lang && { lang: item.lang }),
  };
}

/** A track's row; its label in the page's language where the data names it so, else marked with its own language. */
export interface TrackGroup extends DataGroup {
  readonly lang?: string;
}

/** How a track is labelled: `lang` only where it differs from the page's. */
export type TrackLabel = Pick<LocalizedText, 'text'> & { readonly lang?: string };

export function toTimelineGroup(track: string, label?: TrackLabel): TrackGroup {
  return { id: track, content: label?.text ?? track, ...(label?.lang && { lang: label.lang }) };
}

/**
 * vis-timeline's item template, speaking the reader's language. vis-timeline parses string content
 * as (filtered) HTML; an Element is appended as it is. Data text therefore always goes through
 * textContent. Items are buttons (a click, or a screen reader's activation, opens the card) but not
 * tab stops: the timeline is one tab stop and arrows walk it.
 */
export function itemRenderer(t: Translator['t']): (item?: EventItem | null) => HTMLElement {
  return (item) => {
    // A band is drawn by vis's own element and its class; it has no content and nothing to press.
    if (item?.type === 'background') return bandMarker(item);
    const element = isCountItem(item) ? renderCount(t, item) : renderEvent(t, item);
    if (item?.id !== undefined) renderedIds.set(element, item.id);
    return element;
  };
}

/** Which item a drawn button stands for, kept beside the DOM rather than written into it. */
const renderedIds = new WeakMap<Element, IdType>();

/** The id of the item drawn at (or around) this element, e.g. a click's target; undefined outside items. */
export function itemIdAt(target: EventTarget | null): IdType | undefined {
  const button = target instanceof Element ? target.closest('.timeline-item, .timeline-count') : null;
  return button ? renderedIds.get(button) : undefined;
}

function renderEvent(t: Translator['t'], item: EventItem | null | undefined): HTMLElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'timeline-item';
  button.tabIndex = -1;
  button.dataset.eventId = String(item?.id ?? '');
  // A title is data: in an Arabic page an English one keeps its own direction (and its punctuation in place).
  button.dir = 'auto';
  // The shape is named for screen readers ("Resolution"), so the button reads "Resolution, <title>".
  if (item?.kind) button.append(kindShapeElement(item.kind, kindName(t, item.kind)));
  button.append(item?.content ?? '');
  if (item?.lang) button.lang = item.lang;
  // Where a label is cut short with an ellipsis, the pointer shows it whole (focus announces it).
  button.title = item?.content ?? '';
  return button;
}

export function renderGroup(group?: TrackGroup): HTMLElement {
  const label = document.createElement('span');
  label.className = 'timeline-track';
  label.dir = 'auto';
  label.textContent = typeof group?.content === 'string' ? group.content : '';
  if (group?.lang) label.lang = group.lang;
  return label;
}

/** The events of one track that share a bin at the current zoom, too close to tell apart. */
export interface EventCount {
  readonly size: number;
  /** First start and last end of the events inside, in milliseconds. */
  readonly first: number;
  readonly last: number;
}

/** What the timeline draws for a count: one box among its events. */
export interface CountItem extends DataItem {
  readonly count: EventCount;
}

export function isCountItem(item: DataItem | null | undefined): item is CountItem {
  return typeof item === 'object' && item !== null && 'count' in item;
}

/** "37 events": where events are too dense to read, one button that zooms in on them. */
function renderCount(t: Translator['t'], { count }: CountItem): HTMLElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.tabIndex = -1;
  button.className = 'timeline-count';
  button.textContent = t('timeline.count', { count: count.size });
  button.title = t('timeline.zoomTo');
  return button;
}
