import type { Timeline } from '../events/model.ts';
import { EventList } from './EventList.tsx';
import { YearTrackOverview } from './YearTrackOverview.tsx';
import './handout.css';

/** What paper gets: the overview of every event by year and track, then every event in two columns. */
export default function Handout({ timeline }: { timeline: Timeline }) {
  return (
    <>
      <YearTrackOverview events={timeline.events} tracks={timeline.tracks} />
      <EventList events={timeline.events} label="Events in date order (handout)" />
    </>
  );
}
