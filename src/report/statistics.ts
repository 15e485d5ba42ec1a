/**
 * Item statistics as Moodle's quiz statistics compute them (question/classes/statistics/questions/
 * calculator.php; see ../shared/teacher/lms-reports.md §3): sample variances and covariances (n − 1),
 * discrimination as the item–rest correlation, Cronbach's α over the items. Pure functions of numbers.
 */

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Sample covariance (divides by n − 1); NaN below two values. */
export function covariance(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return NaN;
  const mx = mean(xs);
  const my = mean(ys);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += ((xs[i] ?? 0) - mx) * ((ys[i] ?? 0) - my);
  return sum / (n - 1);
}

export function variance(xs: readonly number[]): number {
  return covariance(xs, xs);
}

/**
 * The item–rest correlation: the correlation between each learner's mark on the item (x) and their
 * mark on the rest of the test (X = total − x). Null when it cannot be computed: fewer than two
 * learners, or nobody differs on the item or on the rest (everyone right, or everyone wrong).
 */
export function itemRestCorrelation(item: readonly number[], totals: readonly number[]): number | null {
  const rest = totals.map((t, i) => t - (item[i] ?? 0));
  const vx = variance(item);
  const vr = variance(rest);
  if (!(vx > 1e-12) || !(vr > 1e-12)) return null;
  return covariance(item, rest) / Math.sqrt(vx * vr);
}

/**
 * Cronbach's α for a learners × items matrix of marks: p/(p−1) · (1 − Σ Var(item) / Var(total)).
 * Null with fewer than two items or two learners, or when every total is the same.
 */
export function cronbachAlpha(marks: readonly (readonly number[])[]): number | null {
  const p = marks[0]?.length ?? 0;
  if (p < 2 || marks.length < 2) return null;
  const totals = marks.map((row) => row.reduce((a, b) => a + b, 0));
  const vt = variance(totals);
  if (!(vt > 1e-12)) return null;
  let sumItemVar = 0;
  for (let j = 0; j < p; j++) sumItemVar += variance(marks.map((row) => row[j] ?? 0));
  return (p / (p - 1)) * (1 - sumItemVar / vt);
}

/** Readings used in practice (Open University guide quoted by Moodle; Blackboard's 0.1 cut-off). */
export const THRESHOLDS = {
  tooEasy: 0.9,
  tooHard: 0.2,
  weakDiscrimination: 0.1,
  alphaGood: 0.75,
  alphaPoor: 0.64,
} as const;

export type ItemFlag = 'too-easy' | 'too-hard' | 'weak-discrimination';

export function itemFlags(facility: number | null, discrimination: number | null): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (facility !== null && facility >= THRESHOLDS.tooEasy) flags.push('too-easy');
  if (facility !== null && facility < THRESHOLDS.tooHard) flags.push('too-hard');
  if (discrimination !== null && discrimination < THRESHOLDS.weakDiscrimination) flags.push('weak-discrimination');
  return flags;
}

/** α in words a teacher can act on. */
export function alphaReading(alpha: number | null, learners: number): string {
  if (alpha === null) {
    return learners < 2
      ? 'Not enough learners have finished to judge how consistent the checks are (at least two are needed).'
      : 'Cannot be worked out: every learner got the same total, so the checks cannot be compared.';
  }
  const a = alpha.toFixed(2);
  const small = learners < 20 ? ` With only ${learners} learners, treat this as a rough guide.` : '';
  if (alpha >= THRESHOLDS.alphaGood) {
    return `α = ${a}: satisfactory. The checks agree with each other well enough that a learner's total is a fair summary of how well they know the lesson.${small}`;
  }
  if (alpha >= THRESHOLDS.alphaPoor) {
    return `α = ${a}: borderline. The total is a useful guide, but look at each learner's sections before deciding who needs help.${small}`;
  }
  return `α = ${a}: low. The checks measure different things (or the class answered very alike), so the total alone says little; use the per-section grid.${small}`;
}
