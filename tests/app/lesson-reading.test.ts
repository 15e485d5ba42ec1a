// @vitest-environment node
/**
 * The rest of the lesson arriving after launch (src/app/lesson-reading.ts): a download that fails is
 * tried again by itself; when every try fails the reading says so, and asking again starts over.
 */
import { describe, expect, it, vi } from 'vitest';
import { splitForLaunch, type LessonRest } from '../../src/content/launch-split';
import { createLessonReading } from '../../src/app/lesson-reading';
import { makeLesson } from '../../src/testing';

const lesson = makeLesson();
const { launch, rest } = splitForLaunch(lesson);

/** A download that fails `failures` times, then brings the rest. */
function flaky(failures: number) {
  let calls = 0;
  return vi.fn(() => (++calls <= failures ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : Promise.resolve<LessonRest>(rest)));
}

describe('the rest of the lesson, downloaded after launch', () => {
  it('a download that fails twice is tried again after 1 s and 3 s, and the lesson is whole without the learner noticing', async () => {
    const loadRest = flaky(2);
    const waits: number[] = [];
    const reading = createLessonReading(launch, loadRest, { wait: async (ms) => void waits.push(ms) });
    const told = vi.fn();
    reading.subscribe(told);
    expect(reading.ready(1)).toBe(false);
    await expect(reading.load()).resolves.toEqual(lesson);
    expect(loadRest).toHaveBeenCalledTimes(3);
    expect(waits).toEqual([1000, 3000]);
    expect(reading.whole()).toBe(true);
    expect(reading.failed()).toBe(false);
    expect(reading.ready(1)).toBe(true);
    expect(reading.current()).toEqual(lesson);
    expect(told).toHaveBeenCalledTimes(1);
  });

  it('when every try fails it says so; asking again clears that and starts over', async () => {
    const loadRest = flaky(3);
    const reading = createLessonReading(launch, loadRest, { wait: async () => undefined });
    const states: boolean[] = [];
    reading.subscribe(() => states.push(reading.failed()));
    await expect(reading.load()).rejects.toThrow(/Failed to fetch/);
    expect(loadRest).toHaveBeenCalledTimes(3);
    expect(reading.failed()).toBe(true);
    expect(reading.whole()).toBe(false);
    // The first section still shows; the later ones wait.
    expect(reading.ready(0)).toBe(true);
    expect(reading.ready(1)).toBe(false);
    expect(reading.current()).toBe(launch);

    await expect(reading.load()).resolves.toEqual(lesson);
    expect(loadRest).toHaveBeenCalledTimes(4);
    // Failed, then asked again (no longer failed), then whole.
    expect(states).toEqual([true, false, false]);
    expect(reading.whole()).toBe(true);
  });

  it('asked for from several places at once, it downloads once', async () => {
    const loadRest = flaky(0);
    const reading = createLessonReading(launch, loadRest);
    const [a, b] = await Promise.all([reading.load(), reading.load()]);
    expect(a).toBe(b);
    await reading.load();
    expect(loadRest).toHaveBeenCalledTimes(1);
  });
});
