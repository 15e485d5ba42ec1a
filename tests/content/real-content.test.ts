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

  it('asks for reasoning: every check declares a skill, at least half go beyond recall, each section has a document task', () => {
    const checks = load().sections.flatMap((s) => s.checks);
    for (const check of checks) expect(check.skill, check.id).toBeDefined();
    expect(checks.filter((c) => c.skill !== 'recall').length * 2).toBeGreaterThanOrEqual(checks.length);
    for (const section of load().sections) {
      const sourceChecks = section.checks.filter((c) => c.skill === 'source');
      expect(sourceChecks.length, `source checks in ${section.id}`).toBeGreaterThanOrEqual(1);
      // A document task shows its excerpt, and the document's card is in the same section.
      for (const c of sourceChecks.filter((c) => c.document)) {
        expect(load().sources?.find((s) => s.id === c.document?.source)?.section, c.id).toBe(section.id);
      }
    }
    expect(checks.filter((c) => c.skill === 'source').length).toBeGreaterThanOrEqual(5);
  });

  it('assesses every objective and points every check to its passage', () => {
    const checks = load().sections.flatMap((s) => s.checks);
    const assessed = new Set(checks.map((c) => c.objective));
    for (const objective of load().objectives) expect(assessed.has(objective.id), objective.id).toBe(true);
    for (const check of checks) expect(check.passage?.anchor, check.id).toMatch(new RegExp(`^${check.section}--`));
  });

  it('gives true/false checks a single try', () => {
    for (const check of load().sections.flatMap((s) => s.checks).filter((c) => c.type === 'true-false')) {
      expect(check.maxTries, check.id).toBe(1);
    }
  });

  it('shows the pact\'s own articles in the terms section, and a document card in every section', () => {
    const pact = load().sources?.find((s) => s.id === 'neutrality-pact');
    expect(pact?.excerpts.map((e) => e.heading)).toEqual(['Preamble', 'Article 1', 'Article 2', 'Article 3', 'Article 4']);
    expect(load().sections[1]!.body).toContainEqual({ t: 'source', id: 'neutrality-pact' });
    for (const section of load().sections) expect(section.body.some((b) => b.t === 'source'), section.id).toBe(true);
  });

  it('offers a written position after each of the two debates', () => {
    const debates = load().sections.flatMap((s) => Object.values(s.visuals)).filter((v) => v.kind === 'debate');
    expect(debates).toHaveLength(2);
    for (const d of debates) {
      expect(d.kind === 'debate' && d.respond).toBeTruthy();
      if (d.kind === 'debate') for (const view of d.views) expect(view.who.length, view.label).toBeGreaterThan(0);
    }
  });

  it('takes an honest 45–55 minutes by its own estimate', () => {
    expect(load().estimatedMinutes).toBeGreaterThanOrEqual(45);
    expect(load().estimatedMinutes).toBeLessThanOrEqual(55);
  });
});
