/**
 * The maps' colours in light and dark mode. Fills are pale enough for dark text (and light text in dark
 * mode) to read on them; labels also get a halo in the background colour, so they read on any fill.
 * The area a map is about ('taken', 'front') is the one strong colour.
 */
import type { MapRole } from '../../content/maps/map-model';

export interface MapColors {
  readonly sea: string;
  readonly land: string;
  readonly coast: string;
  readonly border: string;
  readonly text: string;
  readonly halo: string;
  readonly marker: string;
  readonly focus: string;
  readonly roles: Readonly<Record<MapRole, string>>;
}

const light: MapColors = {
  sea: '#cfe3f3',
  land: '#f1ecdf',
  coast: '#7c7466',
  border: '#4a4238',
  text: '#1b1b1b',
  halo: '#ffffff',
  marker: '#1b1b1b',
  focus: '#b3261e',
  roles: {
    soviet: '#f3d3c9',
    'soviet-ally': '#f5e1b8',
    japan: '#c7daf0',
    puppet: '#dfe7f3',
    taken: '#d9622b',
    front: '#b3261e',
    battle: '#1b1b1b',
  },
};

const dark: MapColors = {
  sea: '#13263a',
  land: '#2c3034',
  coast: '#9aa3ab',
  border: '#d0d6dc',
  text: '#f4f4f4',
  halo: '#121417',
  marker: '#f4f4f4',
  focus: '#ffb4a8',
  roles: {
    soviet: '#5b3630',
    'soviet-ally': '#5a4a2a',
    japan: '#2d5478',
    puppet: '#34475c',
    taken: '#c4622f',
    front: '#ff8a7a',
    battle: '#f4f4f4',
  },
};

export function mapColors(mode: 'light' | 'dark'): MapColors {
  return mode === 'dark' ? dark : light;
}
