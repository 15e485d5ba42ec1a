/**
 * Rules inside one check that a schema cannot express: answers refer to existing options, and ids
 * (which become SCORM response values) are unique where the tracker needs them to be.
 */
import type { Problems } from './errors.ts';
import type { CheckInput } from './schema.ts';

interface Named {
  readonly id: string;
  readonly text: string;
}

/** Reports a repeated value at its second and later occurrences, naming the first. */
function unique(
  values: readonly { value: string; field: string }[],
  report: (field: string, message: string) => void,
  what: string,
): void {
  const first = new Map<string, string>();
  for (const { value, field } of values) {
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, field);
    else report(field, `${what} "${value}" is used twice in this check (also at ${earlier})`);
  }
}

const ids = (list: readonly Named[], field: string) => list.map((c, i) => ({ value: c.id, field: `${field}[${i}].id` }));
const idList = (list: readonly Named[]) => list.map((c) => c.id).join(', ');

/** `prefix` is where the check sits in its file, e.g. "checks[2]". */
export function singleCheckRules(check: CheckInput, file: string, prefix: string, problems: Problems): void {
  const report = (field: string, message: string): void => problems.add(file, `${prefix}.${field}`, message);

  switch (check.type) {
    case 'single-choice': {
      unique(ids(check.options, 'options'), report, 'option id');
      if (!check.options.some((o) => o.id === check.correct)) {
        report('correct', `"${check.correct}" is not one of the options (${idList(check.options)})`);
      }
      break;
    }
    case 'multiple-response': {
      unique(ids(check.options, 'options'), report, 'option id');
      check.correct.forEach((answer, i) => {
        if (!check.options.some((o) => o.id === answer)) {
          report(`correct[${i}]`, `"${answer}" is not one of the options (${idList(check.options)})`);
        }
      });
      unique(
        check.correct.map((value, i) => ({ value, field: `correct[${i}]` })),
        report,
        'answer',
      );
      break;
    }
    case 'true-false':
      break;
    case 'ordering': {
      unique(ids(check.items, 'items'), report, 'item id');
      // The same event under two ids would make two "correct" orders; compare texts loosely.
      const seen = new Map<string, number>();
      check.items.forEach((item, i) => {
        const key = item.text.toLowerCase().replace(/\s+/g, ' ');
        const earlier = seen.get(key);
        if (earlier === undefined) seen.set(key, i);
        else report(`items[${i}].text`, `item "${item.text}" is listed twice (also items[${earlier}])`);
      });
      break;
    }
    case 'matching': {
      unique(
        check.pairs.map((p, i) => ({ value: p.left.id, field: `pairs[${i}].left.id` })),
        report,
        'left id',
      );
      // Distractors sit in the right-hand column, so they share the right ids' namespace.
      unique(
        [
          ...check.pairs.map((p, i) => ({ value: p.right.id, field: `pairs[${i}].right.id` })),
          ...ids(check.distractors, 'distractors'),
        ],
        report,
        'right-hand id',
      );
      break;
    }
  }
}
