/**
 * The maps and the stepping timeline as a learner meets them: the picture is named, its key and what it
 * marks are text, and a timeline is stepped through with the mouse or the keyboard alone, its current
 * event ringed on the map.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TimelineVisual } from '../../src/content/model';
import { LeadVisual } from '../../src/ui/visuals/LeadVisual';
import { RegionMap } from '../../src/ui/visuals/RegionMap';
import { Timeline } from '../../src/ui/visuals/Timeline';

const taken = { kind: 'map', title: 'What was taken', caption: 'The four regions.', map: 'taken-1945' } as const;

describe('a map', () => {
  it('is one named picture, with its caption, a key and a list of what it marks', async () => {
    render(<RegionMap visual={taken} />);
    const figure = screen.getByRole('figure', { name: /What was taken/ });
    expect(await within(figure).findByRole('img', { name: 'Map: What was taken. The four regions.' })).toBeInTheDocument();
    const key = within(figure).getByRole('list', { name: 'Key to the map' });
    expect(within(key).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Taken by Soviet forces, August–September 1945',
      'Japan (including Hokkaido)',
      'Soviet Union',
      "Mongolian People's Republic",
    ]);
    const marks = within(figure).getByText('Marked on this map:').nextElementSibling as HTMLElement;
    const items = within(marks).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items).toContain(
      'Taken by Soviet forces, August–September 1945: Manchuria (the former Manchukuo) (boundary approximate); Korea north of the 38th parallel; South Sakhalin (Karafuto); Kuril Islands',
    );
    expect(items).toContain('Japan (including Hokkaido): Japan');
    expect(items.find((t) => t.startsWith('38th parallel'))).toMatch(/north of it surrendered to the Soviets/);
  });

  it('names the source of every boundary, folded away under the map', async () => {
    render(<RegionMap visual={{ kind: 'map', title: 'Region', caption: 'The border.', map: 'region-1939' }} />);
    const sources = (await screen.findByText('Sources for this map')).closest('details') as HTMLElement;
    expect(sources).not.toHaveAttribute('open');
    expect(within(sources).getByText('Manchukuo').parentElement).toHaveTextContent(/Approximate.*Administrative divisions of Manchukuo/);
    expect(within(sources).getByText(/Natural Earth \(public domain\)/)).toBeInTheDocument();
  });

  it('tells the real distance to Moscow, which lies off the map', async () => {
    render(<RegionMap visual={{ kind: 'map', title: 'Region', caption: 'The border.', map: 'region-1939' }} />);
    expect(await screen.findByText('Moscow (off the map, to the west)')).toBeInTheDocument();
    expect(screen.getByText('Moscow (off the map, to the west)').parentElement).toHaveTextContent('about 7,500 km from Tokyo in a straight line');
  });
});

describe('a section lead', () => {
  it('gives the date span and place in words, and rings the place on the small map', async () => {
    const { container } = render(
      <LeadVisual visual={{ kind: 'lead', title: 'Where and when', dates: '13 April 1941', where: 'Moscow', map: 'locator', focus: ['moscow'] }} />,
    );
    const figure = screen.getByRole('figure', { name: 'Where and when' });
    expect(figure).toHaveTextContent('When13 April 1941WhereMoscow');
    expect(await within(figure).findByRole('img', { name: 'Small map from Moscow to Tokyo, with Moscow circled.' })).toBeInTheDocument();
    expect(container.querySelector('[data-focus="moscow"]')).not.toBeNull();
  });
});

const road: TimelineVisual = {
  kind: 'timeline',
  title: 'The road',
  map: 'region-1939',
  events: [
    { date: '1905', label: 'South Sakhalin to Japan', detail: 'After the war.', place: 'south-sakhalin' },
    { date: '1936', label: 'Anti-Comintern Pact', detail: 'Signed in Berlin.' },
    { date: '1939', label: 'Khalkhin Gol', detail: 'Battles on the border.', place: 'khalkhin-gol' },
    { date: '1941', label: 'The pact', detail: 'Signed in Moscow.', place: 'moscow' },
  ],
};

function current(): HTMLElement {
  return screen.getAllByRole('button').find((b) => b.getAttribute('aria-current') === 'step') as HTMLElement;
}

function ringed(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[data-focus]')].map((el) => el.getAttribute('data-focus') ?? '');
}

describe('a timeline the learner steps through', () => {
  it('starts at the first event, open, with its place ringed on the map', async () => {
    const { container } = render(<Timeline visual={road} />);
    await screen.findByRole('img', { name: /Map for the timeline/ });
    expect(current()).toHaveTextContent('1905South Sakhalin to Japan');
    expect(screen.getByText('After the war.')).toBeInTheDocument();
    expect(screen.queryByText('Signed in Berlin.')).toBeNull();
    expect(screen.getByText('Event 1 of 4')).toBeInTheDocument();
    expect(screen.getByText('Marked on the map: South Sakhalin (Karafuto).')).toBeInTheDocument();
    expect(ringed(container)).toEqual(['south-sakhalin']);
    expect(screen.getByRole('button', { name: 'Previous event' })).toBeDisabled();
  });

  it('steps with Previous and Next, and by clicking an event; an event with no place rings nothing', async () => {
    const user = userEvent.setup();
    const { container } = render(<Timeline visual={road} />);
    await screen.findByRole('img', { name: /Map for the timeline/ });
    await user.click(screen.getByRole('button', { name: 'Next event' }));
    expect(current()).toHaveTextContent('Anti-Comintern Pact');
    expect(screen.getByText('Signed in Berlin.')).toBeInTheDocument();
    expect(screen.getByText('Not on this map.')).toBeInTheDocument();
    expect(ringed(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: /1941\s*The pact/ }));
    expect(current()).toHaveTextContent('The pact');
    expect(screen.getByText('Event 4 of 4')).toBeInTheDocument();
    expect(ringed(container)).toEqual(['moscow']);
    expect(screen.getByRole('button', { name: 'Next event' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous event' }));
    expect(current()).toHaveTextContent('Khalkhin Gol');
    expect(ringed(container)).toEqual(['khalkhin-gol']);
  });

  it('works from the keyboard alone: Tab to the events, arrows to move, Enter on an event', async () => {
    const user = userEvent.setup();
    render(<Timeline visual={road} />);
    await screen.findByRole('img', { name: /Map for the timeline/ });
    // Tab: the map picture's frame, Next (Previous is disabled), then the first event.
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next event' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(current()).toHaveTextContent('Anti-Comintern Pact');
    await user.tab();
    expect(screen.getByRole('button', { name: /1905/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: /1936/ })).toHaveFocus();
    expect(current()).toHaveTextContent('1936');
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: /1941/ })).toHaveFocus();
    expect(current()).toHaveTextContent('The pact');
    await user.keyboard('{ArrowUp}');
    expect(current()).toHaveTextContent('Khalkhin Gol');
    await user.keyboard('{Home}');
    expect(current()).toHaveTextContent('1905');
    await user.tab();
    expect(screen.getByRole('button', { name: /1936/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(current()).toHaveTextContent('Anti-Comintern Pact');
  });

  it('without a map it still steps, and says nothing about a map', async () => {
    const user = userEvent.setup();
    const { map: _map, ...plain } = road;
    render(<Timeline visual={{ ...plain, events: plain.events.map(({ place: _place, ...e }) => e) }} />);
    expect(screen.queryByRole('img')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next event' }));
    expect(current()).toHaveTextContent('Anti-Comintern Pact');
    expect(screen.queryByText(/on this map|on the map/)).toBeNull();
  });
});
