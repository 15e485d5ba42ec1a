// @vitest-environment node
/**
 * The lesson in two parts for the page (src/content/launch-split.ts): the launch part has what the
 * first section, the scoring, the saved state and the tracking need; with the rest put back it is the
 * whole lesson again.
 */
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLesson, type Check } from '../../src/content';
import { splitForLaunch, withRest } from '../../src/content/launch-split';
import { positionDebates } from '../../src/lesson/positions';
import { lessonScore } from '../../src/lesson/scoring';
import { reduce } from '../../src/lesson/state';
import { encodeState } from '../../src/lesson/saved-state';
import { worstCaseState } from '../../src/testing/states';
import { LESSON_ID, cleanFixtures, writeFixture } from './fixture';

afterAll(cleanFixtures);

const lesson = loadLesson(resolve(import.meta.dirname, '../..'), 'neutrality-pact');
const { launch, rest } = splitForLaunch(lesson);

describe('the lesson split for launch', () => {
  it('is the whole lesson again with the rest put back', () => {
    expect(withRest(launch, rest)).toEqual(lesson);
  });

  it('keeps the first section whole, and of the others the titles, the checks but for their feedback, and the position debates', () => {
    expect(launch.sections[0]).toEqual(lesson.sections[0]);
    for (const [i, section] of launch.sections.entries()) {
      if (i === 0) continue;
      expect(section.body, section.id).toEqual([]);
      // What the scoring, the saved state and the LMS read: ids, keys, prompts, option texts.
      const asked = (checks: readonly Check[] = []) => JSON.stringify(checks, ['id', 'type', 'section', 'prompt', 'maxTries', 'skill', 'objective', 'correct', 'options', 'items', 'pairs', 'left', 'right', 'distractors', 'text', 'document', 'source']);
      expect(asked(section.checks), section.id).toBe(asked(lesson.sections[i]?.checks));
      expect(JSON.stringify(section.checks), section.id).not.toContain('"feedback"');
      expect(section.checks.every((c) => c.explanation === ''), section.id).toBe(true);
      expect(section.title, section.id).toBe(lesson.sections[i]?.title);
      expect([section.summary, section.objective], section.id).toEqual(['', '']);
      expect(section.estimate, section.id).toEqual(lesson.sections[i]?.estimate);
    }
    // The debates that ask for a position, with the question the LMS is sent (not the views, which only the page shows).
    const debates = (l: typeof lesson) => positionDebates(l).map((d) => [d.id, d.sectionId, d.debate.question, d.debate.respond]);
    expect(debates(launch)).toEqual(debates(lesson));
    expect(debates(launch).length).toBeGreaterThan(0);
  });

  it('has the documents and glossary terms the first section shows, and no others', () => {
    const first = lesson.sections[0];
    const shown = new Set(first?.checks.flatMap((c) => (c.document ? [c.document.source] : [])));
    for (const block of first?.body ?? []) if (block.t === 'source') shown.add(block.id);
    expect(new Set(launch.sources?.map((s) => s.id))).toEqual(shown);
    expect(launch.glossary.length).toBeLessThan(lesson.glossary.length);
    const text = JSON.stringify(first?.body);
    for (const term of launch.glossary) expect(text).toContain(`"id":"${term.id}"`);
  });

  it('scores and saves an attempt exactly as the whole lesson does', () => {
    let state = worstCaseState(lesson);
    for (const { id } of positionDebates(lesson)) state = reduce(lesson, state, { type: 'writePosition', debate: id, text: 'Both sides had reasons.' });
    let launchState = worstCaseState(launch);
    for (const { id } of positionDebates(launch)) launchState = reduce(launch, launchState, { type: 'writePosition', debate: id, text: 'Both sides had reasons.' });
    expect(launchState).toEqual(state);
    expect(encodeState(launch, launchState)).toBe(encodeState(lesson, state));
    expect(lessonScore(launch, launchState, 80)).toEqual(lessonScore(lesson, state, 80));
  });

  it('is built as two modules: the later text only in the rest chunk', async () => {
    const { build } = await import('vite');
    const { lessonContent } = await import('../../src/content/vite-plugin');
    const root = writeFixture({
      'index.html': '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>\n',
      'main.js': "import lesson, { loadRest } from 'virtual:lesson/launch';\ndocument.title = lesson.title;\nloadRest().then((rest) => { document.title += rest.glossary.length; });\n",
    });
    const output = await build({ root, configFile: false, logLevel: 'silent', plugins: [lessonContent({ lessonId: LESSON_ID })], build: { write: false } });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).filter((c) => c.type === 'chunk');
    const entry = chunks.find((c) => c.type === 'chunk' && c.isEntry);
    const later = chunks.filter((c) => c !== entry);
    expect(entry?.code).toContain('A demo lesson');
    expect(entry?.code).toContain('puppet state');
    // The second section's glossary link and its document are read only from the rest.
    expect(entry?.code).not.toContain('formal approval');
    expect(later.map((c) => (c.type === 'chunk' ? c.code : '')).join('\n')).toContain('formal approval');
  });
});
