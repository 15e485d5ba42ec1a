/**
 * Builds the Lesson model from content that has passed every check. Nothing here can fail on
 * author input; the loader only calls it when no problem was reported.
 */
import type { Block, Check, Inline, Lesson, Passage, Section, Source } from './model.ts';
import type { MarkdownResult } from './markdown.ts';
import type { QuizSource } from './read.ts';
import type { CheckInput, GlossaryFile, LessonFile, SectionFrontMatter, SourcesFile } from './schema.ts';
import { estimateSection } from './estimate.ts';

export interface ValidSection {
  readonly frontMatter: SectionFrontMatter;
  readonly body: MarkdownResult;
}

function toCheck(input: CheckInput, section: string, defaultTries: number, passage: Passage | undefined): Check {
  const { maxTries, ...rest } = input;
  return { ...rest, section, maxTries: maxTries ?? defaultTries, ...(passage ? { passage } : {}) };
}

const plain = (nodes: readonly Inline[]): string => nodes.map((n) => (n.t === 'text' ? n.v : plain(n.c))).join('');

/** "Was it a violation? A debate" → "was-it-a-violation-a-debate". */
function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'part'
  );
}

/**
 * Gives each heading an anchor (`<section>--<slug>`, unique on the page) and returns, for each check
 * block, the nearest heading before it: the passage a teacher kit or a remediation link points to.
 */
function anchorHeadings(sectionId: string, blocks: readonly Block[]): { blocks: Block[]; passages: Map<string, Passage> } {
  const used = new Set<string>();
  const passages = new Map<string, Passage>();
  let current: Passage | undefined;
  const out = blocks.map((block): Block => {
    if (block.t === 'h') {
      const base = `${sectionId}--${slug(plain(block.c))}`;
      let anchor = base;
      for (let n = 2; used.has(anchor); n += 1) anchor = `${base}-${n}`;
      used.add(anchor);
      current = { heading: plain(block.c), anchor };
      return { ...block, anchor };
    }
    if (block.t === 'check' && current && !passages.has(block.id)) passages.set(block.id, current);
    return block;
  });
  return { blocks: out, passages };
}

/**
 * A section's checks in the order the learner meets them: those placed in the text, in text order,
 * then the unplaced ones in quiz-file order. The unplaced ones get check blocks at the end of the
 * body, so a view can render every check by walking the body alone.
 */
function toSection(section: ValidSection, quiz: QuizSource | undefined, defaultTries: number, sources: readonly Source[]): Section {
  const { id, title, summary, objective, visuals } = section.frontMatter;
  const byId = new Map((quiz?.checks ?? []).map((c) => [c.check.id, c.check] as const));
  const placedIds = section.body.checks.map((p) => p.id);
  const unplaced = [...byId.keys()].filter((checkId) => !placedIds.includes(checkId));
  const { blocks: body, passages } = anchorHeadings(id, [
    ...section.body.blocks,
    ...unplaced.map((checkId): Block => ({ t: 'check', id: checkId })),
  ]);
  const checks = [...placedIds, ...unplaced].flatMap((checkId) => {
    const check = byId.get(checkId);
    return check ? [toCheck(check, id, defaultTries, passages.get(checkId))] : [];
  });
  const withoutEstimate = { id, title, summary, objective, body, visuals, checks };
  return { ...withoutEstimate, estimate: estimateSection(withoutEstimate, sources) };
}

export function assembleLesson(
  lesson: LessonFile,
  glossary: GlossaryFile,
  sections: readonly ValidSection[],
  quizzes: readonly QuizSource[],
  sourcesFile?: SourcesFile,
): Lesson {
  const byId = new Map(sections.map((s) => [s.frontMatter.id, s] as const));
  const sources: Source[] = sourcesFile?.sources ?? [];
  const built = lesson.sections.flatMap((sectionId) => {
    const section = byId.get(sectionId);
    const quiz = quizzes.find((q) => q.fileSection === sectionId);
    return section ? [toSection(section, quiz, lesson.settings.maxTries, sources)] : [];
  });
  return {
    id: lesson.id,
    title: lesson.title,
    version: lesson.version,
    description: lesson.description,
    audience: lesson.audience,
    language: lesson.language,
    // Rounded once from the sections' unrounded times (five roundings could add up to minutes).
    estimatedMinutes: Math.max(1, Math.round(built.reduce((n, s) => n + (s.estimate?.seconds ?? 0), 0) / 60)),
    objectives: lesson.objectives,
    settings: lesson.settings,
    sections: built,
    glossary: glossary.terms,
    sources,
  };
}
