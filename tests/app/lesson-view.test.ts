/**
 * The view source (src/app/lesson-view.ts): views hear each change of the lesson state at once; the
 * summaries (progress line, step list, way on) hear it once the frame that shows it is drawn, once
 * per frame however many changes came before it.
 */
import { describe, expect, it } from 'vitest';
import type { Defer } from '../../src/app/after-paint';
import { createLessonStore } from '../../src/app/lesson-store';
import { createViewSource, type SteadyView } from '../../src/app/lesson-view';
import { initialState } from '../../src/lesson';
import { makeLesson, rightAnswer, single, trueFalse } from '../../src/testing';

/** A deferral run by hand: `paint()` runs what waits, as the frame after a change would. */
function handDefer(): { defer: Defer; waiting: () => number; paint: () => void } {
  const tasks = new Set<() => void>();
  return {
    defer: (task) => {
      tasks.add(task);
      return () => void tasks.delete(task);
    },
    waiting: () => tasks.size,
    paint: () => {
      const now = [...tasks];
      tasks.clear();
      for (const task of now) task();
    },
  };
}

function setUp(withDefer = true) {
  const lesson = makeLesson();
  const store = createLessonStore(lesson, initialState(lesson, 1));
  const frames = handDefer();
  const steady = { lesson } as unknown as SteadyView;
  const source = createViewSource({ lesson, store, steady, passingScore: 80, secondsOnTask: () => 0, ...(withDefer ? { defer: frames.defer } : {}) });
  const answer = (check: typeof single | typeof trueFalse) => store.dispatch({ type: 'answer', checkId: check.id, response: rightAnswer(check) });
  return { source, frames, answer };
}

describe('the view source', () => {
  it('tells the views at once and the summaries after the paint, once for every change before it', () => {
    const { source, frames, answer } = setUp();
    const heard: string[] = [];
    source.subscribe(() => heard.push('view'));
    source.subscribeAfterPaint?.(() => heard.push('summary A'));
    source.subscribeAfterPaint?.(() => heard.push('summary B'));
    answer(single);
    answer(trueFalse);
    expect(heard).toEqual(['view', 'view']);
    expect(frames.waiting()).toBe(1);
    frames.paint();
    expect(heard).toEqual(['view', 'view', 'summary A', 'summary B']);
    // The summary reads the view as it is now: both answers counted.
    expect(source.getView().score.finishedChecks).toBe(2);
    frames.paint();
    expect(heard).toHaveLength(4);
  });

  it('a summary that unsubscribes hears nothing more, and the last one cancels the waiting task', () => {
    const { source, frames, answer } = setUp();
    const heard: string[] = [];
    const stopA = source.subscribeAfterPaint?.(() => heard.push('A'));
    const stopB = source.subscribeAfterPaint?.(() => heard.push('B'));
    answer(single);
    stopA?.();
    expect(frames.waiting()).toBe(1);
    frames.paint();
    expect(heard).toEqual(['B']);
    answer(trueFalse);
    stopB?.();
    expect(frames.waiting()).toBe(0);
    expect(heard).toEqual(['B']);
  });

  it('without a deferral, the summaries hear each change at once', () => {
    const { source, frames, answer } = setUp(false);
    const heard: string[] = [];
    source.subscribeAfterPaint?.(() => heard.push('summary'));
    answer(single);
    expect(heard).toEqual(['summary']);
    expect(frames.waiting()).toBe(0);
  });
});
