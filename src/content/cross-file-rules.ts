/**
 * Rules across files: the sections in lesson.yaml, the section files and the quiz files agree;
 * check ids are unique in the lesson (they are SCORM interaction ids and keys of saved answers);
 * every glossary link, visual and placed check in the text exists and belongs where it is placed.
 *
 * Each rule runs on whatever parts were readable, so one broken file does not hide other problems.
 */
import type { Problems } from './errors.ts';
import type { ContentFiles } from './files.ts';
import type { QuizSource, SectionSource } from './read.ts';
import type { GlossaryFile, LessonFile } from './schema.ts';

export interface CrossInput {
  readonly files: ContentFiles;
  readonly lesson?: LessonFile;
  readonly glossary?: GlossaryFile;
  readonly sections: readonly SectionSource[];
  readonly quizzes: readonly QuizSource[];
}

/** The section id a section file declares, or failing that the one its name gives. */
export const sectionIdOf = (s: SectionSource): string => s.frontMatter?.id ?? s.fileId;

/** Reports repeats at their later occurrences. */
function duplicates<T>(items: readonly T[], key: (item: T) => string, report: (item: T, first: T) => void): void {
  const seen = new Map<string, T>();
  for (const item of items) {
    const first = seen.get(key(item));
    if (first === undefined) seen.set(key(item), item);
    else report(item, first);
  }
}

export function crossFileRules(input: CrossInput, problems: Problems): void {
  glossaryRules(input, problems);
  if (input.lesson) {
    sectionRules(input, input.lesson.sections, problems);
    quizRules(input, input.lesson.sections, problems);
  }
  checkIdRules(input, problems);
  placementRules(input, problems);
}

function glossaryRules({ files, glossary }: CrossInput, problems: Problems): void {
  if (!glossary) return;
  duplicates(
    glossary.terms.map((t, i) => ({ id: t.id, i })),
    (t) => t.id,
    (t, first) => problems.add(files.glossary, `terms[${t.i}].id`, `"${t.id}" is also terms[${first.i}].id`),
  );
}

function sectionRules({ files, sections }: CrossInput, expected: readonly string[], problems: Problems): void {
  const list = expected.join(', ');
  duplicates(
    expected.map((id, i) => ({ id, i })),
    (s) => s.id,
    (s, first) => problems.add(files.lesson, `sections[${s.i}]`, `"${s.id}" is listed twice (also sections[${first.i}])`),
  );
  duplicates(
    sections,
    sectionIdOf,
    (s, first) => problems.add(s.file, 'id', `section "${sectionIdOf(s)}" is also in ${first.file}`),
  );

  const actual = sections.map(sectionIdOf);
  for (const s of sections) {
    if (!expected.includes(sectionIdOf(s))) {
      problems.add(s.file, 'id', `unknown section "${sectionIdOf(s)}": it is not one of lesson.yaml's sections (${list})`);
    }
  }
  expected.forEach((id, i) => {
    if (!actual.includes(id)) {
      problems.add(files.lesson, `sections[${i}]`, `no section file for "${id}" (expected ${files.lessonDir}/NN-${id}.md)`);
    }
  });

  // Order, among the sections that exist in both places (missing ones are reported above).
  const inFiles = [...new Set(actual.filter((id) => expected.includes(id)))];
  const inLesson = [...new Set(expected.filter((id) => actual.includes(id)))];
  if (inFiles.join() !== inLesson.join()) {
    problems.add(
      files.lesson,
      'sections',
      `the section files, sorted by name, are in the order ${inFiles.join(', ')} but lesson.yaml lists ` +
        `${inLesson.join(', ')}; renumber the files (NN-) or change the order here`,
    );
  }
}

function quizRules({ files, quizzes }: CrossInput, expected: readonly string[], problems: Problems): void {
  for (const quiz of quizzes) {
    if (quiz.section === undefined) continue;
    if (!expected.includes(quiz.section)) {
      problems.add(quiz.file, 'section', `unknown section "${quiz.section}": it is not one of lesson.yaml's sections (${expected.join(', ')})`);
    } else if (quiz.section !== quiz.fileSection) {
      problems.add(
        quiz.file,
        'section',
        `"${quiz.section}" does not match the file name; the checks of section "${quiz.section}" go in ${files.quizDir}/${quiz.section}.yaml`,
      );
    }
  }
  expected.forEach((id, i) => {
    if (!quizzes.some((q) => q.fileSection === id)) {
      problems.add(files.lesson, `sections[${i}]`, `no quiz file for "${id}" (expected ${files.quizDir}/${id}.yaml)`);
    }
  });
}

function checkIdRules({ quizzes }: CrossInput, problems: Problems): void {
  const all = quizzes.flatMap((q) => q.checks.map((c) => ({ file: q.file, field: `${c.field}.id`, id: c.check.id })));
  duplicates(
    all,
    (c) => c.id,
    (c, first) =>
      problems.add(c.file, c.field, `check id "${c.id}" is also used at ${first.file}: ${first.field}; check ids must be unique in the lesson`),
  );
}

function placementRules({ files, glossary, sections, quizzes }: CrossInput, problems: Problems): void {
  const terms = glossary && new Set(glossary.terms.map((t) => t.id));
  const owners = new Map<string, QuizSource>();
  for (const quiz of quizzes) for (const c of quiz.checks) if (!owners.has(c.check.id)) owners.set(c.check.id, quiz);
  const placed = new Map<string, string>();

  for (const section of sections) {
    const body = section.body;
    if (!body) continue;
    const id = sectionIdOf(section);
    const at = (line: number) => `line ${line}`;

    if (terms) {
      for (const t of body.terms) {
        if (!terms.has(t.id)) problems.add(section.file, at(t.line), `glossary link to unknown term "${t.id}" (not in ${files.glossary})`);
      }
    }

    const visuals = section.frontMatter && Object.keys(section.frontMatter.visuals);
    if (visuals) {
      for (const v of body.visuals) {
        if (!visuals.includes(v.id)) {
          const defined = visuals.length > 0 ? `defined: ${visuals.join(', ')}` : 'none are defined';
          problems.add(section.file, at(v.line), `visual "${v.id}" is not defined in this file's front matter visuals (${defined})`);
        }
      }
    }

    for (const c of body.checks) {
      const where = `${section.file} line ${c.line}`;
      const earlier = placed.get(c.id);
      const owner = owners.get(c.id);
      if (earlier !== undefined) {
        problems.add(section.file, at(c.line), `check "${c.id}" is placed twice (also at ${earlier})`);
      } else if (owner === undefined) {
        // A check that is written but broken (or in an unreadable file) is reported in its quiz
        // file; do not call it missing too.
        if (quizzes.every((q) => q.readable && !q.writtenIds.has(c.id))) {
          problems.add(section.file, at(c.line), `check "${c.id}" is not in any quiz file`);
        }
      } else if (owner.fileSection !== id) {
        problems.add(
          section.file,
          at(c.line),
          `check "${c.id}" belongs to section "${owner.fileSection}" (${owner.file}); it can only be placed in that section`,
        );
      }
      if (earlier === undefined) placed.set(c.id, where);
    }
  }
}
