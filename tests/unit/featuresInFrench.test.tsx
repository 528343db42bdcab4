import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { EventCard } from '../../src/card/EventCard.tsx';
import type { TimelineEvent } from '../../src/events/model.ts';
import { I18nProvider } from '../../src/i18n/I18nProvider.tsx';
import { loadTranslator, type Translator } from '../../src/i18n/translator.ts';
import { EventList } from '../../src/list/EventList.tsx';
import Handout from '../../src/list/Handout.tsx';
import { itemRenderer, type CountItem } from '../../src/timeline/items.ts';
import { ZoomToolbar } from '../../src/timeline/ZoomToolbar.tsx';
import { KindLegend } from '../../src/ui/KindShape.tsx';
import { validTimeline } from './fixtures.ts';

let french: Translator;
beforeAll(async () => {
  french = await loadTranslator('fr');
});

function inFrench(element: ReactNode) {
  return render(<I18nProvider translator={french}>{element}</I18nProvider>);
}

const timeline = validTimeline();
const [resolution] = timeline.events.filter((event) => event.id === 'second');
const unchecked: TimelineEvent = {
  ...resolution!,
  kind: 'treaty',
  citations: resolution!.citations.map((citation) => ({ ...citation, checked: false })),
  related: [{ id: 'first', title: 'Agreement signed' }],
};

describe('the features in French', () => {
  it('labels the card: close, copy link, cite, walk, kind, actors, documents, see also', () => {
    inFrench(
      <EventCard
        event={unchecked}
        position={{ index: 2, total: 5 }}
        link="https://example.org/#event=second"
        onClose={() => {}}
      />,
    );
    const card = screen.getByRole('article', { name: 'Resolution adopted' });
    expect(within(card).getByRole('button', { name: 'Fermer la fiche de l’événement' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Copier le lien vers cet événement' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Citer' })).toHaveAttribute('aria-expanded', 'false');
    const nav = within(card).getByRole('navigation', { name: 'Événements par ordre chronologique' });
    expect(nav).toHaveTextContent('← Précédent2 sur 5Suivant →');
    expect(card).toHaveTextContent('Traité ou convention');
    // French puts a no-break space before the colon (the matchers would fold it into a plain space).
    expect(card.querySelector('.event-card-actors')?.textContent).toBe('Acteurs\u00a0: UN General Assembly');
    expect(card.querySelector('.event-card-unchecked:not(.event-card-summary-note)')?.textContent).toBe(
      'Citation non vérifiée\u00a0: aucun texte de la source n’est conservé',
    );
    expect(within(card).getByRole('heading', { name: 'Documents de l’ONU' })).toBeInTheDocument();
    expect(within(card).getByRole('heading', { name: 'Voir aussi' })).toBeInTheDocument();
    // Data text stays as the file gives it.
    expect(within(card).getByRole('link', { name: 'Agreement signed' })).toHaveAttribute('href', '#event=first');
  });

  it('says "Copié" once the link is on the clipboard', async () => {
    const user = userEvent.setup();
    inFrench(
      <EventCard event={unchecked} position={{ index: 1, total: 1 }} link="https://example.org/" onClose={() => {}} />,
    );
    await user.click(screen.getByRole('button', { name: 'Copier le lien vers cet événement' }));
    expect(await screen.findByText('Copié')).toBeInTheDocument();
  });

  it('names the list of events', () => {
    inFrench(<EventList events={timeline.events} />);
    const list = screen.getByRole('list', { name: 'Événements par ordre chronologique' });
    expect(within(list).getAllByRole('article')).toHaveLength(2);
    expect(list.querySelector('.event-card-actors')?.textContent).toBe('Acteurs\u00a0: UN General Assembly');
  });

  it('prints the handout with French headings, plurals and an empty stretch of years', () => {
    inFrench(<Handout timeline={timeline} />);
    const overview = screen.getByRole('table', { name: /^Vue d’ensemble\s: 2 événements par année et par piste$/ });
    expect(overview.querySelector('caption')?.textContent).toBe(
      'Vue d’ensemble\u00a0: 2 événements par année et par piste',
    );
    expect(within(overview).getAllByRole('columnheader')[0]).toHaveTextContent('Année');
    expect(within(overview).getByRole('row', { name: /^1973–1997/ })).toHaveTextContent('aucun événement');
    expect(
      screen.getByRole('list', { name: 'Événements par ordre chronologique (document à distribuer)' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Sources citées' })).toBeInTheDocument();
  });

  it('names the zoom buttons, the kinds in the key and the counts on the timeline', () => {
    inFrench(
      <>
        <ZoomToolbar onZoom={() => {}} visibleRange="1998 – 2020" />
        <KindLegend />
      </>,
    );
    expect(screen.getByRole('toolbar', { name: 'Zoom' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zoom avant' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tout afficher' })).toBeInTheDocument();
    expect(screen.getByText('Légende')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Types d’événement' })).toHaveTextContent('Résolution');

    const draw = itemRenderer(french.t);
    const countItem: CountItem = {
      id: 'count',
      start: new Date(2000, 0),
      content: '',
      count: { size: 37, first: 0, last: 1 },
    };
    const count = draw(countItem);
    expect(count.textContent).toBe('37 événements');
    expect(count.title).toBe('Zoomer sur ces événements');
    const box = draw({ id: 'x', start: new Date(2000, 0), content: 'Resolution adopted', kind: 'resolution' });
    expect(box.querySelector('svg')?.getAttribute('aria-label')).toBe('Résolution');
  });
});
