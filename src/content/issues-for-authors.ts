/**
 * Zod issues in an author's words: runs a schema and turns each issue into a content problem that
 * names the file and field, with author-friendly wording:
 * "checks[2].options: needs at least 2 entries" rather than zod's developer-facing messages.
 */
import type * as z from 'zod';
import type { Problems } from './errors.ts';

type Path = readonly PropertyKey[];

/** ["checks", 2, "correct"] → "checks[2].correct". */
export function formatPath(path: Path, prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describeValue(v: unknown): string {
  if (v === null) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a set of fields';
  if (typeof v === 'string') return `text "${v}"`;
  return `${typeof v} ${String(v)}`;
}

const expectedWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a set of fields',
  array: 'a list',
};

function entries(n: number): string {
  return n === 1 ? '1 entry' : `${n} entries`;
}

/** Wording for zod's built-in issues; schema-specific messages in schema.ts take precedence. */
function message(iss: z.core.$ZodRawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type': {
      if (iss.input === undefined) return 'is required';
      if (iss.input === null) return 'must not be empty';
      const want = expectedWords[iss.expected] ?? iss.expected;
      return `expected ${want}, got ${describeValue(iss.input)}`;
    }
    case 'too_small': {
      const min = Number(iss.minimum);
      if (iss.origin === 'string') return 'must not be empty';
      if (iss.origin === 'array') return `needs at least ${entries(min)}`;
      return iss.inclusive ? `must be at least ${min}` : `must be more than ${min}`;
    }
    case 'too_big': {
      const max = Number(iss.maximum);
      if (iss.origin === 'array') return `has ${Array.isArray(iss.input) ? iss.input.length : 'too many'} entries; at most ${max} allowed`;
      if (iss.origin === 'string') return `is too long; at most ${max} characters`;
      return `must be at most ${max}`;
    }
    case 'invalid_value':
      return `${describeValue(iss.input)} is not one of: ${iss.values.map(String).join(', ')}`;
    case 'invalid_union': {
      // Only discriminated unions (visual `kind`, check `type`) occur in the schemas.
      const options = (iss as { options?: unknown[] }).options?.map(String).join(', ');
      const discriminator = (iss as { discriminator?: string }).discriminator;
      if (options && discriminator) {
        const input = iss.input as Record<string, unknown> | undefined;
        const value = input && typeof input === 'object' ? input[discriminator] : undefined;
        return value === undefined ? `is required (one of: ${options})` : `${describeValue(value)} is not one of: ${options}`;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

export interface Where {
  readonly file: string;
  /** Field path the data sits at inside the file, e.g. "checks[3]"; '' for the whole file. */
  readonly prefix?: string;
  /** What to call the whole value when an issue has an empty path, e.g. "front matter". */
  readonly rootField: string;
}

/** Validates data; on failure reports every issue and returns undefined. */
export function parseForAuthors<S extends z.ZodType>(
  schema: S,
  data: unknown,
  where: Where,
  problems: Problems,
): z.output<S> | undefined {
  // reportInput keeps each issue's input, used below to tell a cut-off text from a misspelt field.
  const result = schema.safeParse(data, { error: message, reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = formatPath(issue.path, where.prefix) || where.rootField;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const value = (issue.input as Record<string, unknown> | undefined)?.[key];
        if (/\s/.test(key) && value === null) {
          // `{ id: a, text: Signed, then ratified }` reads "then ratified" as a field of its own: the
          // text was cut at the comma. Name the cut-off words, at the object they were cut from.
          problems.add(
            where.file,
            field,
            `"${key}" was read as a field: a comma inside { … } ends the text; put text with commas in quotes`,
          );
        } else {
          // One problem per unknown field, at that field, so each typo is easy to find.
          problems.add(where.file, formatPath([...issue.path, key], where.prefix), 'is not a known field (check the spelling)');
        }
      }
    } else if (issue.code === 'invalid_key') {
      problems.add(where.file, field, issue.issues[0]?.message ?? issue.message);
    } else {
      problems.add(where.file, field, issue.message);
    }
  }
  return undefined;
}
