// @vitest-environment node
/**
 * The lesson's real content (lessons/neutrality-pact, quizzes/neutrality-pact) passes every check
 * and has the shape the lesson is designed around. A failure here prints the full problem list.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLesson, type Check, type Lesson } from '../../src/content';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the neutrality-pact lesson content', () => {
  // Loaded inside the test so a ContentError is reported as this test's failure, with its message.
  let lesson: Lesson;
  const load = (): Lesson => (lesson ??= loadLesson(ROOT, 'neutrality-pact'));

  it('passes validation', () => {
    expect(load().id).toBe('neutrality-pact');
  });

  it('has the five sections in order', () => {
    expect(load().sections.map((s) => s.id)).toEqual(['context', 'terms', 'impact', 'end', 'legacy']);
  });

  it('has at least 4 checks per section and at least 20 in all, using all five check types', () => {
    const sections = load().sections;
    for (const section of sections) expect(section.checks.length, `checks in ${section.id}`).toBeGreaterThanOrEqual(4);
    const checks: Check[] = sections.flatMap((s) => s.checks);
    expect(checks.length).toBeGreaterThanOrEqual(20);
    expect(new Set(checks.map((c) => c.type))).toEqual(
      new Set(['single-choice', 'multiple-response', 'true-false', 'ordering', 'matching']),
    );
  });
});
