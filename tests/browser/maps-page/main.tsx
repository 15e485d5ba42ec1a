/**
 * A page with every map, lead and timeline of the real lesson, in light or dark (?mode=dark), for the
 * real-browser check of the maps (tests/browser/maps.test.ts): served by Vite from the sources.
 */
import { createRoot } from 'react-dom/client';
import CssBaseline from '@mui/material/CssBaseline';
import Box from '@mui/material/Box';
import { ThemeProvider } from '@mui/material/styles';
import lesson from 'virtual:lesson';
import { lessonTheme } from '../../../src/ui/theme';
import { GlobalLook } from '../../../src/ui/GlobalLook';
import { VisualView } from '../../../src/ui/visuals/VisualView';

const params = new URLSearchParams(location.search);
const mode = params.get('mode') === 'dark' ? 'dark' : 'light';
const only = params.get('visual');
const visuals = lesson.sections.flatMap((s) => Object.entries(s.visuals)).filter(([id, v]) => (only ? id === only : v.kind === 'map' || v.kind === 'lead' || v.kind === 'timeline'));
createRoot(document.getElementById('root')!).render(
  <ThemeProvider theme={lessonTheme(mode, false)}>
    <CssBaseline />
    <GlobalLook />
    <Box component="main" sx={{ maxWidth: 900, mx: 'auto', p: { xs: 1, sm: 3 } }}>
      <h1>The lesson's maps</h1>
      {visuals.map(([id, v]) => (
        <section key={id} id={id} aria-label={id}>
          <VisualView visual={v} />
        </section>
      ))}
    </Box>
  </ThemeProvider>,
);
