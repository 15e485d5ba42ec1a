/** Render the teacher's summary (summary.ts) at the top of the panel. */
import { h } from './dom.ts';
import type { TeacherSummary } from './summary.ts';

function bar(right: number, total: number): HTMLElement {
  const fill = h('span', { class: 'fill' });
  // Set through the CSSOM: the strict CSP refuses style attributes, not this.
  fill.style.width = `${total === 0 ? 0 : Math.round((100 * right) / total)}%`;
  return h('span', { class: 'bar', 'aria-hidden': 'true' }, fill);
}

export function summaryPart(summary: TeacherSummary, bankProblem: string | null): HTMLElement {
  const objectiveLabel = summary.objective.id ? `Whole-lesson objective (${summary.objective.id})` : 'Whole-lesson objective';
  const facts: [string, string][] = [
    ['Score', summary.score],
    ['Status', summary.status],
    [objectiveLabel, summary.objective.status],
  ];
  if (summary.checks) facts.push(['Checks', summary.checks]);
  const answers = summary.answers.map((a) =>
    h(
      'li',
      {},
      h('p', { class: 'question' }, h('span', { class: 'where' }, `${a.sectionTitle}: `), a.question),
      h(
        'ul',
        { class: 'tries' },
        ...a.tries.map((t, i) => h('li', { class: t.correct ? 'right' : 'wrong' }, `Try ${i + 1}: ${t.words} `, h('strong', {}, t.correct ? '✓ right' : '✗ wrong'))),
        a.rightAnswer ? h('li', { class: 'answer-key' }, `Right answer: ${a.rightAnswer}`) : null,
      ),
    ),
  );
  return h(
    'section',
    { class: 'summary', 'aria-labelledby': 'summary-heading' },
    h('h3', { id: 'summary-heading' }, 'Summary for the teacher'),
    h('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    h('p', { class: 'help' }, summary.objective.source),
    bankProblem ? h('p', { class: 'warning' }, bankProblem) : null,
    summary.sections.length > 0 ? h('h4', {}, 'By section (right within the tries allowed)') : null,
    summary.sections.length > 0
      ? h(
          'ul',
          { class: 'bars' },
          ...summary.sections.map((s) =>
            h('li', {}, h('span', { class: 'label' }, s.title), bar(s.right, s.total), h('span', { class: 'count' }, `${s.right} of ${s.total} right, ${s.answered} answered`)),
          ),
        )
      : null,
    summary.sections.length > 0 ? h('h4', {}, `Answers (${summary.answers.length})`) : null,
    summary.sections.length > 0
      ? summary.answers.length > 0
        ? h('ol', { class: 'answers' }, ...answers)
        : h('p', { class: 'empty' }, 'No check answered yet.')
      : null,
    summary.written.length > 0 ? h('h4', {}, 'Written positions') : null,
    summary.written.length > 0 ? h('ul', { class: 'written' }, ...summary.written.map((w) => h('li', {}, w))) : null,
  );
}
