// @vitest-environment node
/**
 * One test per kind of authoring mistake: the build must stop with a message naming the file and
 * the field (or line) the author has to fix.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, loadLesson } from '../../src/content';
import { LESSON_ID, cleanFixtures, edited, lineOf, withEdit, writeFixture } from './fixture';

afterAll(cleanFixtures);

const LESSON = 'lessons/demo/lesson.yaml';
const INTRO_MD = 'lessons/demo/01-intro.md';
const TERMS_MD = 'lessons/demo/02-terms.md';
const INTRO_QUIZ = 'quizzes/demo/intro.yaml';
const TERMS_QUIZ = 'quizzes/demo/terms.yaml';

/** Loads, expects a ContentError, and returns it. */
function failure(root: string): ContentError {
  try {
    loadLesson(root, LESSON_ID);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected the content to be rejected');
}

/** The error message has a line `file: field: …message…`. */
function expectProblem(root: string, file: string, field: string, message: string): ContentError {
  const error = failure(root);
  const prefix = `${file}: ${field}: `;
  const match = error.message.split('\n').some((line) => line.startsWith(prefix) && line.includes(message));
  expect(match, `no line "${prefix}…${message}…" in:\n${error.message}`).toBe(true);
  return error;
}

/** Edits one Markdown file and expects a problem at the line holding `needle` in the edited text. */
function expectMarkdownProblem(file: string, change: (text: string) => string, needle: string, message: string): void {
  const text = edited(file, change);
  expectProblem(writeFixture({ [file]: text }), file, lineOf(text, needle), message);
}

describe('authoring mistakes', () => {
  it('missing required field', () => {
    const root = withEdit(INTRO_QUIZ, (t) => t.replace('    explanation: It was on the border.\n', ''));
    expectProblem(root, INTRO_QUIZ, 'checks[0].explanation', 'is required');
  });

  it('missing required field in front matter and in lesson.yaml', () => {
    expectProblem(withEdit(INTRO_MD, (t) => t.replace('summary: What this is about.\n', '')), INTRO_MD, 'summary', 'is required');
    expectProblem(withEdit(LESSON, (t) => t.replace('audience: Test runners\n', '')), LESSON, 'audience', 'is required');
  });

  it('empty field', () => {
    const root = withEdit(TERMS_QUIZ, (t) => t.replace('explanation: It was.', 'explanation: ""'));
    expectProblem(root, TERMS_QUIZ, 'checks[0].explanation', 'must not be empty');
  });

  it('duplicate check id in two files, naming both places', () => {
    const root = withEdit(TERMS_QUIZ, (t) => t.replace('id: terms_true', 'id: intro_where'));
    expectProblem(root, TERMS_QUIZ, 'checks[0].id', `"intro_where" is also used at ${INTRO_QUIZ}: checks[0].id`);
  });

  it('an id that every JavaScript object already has (it would crash the page later), in a check and in an option', () => {
    const check = withEdit(INTRO_QUIZ, (t) => t.replace('id: intro_where', 'id: constructor'));
    expectProblem(check, INTRO_QUIZ, 'checks[0].id', '"constructor" cannot be used as an id');
    const option = withEdit(INTRO_QUIZ, (t) => t.replace('correct: a\n', 'correct: __proto__\n').replace('      - id: a\n', '      - id: __proto__\n'));
    expectProblem(option, INTRO_QUIZ, 'checks[0].options[0].id', '"__proto__" cannot be used as an id');
  });

  it('correct answer not among the options', () => {
    const root = withEdit(INTRO_QUIZ, (t) => t.replace('correct: a\n', 'correct: e\n'));
    expectProblem(root, INTRO_QUIZ, 'checks[0].correct', '"e" is not one of the options (a, b)');
  });

  it('multiple-response with an unknown id', () => {
    const root = withEdit(INTRO_QUIZ, (t) => t.replace('correct: [a, b]', 'correct: [a, z]'));
    expectProblem(root, INTRO_QUIZ, 'checks[1].correct[1]', '"z" is not one of the options (a, b, c)');
  });

  it('multiple-response listing an answer twice', () => {
    const root = withEdit(INTRO_QUIZ, (t) => t.replace('correct: [a, b]', 'correct: [a, a]'));
    expectProblem(root, INTRO_QUIZ, 'checks[1].correct[1]', 'used twice');
  });

  it('ordering item listed twice, by text and by id', () => {
    const byText = withEdit(INTRO_QUIZ, (t) => t.replace('{ id: war, text: The war }', '{ id: war, text: The battle }'));
    expectProblem(byText, INTRO_QUIZ, 'checks[2].items[2].text', 'listed twice');
    const byId = withEdit(INTRO_QUIZ, (t) => t.replace('{ id: war, text: The war }', '{ id: battle, text: The war }'));
    expectProblem(byId, INTRO_QUIZ, 'checks[2].items[2].id', 'used twice');
  });

  it('matching pair without a partner', () => {
    const root = withEdit(TERMS_QUIZ, (t) => t.replace('        right: { id: approve, text: Formally approve }\n', ''));
    expectProblem(root, TERMS_QUIZ, 'checks[1].pairs[1].right', 'pair without a partner');
  });

  it('matching distractor with the id of a right item', () => {
    const root = withEdit(TERMS_QUIZ, (t) => t.replace('{ id: navy, text: A navy }', '{ id: puppet, text: A navy }'));
    expectProblem(root, TERMS_QUIZ, 'checks[1].distractors[0].id', 'used twice');
  });

  it('unknown section in a quiz file', () => {
    const root = withEdit(TERMS_QUIZ, (t) => t.replace('section: terms', 'section: treaty'));
    expectProblem(root, TERMS_QUIZ, 'section', 'unknown section "treaty"');
  });

  it('quiz file section not matching its file name', () => {
    const root = withEdit(TERMS_QUIZ, (t) => t.replace('section: terms', 'section: intro'));
    expectProblem(root, TERMS_QUIZ, 'section', 'does not match the file name');
  });

  it('section without a quiz file', () => {
    expectProblem(writeFixture({ [TERMS_QUIZ]: null }), LESSON, 'sections[1]', 'no quiz file for "terms"');
  });

  it('section file order differing from lesson.yaml', () => {
    const root = withEdit(LESSON, (t) => t.replace('sections: [intro, terms]', 'sections: [terms, intro]'));
    expectProblem(root, LESSON, 'sections', 'in the order intro, terms but lesson.yaml lists terms, intro');
  });

  it('section missing from, or extra to, lesson.yaml', () => {
    const missing = withEdit(LESSON, (t) => t.replace('sections: [intro, terms]', 'sections: [intro, terms, end]'));
    expectProblem(missing, LESSON, 'sections[2]', 'no section file for "end"');
    const extra = withEdit(LESSON, (t) => t.replace('sections: [intro, terms]', 'sections: [intro]'));
    expectProblem(extra, TERMS_MD, 'id', 'unknown section "terms"');
  });

  it('malformed front matter', () => {
    const noClosing = withEdit(INTRO_MD, (t) => t.replace('---\n\n## Background', '\n## Background'));
    expectProblem(noClosing, INTRO_MD, 'front matter', 'malformed front matter');
    const noOpening = withEdit(TERMS_MD, (t) => t.replace(/^---\n/, ''));
    expectProblem(noOpening, TERMS_MD, 'front matter', 'malformed front matter');
  });

  it('YAML syntax error, with its line', () => {
    const text = edited(LESSON, (t) => t.replace('audience: Test runners', 'audience: [Test runners'));
    expectProblem(writeFixture({ [LESSON]: text }), LESSON, lineOf(text, 'language:'), 'YAML syntax error');
  });

  it('YAML syntax error in front matter, counting lines from the top of the file', () => {
    const text = edited(TERMS_MD, (t) => t.replace('title: The terms\n', 'title: The terms\nid: again\n'));
    expectProblem(writeFixture({ [TERMS_MD]: text }), TERMS_MD, lineOf(text, 'id: again'), 'YAML syntax error: Map keys must be unique');
  });

  it('a quiz file with a syntax error does not also make its placed checks "missing"', () => {
    const error = failure(withEdit(INTRO_QUIZ, (t) => t.replace('correct: [a, b]', 'correct: [a, b')));
    expect(error.problems.map((p) => p.file)).toEqual([INTRO_QUIZ]);
  });

  it('raw HTML in Markdown, inline and as a block', () => {
    expectMarkdownProblem(TERMS_MD, (t) => t.replace('The treaty needed', 'The <b>treaty</b> needed'), 'The <b>', 'raw HTML is not allowed');
    expectMarkdownProblem(TERMS_MD, (t) => `${t}\n<div>hi</div>\n`, '<div>', 'raw HTML is not allowed');
  });

  it('external link', () => {
    expectMarkdownProblem(
      TERMS_MD,
      (t) => t.replace('(glossary:ratification)', '(https://example.com)'),
      'https://example.com',
      'link to "https://example.com" is not allowed',
    );
  });

  it('glossary link to an unknown term', () => {
    expectMarkdownProblem(TERMS_MD, (t) => t.replace('(glossary:ratification)', '(glossary:ratify)'), 'glossary:ratify', 'glossary link to unknown term "ratify"');
  });

  it('visual placed but not defined', () => {
    expectMarkdownProblem(TERMS_MD, (t) => t.replace('```visual\ntreaty\n```', '```visual\ntreaty_text\n```'), '```visual', 'visual "treaty_text" is not defined');
  });

  it('check placed that belongs to another section', () => {
    expectMarkdownProblem(
      TERMS_MD,
      (t) => `${t}\n\`\`\`check\nintro_where\n\`\`\`\n`,
      '```check',
      `check "intro_where" belongs to section "intro" (${INTRO_QUIZ})`,
    );
  });

  it('check placed that is in no quiz file', () => {
    expectMarkdownProblem(TERMS_MD, (t) => `${t}\n\`\`\`check\nterms_nothing\n\`\`\`\n`, '```check', 'check "terms_nothing" is not in any quiz file');
  });

  it('check placed twice', () => {
    const text = edited(INTRO_MD, (t) => `${t}\n\`\`\`check\nintro_order\n\`\`\`\n`);
    const first = lineOf(text, '```check');
    const second = lineOf(text, '```check', text.indexOf('```check') + 1);
    expectProblem(writeFixture({ [INTRO_MD]: text }), INTRO_MD, second, `check "intro_order" is placed twice (also at ${INTRO_MD} ${first})`);
  });

  it('bad id characters', () => {
    const option = withEdit(INTRO_QUIZ, (t) => t.replace('      - id: b\n', '      - id: choice-b\n'));
    expectProblem(option, INTRO_QUIZ, 'checks[0].options[1].id', '"choice-b" is not a valid id');
    const check = withEdit(INTRO_QUIZ, (t) => t.replace('id: intro_where', 'id: intro.where'));
    expectProblem(check, INTRO_QUIZ, 'checks[0].id', '"intro.where" is not a valid id');
    const long = withEdit(INTRO_QUIZ, (t) => t.replace('id: intro_where', `id: intro_${'w'.repeat(55)}`));
    expectProblem(long, INTRO_QUIZ, 'checks[0].id', 'is longer than 60 characters');
  });

  it('a map id that cannot be one', () => {
    const root = withEdit(INTRO_MD, (t) => t.replace('map: region-1939', 'map: Region 1939'));
    expectProblem(root, INTRO_MD, 'visuals.where.map', '"Region 1939" is not a valid id');
  });

  it('unknown check type, and an unknown (misspelt) field', () => {
    const type = withEdit(TERMS_QUIZ, (t) => t.replace('type: true-false', 'type: yes-no'));
    expectProblem(type, TERMS_QUIZ, 'checks[0].type', '"yes-no" is not one of: single-choice');
    const field = withEdit(INTRO_QUIZ, (t) => t.replace('feedback: Right.', 'feedbak: Right.'));
    expectProblem(field, INTRO_QUIZ, 'checks[0].options[0].feedbak', 'is not a known field');
  });

  it('comma inside a { … } item cutting its text', () => {
    const root = withEdit(INTRO_QUIZ, (t) => t.replace('{ id: b, text: A trade deal }', '{ id: b, text: A trade deal, soon broken }'));
    expectProblem(root, INTRO_QUIZ, 'checks[1].options[1]', '"soon broken" was read as a field: a comma inside { … } ends the text');
  });

  it('prompt too long, or on two lines', () => {
    const long = withEdit(TERMS_QUIZ, (t) => t.replace('prompt: The pact was signed in Moscow.', `prompt: ${'x'.repeat(251)}`));
    expectProblem(long, TERMS_QUIZ, 'checks[0].prompt', 'at most 250');
    const twoLines = withEdit(TERMS_QUIZ, (t) => t.replace('prompt: The pact was signed in Moscow.', 'prompt: |\n      One.\n      Two.'));
    expectProblem(twoLines, TERMS_QUIZ, 'checks[0].prompt', 'single line');
  });

  it('too few options', () => {
    const root = withEdit(INTRO_QUIZ, (t) => t.replace('      - id: b\n        text: Outside Moscow\n', ''));
    expectProblem(root, INTRO_QUIZ, 'checks[0].options', 'needs at least 2 entries');
  });

  it('reports every problem, not just the first', () => {
    const root = writeFixture({
      [INTRO_QUIZ]: edited(INTRO_QUIZ, (t) => t.replace('correct: a\n', 'correct: e\n').replace('correct: [a, b]', 'correct: [a, z]')),
      [TERMS_MD]: edited(TERMS_MD, (t) => t.replace('(glossary:ratification)', '(https://example.com)')),
    });
    const error = failure(root);
    expect(error.problems.map((p) => `${p.file}: ${p.field}`).sort()).toEqual([
      `${TERMS_MD}: line 16`,
      `${INTRO_QUIZ}: checks[0].correct`,
      `${INTRO_QUIZ}: checks[1].correct[1]`,
    ]);
    expect(error.message).toMatch(/^Lesson content has 3 problems:\n/);
  });
});

const SOURCES = 'lessons/demo/sources.yaml';

describe('item-writing mistakes (each rule tripped by a fixture)', () => {
  it('a hint that contains a correct option\'s text', () => {
    const root = withEdit(INTRO_QUIZ, (t) => t.replace('hint: Think of the map.', 'hint: It was on the border, not outside Moscow.'));
    expectProblem(root, INTRO_QUIZ, 'checks[0].hint', 'contains the text of a correct option');
  });

  it('a hint that names a correct option', () => {
    const root = withEdit(INTRO_QUIZ, (t) => t.replace('hint: Think of the map.', 'hint: Option a is worth a second look.'));
    expectProblem(root, INTRO_QUIZ, 'checks[0].hint', 'names a correct option ("a")');
  });

  it('a single-choice check whose correct option is much the longest', () => {
    const root = withEdit(INTRO_QUIZ, (t) => t.replace('text: On the border\n', 'text: On the border between Mongolia and Manchukuo, far to the west\n'));
    expectProblem(root, INTRO_QUIZ, 'checks[0].options[0].text', 'the correct option is much the longest');
  });

  it('a true/false check with more than one try, set or inherited', () => {
    expectProblem(withEdit(TERMS_QUIZ, (t) => t.replace('    maxTries: 1\n', '    maxTries: 2\n')), TERMS_QUIZ, 'checks[0].maxTries', 'a true/false check gets one try');
    expectProblem(withEdit(TERMS_QUIZ, (t) => t.replace('    maxTries: 1\n', '')), TERMS_QUIZ, 'checks[0]', "the lesson's setting is 2");
  });

  it('a section with no check beyond recall', () => {
    const root = withEdit(TERMS_QUIZ, (t) => t.replace('    skill: source\n', '    skill: recall\n'));
    expectProblem(root, TERMS_QUIZ, 'checks', 'every check in this section tests recall');
  });

  it('an objective no check assesses, and a check naming an unknown objective', () => {
    const root = withEdit(LESSON, (t) => t.replace('    text: Check that the loader works.\n', '    text: Check that the loader works.\n  - id: dates\n    text: Put dates in order.\n'));
    expectProblem(root, LESSON, 'objectives[1]', 'objective "dates" is not assessed by any check');
    const wrong = withEdit(TERMS_QUIZ, (t) => t.replace('    skill: recall\n    objective: basics\n', '    skill: recall\n    objective: basic\n'));
    expectProblem(wrong, TERMS_QUIZ, 'checks[1].objective', '"basic" is not one of lesson.yaml\'s objectives');
  });

  it('a check without a skill, or with an unknown one', () => {
    expectProblem(withEdit(INTRO_QUIZ, (t) => t.replace('    skill: recall\n', '')), INTRO_QUIZ, 'checks[0].skill', 'is required');
    expectProblem(withEdit(INTRO_QUIZ, (t) => t.replace('    skill: recall\n', '    skill: memory\n')), INTRO_QUIZ, 'checks[0].skill', '"memory" is not a skill');
  });
});

describe('document and quotation mistakes', () => {
  it('an excerpt that paraphrases its document', () => {
    const root = withEdit(TERMS_QUIZ, (t) => t.replace('excerpt: Both sides will keep the peace', 'excerpt: Both sides will stay at peace'));
    expectProblem(root, TERMS_QUIZ, 'checks[0].document.excerpt', 'is not word for word in "pact"');
  });

  it('a quotation in the text, a visual or a check that is not word for word in any document', () => {
    expectProblem(
      withEdit(TERMS_MD, (t) => t.replace('The treaty needed', 'It promised to "respect the land and borders of each other". The treaty needed')),
      TERMS_MD,
      'text',
      'the quotation "respect the land and borders of each other" is not word for word',
    );
    expectProblem(
      withEdit(TERMS_QUIZ, (t) => t.replace('explanation: It was.', 'explanation: \'It says "respect the other side\'\'s borders and land".\'')),
      TERMS_QUIZ,
      'checks[0].explanation',
      'is not word for word in any document',
    );
    // Quoting the document exactly, even across a line break or with left-out words, is fine.
    const exact = withEdit(TERMS_MD, (t) => t.replace('The treaty needed', 'It promised to "respect each other\'s land […]". The treaty needed'));
    expect(() => loadLesson(exact, LESSON_ID)).not.toThrow();
  });

  it('a document placed in another section, placed nowhere, or unknown', () => {
    const text = edited(INTRO_MD, (t) => t.replace('## Background\n', '## Background\n\n```source\npact\n```\n'));
    expectProblem(writeFixture({ [INTRO_MD]: text }), INTRO_MD, lineOf(text, '```source'), 'source "pact" belongs to section "terms"');
    expectProblem(withEdit(TERMS_MD, (t) => t.replace('```source\npact\n```\n', '')), SOURCES, 'sources[0]', '"pact" is not placed in its section "terms"');
    const unknown = edited(TERMS_MD, (t) => t.replace('```source\npact', '```source\ntreaty-text'));
    expectProblem(writeFixture({ [TERMS_MD]: unknown }), TERMS_MD, lineOf(unknown, '```source'), 'source "treaty-text" is not in lessons/demo/sources.yaml');
  });

  it('a document with a missing field or an unknown kind', () => {
    expectProblem(withEdit(SOURCES, (t) => t.replace('    source: A test source line.\n', '')), SOURCES, 'sources[0].source', 'is required');
    expectProblem(withEdit(SOURCES, (t) => t.replace('kind: treaty', 'kind: poem')), SOURCES, 'sources[0].kind', '');
  });

  it('a document drawn in a layout there is none of', () => {
    const root = withEdit(SOURCES, (t) => t.replace('    kind: treaty\n', '    kind: treaty\n    layout: scroll\n'));
    expectProblem(root, SOURCES, 'sources[0].layout', '"scroll" is not a layout: use one of treaty, conference, note');
  });
});


describe('look-closer task mistakes', () => {
  /** A look-closer task on the terms section's document, inside its card after Article 1. */
  const LOOK = `  look:
    kind: look-closer
    title: Article 1, closely
    habit: close-reading
    source: pact
    after: Article 1
    question: Which words promise peace?
    options:
      - { text: keep the peace, note: Yes. }
      - { text: land and borders, note: Not quite. }
    historian: A historian reads the promise closely.
`;
  /** The file's text with the task added at the end of its front matter's visuals (both fixture sections have some). */
  const withLook = (change: (look: string) => string = (l) => l, file = TERMS_MD) => edited(file, (t) => t.replace(/\n---\n/, `\n${change(LOOK)}---\n`));

  it('a well-made task loads, and counts as a task in the section’s time estimate', () => {
    const plain = loadLesson(writeFixture(), LESSON_ID).sections[1]!.estimate!;
    const terms = loadLesson(writeFixture({ [TERMS_MD]: withLook() }), LESSON_ID).sections[1]!;
    expect(terms.visuals['look']).toMatchObject({ kind: 'look-closer', source: 'pact', after: 'Article 1' });
    expect(terms.estimate!.tasks).toBe(plain.tasks + 1);
    // Its words replace the document's "What to look for".
    expect(terms.estimate!.seconds).toBeGreaterThan(plain.seconds);
  });

  it('a habit of reading there is none of', () => {
    const root = writeFixture({ [TERMS_MD]: withLook((l) => l.replace('habit: close-reading', 'habit: skimming')) });
    expectProblem(root, TERMS_MD, 'visuals.look.habit', '"skimming" is not a habit: use one of sourcing, close-reading, corroboration, contextualisation');
  });

  it('a document that does not exist, or belongs to another section', () => {
    const unknown = writeFixture({ [TERMS_MD]: withLook((l) => l.replace('source: pact', 'source: treaty-text')) });
    expectProblem(unknown, TERMS_MD, 'visuals.look.source', '"treaty-text" is not a source in sources.yaml');
    const elsewhere = writeFixture({ [INTRO_MD]: withLook((l) => l, INTRO_MD) });
    expectProblem(elsewhere, INTRO_MD, 'visuals.look.source', '"pact" belongs to section "terms"');
  });

  it('a place that is not in the document’s card', () => {
    const root = writeFixture({ [TERMS_MD]: withLook((l) => l.replace('after: Article 1', 'after: Article 9')) });
    expectProblem(root, TERMS_MD, 'visuals.look.after', '"Article 9" is not a place in "pact": use one of header, text, Article 1');
  });

  it('a task also placed in the text with a ```visual block', () => {
    const text = withLook().replace('```visual\ntreaty\n```', '```visual\ntreaty\n```\n\n```visual\nlook\n```');
    expectProblem(writeFixture({ [TERMS_MD]: text }), TERMS_MD, lineOf(text, '```visual\nlook'), '"look" is a look-closer task: it is drawn inside the card of its document ("pact")');
  });

  it('fewer than two readings to choose from, or a reading without its note', () => {
    const one = writeFixture({ [TERMS_MD]: withLook((l) => l.replace('      - { text: land and borders, note: Not quite. }\n', '')) });
    expectProblem(one, TERMS_MD, 'visuals.look.options', '');
    const bare = writeFixture({ [TERMS_MD]: withLook((l) => l.replace(', note: Not quite.', '')) });
    expectProblem(bare, TERMS_MD, 'visuals.look.options[1].note', 'is required');
  });
});
