import type { ThenNowVisual } from '../../content/model';
import { Figure } from './Figure';

/** Then and now as a real table, so each cell is read with its row and column. */
export function ThenNow({ visual }: { visual: ThenNowVisual }) {
  return (
    <Figure title={visual.title} kind="Then and now">
      <div className="then-now">
        <table>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Then (1941–1945)</th>
              <th scope="col">Now</th>
            </tr>
          </thead>
          <tbody>
            {visual.rows.map((row, i) => (
              <tr key={i}>
                <th scope="row">{row.topic}</th>
                <td>{row.then}</td>
                <td>{row.now}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Figure>
  );
}
