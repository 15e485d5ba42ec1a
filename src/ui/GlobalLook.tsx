import GlobalStyles from '@mui/material/GlobalStyles';

/**
 * Page-wide rules the theme does not cover: a focus ring that is always visible, no motion for
 * learners who ask for none, and a print stylesheet so the results print cleanly on paper.
 */
export function GlobalLook() {
  return (
    <GlobalStyles
      styles={(theme) => ({
        ':focus-visible': { outline: `3px solid ${theme.palette.primary.main}`, outlineOffset: '2px' },
        '@media (prefers-reduced-motion: reduce)': {
          '*, *::before, *::after': {
            animationDuration: '0.01ms !important',
            animationIterationCount: '1 !important',
            transitionDuration: '0.01ms !important',
            scrollBehavior: 'auto !important',
          },
        },
        '@media print': {
          '[data-print="hide"]': { display: 'none !important' },
          body: { background: '#fff !important', color: '#000 !important' },
          '.MuiPaper-root, .MuiAlert-root': { background: '#fff !important', color: '#000 !important', boxShadow: 'none !important' },
          a: { color: '#000 !important' },
        },
      })}
    />
  );
}
