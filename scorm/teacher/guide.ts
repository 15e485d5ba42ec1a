/**
 * teacher-guide.html: objectives and how each is assessed, the lesson map, the answer key, discussion,
 * document tasks, support and extension, where to upload which zip, and how to read the reports. Built
 * from the lesson model and the item bank; where the content does not yet provide a part, the guide says
 * so in a marked box rather than inventing it.
 */
import { READING_HABIT_WORDS, type Lesson } from '../../src/content/model.ts';
import { READING_WPM } from '../../src/content/estimate.ts';
import type { BankChoice, BankItem, ItemBank } from '../../src/report/item-bank.ts';
import { esc, pageStart } from './html.ts';
import { debates, documents, lessonMap, lookCloserTasks } from './lesson-map.ts';

const GUIDE_CSS = `
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; max-width: 52rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.7rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid #0b4f8a; margin-top: 2.2rem; } h3 { font-size: 1.1rem; margin-top: 1.4rem; }
a { color: #0b4f8a; } :focus-visible { outline: 3px solid #0b4f8a; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #8a8a8a; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; } thead th { background: #f2f4f7; }
.meta, .why { color: #4a4a4a; font-size: 0.92em; } .why { display: block; }
.todo { border: 2px dashed #8a5a00; background: #fff3d6; padding: 0.1rem 1rem; margin: 0.75rem 0; }
.key-item { margin-bottom: 1rem; break-inside: avoid; } nav ol { columns: 2; }
@media print { body { max-width: none; font-size: 10.5pt; } nav { display: none; } h2 { break-after: avoid; } }`;

const TYPE_WORDS: Record<string, string> = {
  'single-choice': 'one answer',
  'multiple-response': 'choose all that apply',
  'true-false': 'true or false',
  ordering: 'put in order',
  matching: 'match the pairs',
};

function notYet(what: string): string {
  return `<div class="todo" role="note"><p><strong>Not yet in the lesson content:</strong> ${esc(what)}</p></div>`;
}

