/**
 * The page starts with the lesson's launch part and loads the rest once its first screen is up
 * (src/content/launch-split.ts, src/app/lesson-reading.ts): the learner never sees a section without
 * its reading, whether they resume on a later section or go on before the rest has come.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import realLesson from 'virtual:lesson';
import { describe, expect, it, vi } from 'vitest';
import { LessonApp } from '../../src/app/LessonApp';
import { splitForLaunch, type LessonRest } from '../../src/content/launch-split';
import type { Block } from '../../src/content/model';
import { encodeState } from '../../src/lesson/saved-state';
import { initialState } from '../../src/lesson/state';
import { rightAnswer } from '../../src/testing';
import { recordingTracker } from './fixtures';

const { launch, rest } = splitForLaunch(realLesson);

/** The first level-2 heading of a section's text. */
function firstHeading(blocks: readonly Block[]): string {
  const h = blocks.find((b) => b.t === 'h');
  return h && h.t === 'h' ? h.c.map((i) => (i.t === 'text' ? i.v : '')).join('') : '';
}

/** A saved attempt on the second section, the first section's checks answered right. */
function savedOnSecond(): string {
  const first = realLesson.sections[0]?.checks ?? [];
  const checks = Object.fromEntries(first.map((c) => [c.id, { tries: [rightAnswer(c)] }]));
  return encodeState(realLesson, { ...initialState(realLesson, 7), current: 1, furthest: 1, checks });
}

describe('the lesson loaded in two parts', () => {
  it('a fresh attempt shows the start screen and the first section from the launch part, then loads the rest without being asked', async () => {
    const loadRest = vi.fn(() => Promise.resolve(rest));
    render(<LessonApp lesson={launch} loadRest={loadRest} tracker={recordingTracker({ store: 'lms' }).tracker} />);
    const start = await screen.findByRole('button', { name: 'Start the lesson' });
    // Not while the start screen is up: the first section's own download comes first.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(loadRest).not.toHaveBeenCalled();
    fireEvent.click(start);
    expect(await screen.findByRole('heading', { level: 1, name: realLesson.sections[0]?.title })).toBeInTheDocument();
    await waitFor(() => expect(loadRest).toHaveBeenCalledTimes(1));
  });

  it('a resumed attempt on a later section waits for its reading, then shows it whole', async () => {
    const second = realLesson.sections[1];
    const heading = firstHeading(second?.body ?? []);
    expect(heading).not.toBe('');
    let arrive: (r: LessonRest) => void = () => undefined;
    const loadRest = vi.fn(() => new Promise<LessonRest>((resolve) => (arrive = resolve)));
    render(<LessonApp lesson={launch} loadRest={loadRest} tracker={recordingTracker({ store: 'lms', savedState: savedOnSecond() }).tracker} />);
    await waitFor(() => expect(loadRest).toHaveBeenCalled());
    // Not the section without its text: still loading.
    expect(screen.getByText('Loading the lesson…')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: second?.title })).not.toBeInTheDocument();
    arrive(rest);
    expect(await screen.findByRole('heading', { level: 1, name: second?.title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    expect(loadRest).toHaveBeenCalledTimes(1);
  });

  it('the glossary or the documents opened on the start screen ask for the rest and show all of it', async () => {
    const loadRest = vi.fn(() => Promise.resolve(rest));
    render(<LessonApp lesson={launch} loadRest={loadRest} tracker={recordingTracker({ store: 'lms' }).tracker} />);
    await screen.findByRole('button', { name: 'Start the lesson' });
    expect(launch.glossary.length).toBeLessThan(realLesson.glossary.length);
    fireEvent.click(screen.getByRole('button', { name: 'Glossary' }));
    const glossary = await screen.findByRole('dialog');
    expect(loadRest).toHaveBeenCalledTimes(1);
    for (const term of realLesson.glossary) expect(within(glossary).queryAllByText(term.term).length, term.term).toBeGreaterThan(0);
    fireEvent.keyDown(glossary, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    fireEvent.click(screen.getByRole('button', { name: 'Documents' }));
    const documents = await screen.findByRole('dialog');
    for (const source of realLesson.sources ?? []) expect(within(documents).queryAllByText(source.title).length, source.title).toBeGreaterThan(0);
  });
});
