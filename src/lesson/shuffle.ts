/**
 * The per-learner shuffle of options, ordering items and matching targets. Seeded, so a learner who
 * resumes sees the same order as before; the seed is made once (from Math.random, by the caller) and
 * saved with the state.
 */
import type { Check } from '../content/model';
import { hashString } from './hash';

/** mulberry32: a small, fast 32-bit PRNG; plenty for shuffling a handful of options. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fresh seed, an unsigned 32-bit integer, from a random source the caller passes (Math.random). */
export function newSeed(random: () => number): number {
  // NaN and out-of-range values wrap or fall to 0 rather than leaking a non-integer into the state.
  return Math.floor(random() * 4294967296) >>> 0;
}

export interface ShuffleOptions {
  /** Never return the input order (when there are ≥2 distinct ids): an ordering check must not start solved. */
  readonly avoidInputOrder?: boolean;
}

/** Fisher–Yates with a PRNG seeded by (seed, checkId): deterministic per learner and per check. */
export function shuffledIds(
  seed: number,
  checkId: string,
  ids: readonly string[],
  options: ShuffleOptions = {},
): string[] {
  const random = mulberry32(hashString(`${seed >>> 0}:${checkId}`));
  const out = [...ids];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  if (options.avoidInputOrder && out.length >= 2 && out.every((id, i) => id === ids[i])) {
    // Rotating distinct ids by one moves every id, so the result cannot be the input order.
    out.push(out.shift()!);
  }
  return out;
}

/**
 * The ids in the order the view shows them: options (single/multiple), the starting order of ordering
 * items (never already solved), or the right-hand column of a matching check (rights and distractors
 * mixed). True-false is not shuffled.
 */
export function displayOrder(check: Check, seed: number): readonly string[] {
  switch (check.type) {
    case 'single-choice':
    case 'multiple-response':
      return shuffledIds(seed, check.id, check.options.map((o) => o.id));
    case 'true-false':
      return ['true', 'false'];
    case 'ordering':
      return shuffledIds(seed, check.id, check.items.map((i) => i.id), { avoidInputOrder: true });
    case 'matching':
      return shuffledIds(seed, check.id, [...check.pairs.map((p) => p.right), ...check.distractors].map((c) => c.id));
  }
}
