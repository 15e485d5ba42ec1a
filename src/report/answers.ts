/**
 * Reading a response as an LMS stores it (`b,d`, `1.a,2.c`, `t` in SCORM 1.2; `b[,]d`, `x[.]y`, `true` in
 * 2004) back into the lesson's own ids, using the codes in the item bank. Pure functions.
 */
import type { BankChoice, BankItem } from './item-bank.ts';

export type Standard = '1.2' | '2004';

function find(list: readonly BankChoice[] | undefined, token: string, standard: Standard): string | null {
  const hit = list?.find((c) => (standard === '1.2' ? c.code12 : c.code2004) === token);
  return hit ? hit.id : null;
}

function decodeIn(item: BankItem, raw: string, standard: Standard): string[] | null {
  const value = raw.trim();
  const listSep = standard === '1.2' ? ',' : '[,]';
  const pairSep = standard === '1.2' ? '.' : '[.]';
  const tokens = value === '' ? [] : value.split(listSep).map((t) => t.trim());
  switch (item.type) {
    case 'true-false': {
      const v = value.toLowerCase();
      if (v === 't' || v === 'true' || v === '1') return ['true'];
      if (v === 'f' || v === 'false' || v === '0') return ['false'];
      return null;
    }
    case 'single-choice':
    case 'multiple-response':
    case 'ordering': {
      const list = item.type === 'ordering' ? item.items : item.options;
      const ids = tokens.map((t) => find(list, t, standard));
      return ids.every((id): id is string => id !== null) ? ids : null;
    }
    case 'matching': {
      const sources = item.sources ?? [];
      const response = sources.map(() => '');
      for (const token of tokens) {
        const [s, t, ...rest] = token.split(pairSep);
        const source = sources.findIndex((c) => (standard === '1.2' ? c.code12 : c.code2004) === s);
        const target = find(item.targets, t ?? '', standard);
        if (rest.length > 0 || source < 0 || target === null) return null;
        response[source] = target;
      }
      return response;
    }
  }
}

/** Whether a raw value looks like SCORM 2004's syntax rather than 1.2's. */
function looks2004(item: BankItem, raw: string): boolean {
  if (raw.includes('[,]') || raw.includes('[.]')) return true;
  if (item.type === 'true-false') return /^(true|false)$/i.test(raw.trim());
  // In 1.2 every token is one character; a longer token is an id.
  return raw.split(/[,.]/).some((t) => t.trim().length > 1);
}

/**
 * The learner's response as ids, or null when it cannot be read with this item bank (a response from
 * another version of the lesson, or damaged). `standard` is what the export says, when it says.
 */
export function decodeResponse(item: BankItem, raw: string, standard?: Standard): string[] | null {
  const order: Standard[] = standard ? [standard, standard === '1.2' ? '2004' : '1.2'] : looks2004(item, raw) ? ['2004', '1.2'] : ['1.2', '2004'];
  for (const s of order) {
    const ids = decodeIn(item, raw, s);
    if (ids) return ids;
  }
  return null;
}

/** Which version wrote a correct-response pattern, judged against the bank; null when it matches neither. */
export function patternStandard(item: BankItem, pattern: string): Standard | null {
  const p = pattern.trim();
  if (p === item.correct.pattern2004 && p !== item.correct.pattern12) return '2004';
  if (p === item.correct.pattern12) return '1.2';
  return null;
}
