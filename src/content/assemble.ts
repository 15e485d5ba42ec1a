/**
 * Builds the Lesson model from content that has passed every check. Nothing here can fail on
 * author input; the loader only calls it when no problem was reported.
 */
import type { Block, Check, Lesson, Section } from './model.ts';
import type { MarkdownResult } from './markdown.ts';
import type { QuizSource } from './read.ts';
import type { CheckInput, GlossaryFile, LessonFile, SectionFrontMatter } from './schema.ts';

export interface ValidSection {
  readonly frontMatter: SectionFrontMatter;
  readonly body: MarkdownResult;
}

function toCheck(input: CheckInput, section: string, defaultTries: number): Check {
  const { maxTries, ...rest } = input;
  return { ...rest, section, maxTries: maxTries ?? defaultTries };
}

/**
 * A section's checks in the order the learner meets them: those placed in the text, in text order,
 * then the unplaced ones in quiz-file order. The unplaced ones get check blocks at the end of the
 * body, so a view can render every check by walking the body alone.
 */
function toSection(section: ValidSection, quiz: QuizSource | undefined, defaultTries: number): Section {
  const { id, title, summary, objective, visuals } = section.frontMatter;
  const byId = new Map((quiz?.checks ?? []).map((c) => [c.check.id, c.check] as const));
  const placedIds = section.body.checks.map((p) => p.id);
  const unplaced = [...byId.keys()].filter((checkId) => !placedIds.includes(checkId));
  const ordered = [...placedIds, ...unplaced].flatMap((checkId) => {
    const check = byId.get(checkId);
    return check ? [toCheck(check, id, defaultTries)] : [];
  });
  const body: Block[] = [...section.body.blocks, ...unplaced.map((checkId): Block => ({ t: 'check', id: checkId }))];
  return { id, title, summary, objective, body, visuals, checks: ordered };
}

export function assembleLesson(
  lesson: LessonFile,
  glossary: GlossaryFile,
  sections: readonly ValidSection[],
  quizzes: readonly QuizSource[],
): Lesson {
  const byId = new Map(sections.map((s) => [s.frontMatter.id, s] as const));
  return {
    id: lesson.id,
    title: lesson.title,
    version: lesson.version,
    description: lesson.description,
    audience: lesson.audience,
    language: lesson.language,
    estimatedMinutes: lesson.estimatedMinutes,
    objectives: lesson.objectives,
    settings: lesson.settings,
    sections: lesson.sections.flatMap((sectionId) => {
      const section = byId.get(sectionId);
      const quiz = quizzes.find((q) => q.fileSection === sectionId);
      return section ? [toSection(section, quiz, lesson.settings.maxTries)] : [];
    }),
    glossary: glossary.terms,
  };
}
