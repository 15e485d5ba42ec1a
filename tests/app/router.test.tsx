/**
 * The router's one job: the lesson state is where the learner is, and the route only follows it.
 * A navigation asked of the router becomes a `go` the lesson's rules decide on.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useNavigate, useParams } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { LessonRouter } from '../../src/app/LessonRouter';
import { stepFromPath, stepPath } from '../../src/ui/steps';
import { makeLesson, recordingTracker, renderLesson } from '../ui/fixtures';

const lesson = makeLesson();

function Where() {
  const { sectionId } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <p>on {sectionId ?? 'results'}</p>
      <button type="button" onClick={() => navigate('/section/three')}>three</button>
      <button type="button" onClick={() => navigate('/nowhere')}>nowhere</button>
    </>
  );
}

const routes = (
  <Routes>
    <Route path="/section/:sectionId" element={<Where />} />
    <Route path="/results" element={<Where />} />
  </Routes>
);

describe('the lesson router', () => {
  it('paths and steps map both ways; a path that is no step is null', () => {
    for (let step = 0; step <= lesson.sections.length; step += 1) expect(stepFromPath(lesson, stepPath(lesson, step))).toBe(step);
    expect(stepFromPath(lesson, '/section/constructor')).toBeNull();
    expect(stepFromPath(lesson, '/nowhere')).toBeNull();
  });

  it('shows the step it is given, in the same render, and turns a navigation into a go', () => {
    const go = vi.fn();
    const view = render(<LessonRouter lesson={lesson} step={0} go={go}>{routes}</LessonRouter>);
    expect(screen.getByText('on one')).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'three' }).click());
    // Asking is not moving: the lesson decides, and until it does the step stays.
    expect(go).toHaveBeenCalledWith(2);
    expect(screen.getByText('on one')).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'nowhere' }).click());
    expect(go).toHaveBeenCalledTimes(1);
    view.rerender(<LessonRouter lesson={lesson} step={lesson.sections.length} go={go}>{routes}</LessonRouter>);
    expect(screen.getByText('on results')).toBeInTheDocument();
  });

  it('a resumed launch opens on the saved step, with no address to read', async () => {
    const free = makeLesson({ gating: false });
    const first = recordingTracker();
    const one = await renderLesson(free, first.tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    await one.user.click(screen.getByRole('button', { name: 'Next: The treaty' }));
    await screen.findByRole('heading', { level: 1, name: 'The treaty' });
    // The lesson reports after the new step is drawn (saving is kept off the learner's click): wait for it.
    await waitFor(() => expect(first.lastReport()?.bookmark).toBe(free.sections[1]!.id));
    const saved = first.lastReport()!;
    one.unmount();
    const second = recordingTracker({ savedState: saved.state, bookmark: saved.bookmark });
    await renderLesson(free, second.tracker);
    expect(await screen.findByRole('heading', { level: 1, name: 'The treaty' })).toBeInTheDocument();
  });
});
