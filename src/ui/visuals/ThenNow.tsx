import Box from '@mui/material/Box';
import type { ThenNowVisual } from '../../content/model';
import { Figure } from './Figure';

/** Then and now as a real table, so each cell is read with its row and column. */
export function ThenNow({ visual }: { visual: ThenNowVisual }) {
  const cell = { border: 1, borderColor: 'divider', p: 1.5, verticalAlign: 'top', textAlign: 'left' } as const;
  return (
    <Figure title={visual.title} kind="Then and now">
      <Box sx={{ overflowX: 'auto' }}>
        <Box component="table" sx={{ borderCollapse: 'collapse', width: '100%', minWidth: 280 }}>
          <thead>
            <tr>
              <Box component="th" scope="col" sx={cell}>Topic</Box>
              <Box component="th" scope="col" sx={cell}>Then (1941–1945)</Box>
              <Box component="th" scope="col" sx={cell}>Now</Box>
            </tr>
          </thead>
          <tbody>
            {visual.rows.map((row, i) => (
              <tr key={i}>
                <Box component="th" scope="row" sx={cell}>{row.topic}</Box>
                <Box component="td" sx={cell}>{row.then}</Box>
                <Box component="td" sx={cell}>{row.now}</Box>
              </tr>
            ))}
          </tbody>
        </Box>
      </Box>
    </Figure>
  );
}