function list(items: readonly string[]): string {
  return `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

function choiceLine(c: BankChoice, right: boolean): string {
  const why = c.misconception ? `Misconception: ${c.misconception}` : c.feedback ?? '';
  return `<li>${right ? '<strong>✓ ' : ''}${esc(c.text)}${right ? ' (right)</strong>' : ''}${why && !right ? `<span class="why">${esc(why)}</span>` : ''}</li>`;
}

function answerKeyItem(item: BankItem): string {
  let body = '';
  if (item.options) body = `<ul class="options">${item.options.map((o) => choiceLine(o, item.correct.response.includes(o.id))).join('')}</ul>`;
  else if (item.type === 'true-false') body = `<p><strong>Answer: ${esc(item.correct.words)}</strong></p>`;
  else if (item.type === 'ordering') body = `<ol>${(item.items ?? []).map((c) => `<li>${esc(c.text)}</li>`).join('')}</ol>`;
  else if (item.type === 'matching') {
    const extra = (item.targets ?? []).filter((t) => !item.correct.response.includes(t.id));
    body = `<ul>${(item.sources ?? []).map((s, i) => `<li>${esc(s.text)} → <strong>${esc(item.targets?.find((t) => t.id === item.correct.response[i])?.text ?? '')}</strong></li>`).join('')}</ul>${
      extra.length > 0 ? `<p class="why">Matches nothing: ${extra.map((t) => esc(t.text)).join('; ')}</p>` : ''
    }`;
  }
  const meta = [TYPE_WORDS[item.type], item.skill ? `skill: ${item.skill}` : '', item.passage ? `tests: “${item.passage.heading}”` : '', `${item.maxTries} tries`, `id ${item.id}`].filter(Boolean);
  return `<li class="key-item"><p><strong>${esc(item.question)}</strong> <span class="meta">(${esc(meta.join(' · '))})</span></p>${body}<p><em>Why:</em> ${esc(item.explanation)}</p></li>`;
}

export function teacherGuideHtml(lesson: Lesson, bank: ItemBank, files: { scorm12: string; scorm2004: string }): string {
  const map = lessonMap(lesson);
  const items = new Map(bank.items.map((i) => [i.id, i]));
  const linked = bank.items.some((i) => i.objective);
  let n = 0;

  const objectives = linked
    ? bank.objectives
        .map((o) => {
          const checks = bank.items.filter((i) => i.objective === o.id);
          return `<li><p>${esc(o.text)}</p><p class="meta">Assessed by ${checks.length} check${checks.length === 1 ? '' : 's'}: ${checks.map((c) => esc(c.question)).join(' · ') || 'none yet'}</p></li>`;
        })
        .join('')
    : lesson.sections
        .map((s) => `<li><p>${esc(s.objective)}</p><p class="meta">Assessed by the ${s.checks.length} checks of “${esc(s.title)}”: ${s.checks.map((c) => esc(TYPE_WORDS[c.type] ?? c.type)).join(', ')}.</p></li>`)
        .join('');

  const sectionsKey = lesson.sections
    .map((s) => {
      // One numbering through the whole key, across the sections' lists.
      const start = n + 1;
      n += s.checks.length;
      return `<h3>${esc(s.title)}</h3><ol class="key" start="${start}">${s.checks.map((c) => items.get(c.id)).map((item) => (item ? answerKeyItem(item) : '')).join('')}</ol>`;
    })
    .join('');

  const discussion = lesson.sections
    .map((s) => {
      const qs = debates(s).map((d) => `${esc(d.question)} <span class="meta">(the lesson's debate “${esc(d.title)}”: ${d.views.map((v) => esc(v.label)).join(' / ')})</span>`);
      return `<h3>${esc(s.title)}</h3>${qs.length > 0 ? list(qs) : notYet('discussion questions for this section.')}`;
    })
    .join('');

  const docs = lesson.sections.flatMap((s) => documents(s).map((d) => ({ s, d })));
  const sourceTitle = (id: string) => lesson.sources?.find((d) => d.id === id)?.title ?? id;
  // The lesson's own document tasks (unscored, in the learner's page): the question, each choice with the
  // note the learner sees, and the historian's reading as the model answer.
  const looks = lesson.sections.flatMap((s) => lookCloserTasks(s).map((t) => ({ s, t })));
  const lookTasks = looks
    .map(
      ({ s, t }) =>
        `<h3>${esc(t.title)} <span class="meta">(${esc(READING_HABIT_WORDS[t.habit])} · on “${esc(sourceTitle(t.source))}” · in “${esc(s.title)}”)</span></h3>` +
        `<p><strong>${esc(t.question)}</strong></p>${list(t.options.map((o) => `${esc(o.text)}: <em>${esc(o.note)}</em>`))}<p><em>Model answer (the historian's reading the learner compares with):</em> ${esc(t.historian)}</p>`,
    )
    .join('');
  const documentTasks =
    (looks.length > 0 ? `<p>In the lesson, each of these is drawn inside its document's card. They are not scored and not sent to the LMS: use them for discussion, or set them again on paper.</p>${lookTasks}` : '') +
    (docs.length > 0
      ? docs
          .map(({ s, d }) => `<h3>${esc(d.title)} <span class="meta">(in “${esc(s.title)}”)</span></h3>${list(d.parts.map((p) => `<strong>${esc(p.heading)}</strong>: ${esc(p.text)}`))}`)
          .join('')
      : '') +
    (looks.length > 0 ? '' : notYet('document tasks with model answers and a mark scheme. The documents the lesson shows are listed above so you can set your own questions on them.'));

  const glossary = lesson.glossary.map((g) => `<li><strong>${esc(g.term)}</strong>: ${esc(g.definition)}</li>`).join('');

  return `${pageStart({ lang: lesson.language, title: `Teacher guide: ${lesson.title}`, csp: "default-src 'none'; style-src 'unsafe-inline'; img-src data:", css: GUIDE_CSS })}<header>
<h1>Teacher guide: ${esc(lesson.title)}</h1>
<p>${esc(lesson.description)}</p>
<p class="meta">Version ${esc(lesson.version)} · ${esc(lesson.audience)} · about ${esc(lesson.estimatedMinutes)} minutes · ${bank.items.length} checks · pass mark ${esc(lesson.settings.passingScore)}% · ${esc(lesson.settings.maxTries)} tries per check</p>
</header>
<nav aria-label="Contents"><ol>
<li><a href="#objectives">Objectives and how each is assessed</a></li><li><a href="#map">Lesson map</a></li><li><a href="#key">Answer key</a></li><li><a href="#discussion">Discussion questions</a></li><li><a href="#documents">Document tasks</a></li><li><a href="#support">Support and extension</a></li><li><a href="#upload">Which zip goes where</a></li><li><a href="#reports">Reading the reports</a></li>
</ol></nav>
<main>
<section aria-labelledby="objectives"><h2 id="objectives">Objectives and how each is assessed</h2>
<p>The lesson's objectives:</p>${list(bank.objectives.map((o) => esc(o.text)))}
${linked ? '' : notYet('a link from each check to the lesson objective it assesses; until then, here is what each section assesses.')}
<ol>${objectives}</ol>
<p>Every check is formative: the learner gets feedback after each try and the explanation at the end. The score the LMS receives is the share of checks right within the tries (${esc(lesson.settings.scoring === 'best-try' ? 'best try counts' : 'first try counts')}).</p>
</section>
<section aria-labelledby="map"><h2 id="map">Lesson map</h2>
<table><caption class="meta">Minutes are the lesson's own estimate for each section (reading at ${READING_WPM} words a minute, plus time for each check, written position and document task); together about ${esc(lesson.estimatedMinutes)} minutes.</caption>
<thead><tr><th scope="col">Section</th><th scope="col">Minutes</th><th scope="col">What it covers</th><th scope="col">Checks</th></tr></thead>
<tbody>${map.map((m) => `<tr><th scope="row">${esc(m.section.title)}</th><td>${m.minutes}</td><td>${esc(m.section.summary)}</td><td>${m.section.checks.length}</td></tr>`).join('')}</tbody></table>
</section>
<section aria-labelledby="key"><h2 id="key">Answer key</h2>
<p>Right answers in bold, with the lesson's explanation, and for each wrong option the misconception it targets (or the feedback the learner sees when they choose it). In the lesson the options of each check are shuffled; the order here is the authored one.</p>
${sectionsKey}
</section>
<section aria-labelledby="discussion"><h2 id="discussion">Discussion questions</h2>${discussion}</section>
<section aria-labelledby="documents"><h2 id="documents">Document tasks</h2>${documentTasks}</section>
<section aria-labelledby="support"><h2 id="support">Support and extension</h2>
<h3>Support</h3>
<ul><li>Pre-teach the glossary terms below; in the lesson every underlined term opens its meaning.</li><li>Let learners use both tries: the hint after a wrong first try points back to the passage.</li><li>Pair a learner who has not finished with one who has, section by section, using the class report's grid.</li><li>Give each learner their reteach slip (from the class report) and let them reread only those passages.</li></ul>
<h3>Extension</h3>
<ul>${lesson.sections.flatMap((s) => debates(s)).map((d) => `<li>Take a side in “${esc(d.question)}” and write a paragraph using evidence from the lesson; then argue the other side.</li>`).join('')}<li>Compare the pact's Article 2 with the Nazi–Soviet pact of 1939: what does each promise, and what does neither promise?</li></ul>
${notYet('support and extension activities written for this lesson by its authors; the ideas above are general ones drawn from its sections.')}
<h3>Glossary</h3><ul>${glossary}</ul>
</section>
<section aria-labelledby="upload"><h2 id="upload">Which zip goes where</h2>
<table><thead><tr><th scope="col">LMS</th><th scope="col">Upload</th><th scope="col">Settings</th></tr></thead><tbody>
<tr><th scope="row">Moodle</th><td>${esc(files.scorm12)}</td><td>Grading method: Highest grade; Maximum grade: 100; Force new attempt: No; Mastery score overrides status: Yes. Use the 1.2 zip: Moodle's Interactions report shows no answers for a SCORM 2004 package.</td></tr>
<tr><th scope="row">Canvas (SCORM tool)</th><td>${esc(files.scorm2004)}</td><td>Import as a graded assignment out of 100.</td></tr>
<tr><th scope="row">Blackboard Learn</th><td>${esc(files.scorm2004)}</td><td>Grade SCORM, maximum 100, attempts as you wish.</td></tr>
<tr><th scope="row">SCORM Cloud</th><td>either zip</td><td>Export registrations with includeRuntime, includeInteractionsAndObjectives and includeChildResults for the class report.</td></tr>
<tr><th scope="row">Any other LMS, or unsure</th><td>${esc(files.scorm12)}</td><td>The widest-supported choice.</td></tr>
</tbody></table>
<p>Never upload the teacher kit itself: everything in a SCORM package is served to students, and the kit holds the answers.</p>
</section>
<section aria-labelledby="reports"><h2 id="reports">Reading the reports</h2>
<ol>
<li><strong>Get the export.</strong> Moodle: open the SCORM activity → Reports → Interactions report; tick “Summary of question”, “Right answer” and “Result” in the options, press “Show report”, then download (“text” or Excel). SCORM Cloud: the registrations of the course as JSON with runtime data. The preview LMS (<code>npm start</code>): “Export this attempt” or the class file.</li>
<li><strong>Open <code>class-report.html</code></strong> from this kit (double-click: it works offline) and drop the export in. Nothing leaves your computer.</li>
<li><strong>Questions.</strong> Facility is the share right at the first try (and within the tries). Above 90% the question is too easy for this class; below 20% too hard, or something in it misleads. Discrimination compares a question with the rest of the lesson: below 0.10 stronger learners did no better on it, so read it again for ambiguity. The most common wrong answer and its misconception tell you what to reteach.</li>
<li><strong>Sections.</strong> The grid shows each learner's mastery of each section; “Not reached” means they have not got that far, which the LMS's Score 0 does not tell you.</li>
<li><strong>Learners.</strong> Score, status and time; “Started, not finished” is not a score of 0. Print a reteach slip for each learner who needs one.</li>
<li><strong>The class.</strong> The score distribution, and Cronbach's α: how far the checks agree. With a class of 25 treat it as a rough guide.</li>
</ol>
</section>
</main>
</body>
</html>
`;
}
