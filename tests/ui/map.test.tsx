import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MAP_PLACES } from '../../src/content/schema';
import { RegionMap } from '../../src/ui/visuals/RegionMap';

describe('the region map', () => {
  it('can mark, and name in words, every place an author is allowed to highlight', () => {
    render(<RegionMap visual={{ kind: 'map', title: 'Everything', caption: 'All places.', highlight: [...MAP_PLACES] }} />);
    const figure = screen.getByRole('figure', { name: /Everything/ });
    expect(within(figure).getByRole('img', { name: /Simplified map of Northeast Asia, 1939–1945\. All places\./ })).toBeInTheDocument();
    const list = within(figure).getByText('Marked on this map:').nextElementSibling as HTMLElement;
    expect(within(list).getAllByRole('listitem')).toHaveLength(MAP_PLACES.length);
  });
});
