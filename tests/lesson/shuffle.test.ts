// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { displayOrder, mulberry32, newSeed, shuffledIds } from '../../src/lesson';
import { matching, multiple, ordering, single, trueFalse } from './fixtures';

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const seeds = Array.from({ length: 200 }, (_, i) => (i * 2654435761) >>> 0);

describe('shuffledIds', () => {
  it('is deterministic per (seed, check) and a permutation of its input', () => {
    expect(shuffledIds(7, 'q1', ids)).toEqual(shuffledIds(7, 'q1', ids));
    expect([...shuffledIds(7, 'q1', ids)].sort()).toEqual(ids);
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e', 'f']); // input untouched
  });

  it('differs across seeds and across checks', () => {
    const bySeed = new Set(seeds.map((seed) => shuffledIds(seed, 'q1', ids).join('')));
    const byCheck = new Set(Array.from({ length: 200 }, (_, i) => shuffledIds(7, `q${i}`, ids).join('')));
    expect(bySeed.size).toBeGreaterThan(150); // 720 orders: a good shuffle gives mostly distinct ones
    expect(byCheck.size).toBeGreaterThan(150);
  });

  it('with avoidInputOrder never returns the input order, down to two items', () => {
    for (const list of [['x', 'y'], ['x', 'y', 'z'], ids]) {
      for (const seed of seeds) {
        expect(shuffledIds(seed, 'order', list, { avoidInputOrder: true })).not.toEqual(list);
      }
    }
    expect(shuffledIds(3, 'order', ['only'], { avoidInputOrder: true })).toEqual(['only']);
    expect(shuffledIds(3, 'order', [], { avoidInputOrder: true })).toEqual([]);
  });
});

describe('displayOrder', () => {
  it('an ordering check never starts solved', () => {
    const solved = ordering.items.map((i) => i.id);
    for (const seed of seeds) expect(displayOrder(ordering, seed)).not.toEqual(solved);
  });

  it('shuffles options, and the matching targets with the distractors among them', () => {
    expect([...displayOrder(single, 5)].sort()).toEqual(['a', 'b', 'c']);
    expect([...displayOrder(multiple, 5)].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...displayOrder(matching, 5)].sort()).toEqual(['china', 'japan', 'mongolia', 'ussr']);
    const orders = new Set(seeds.map((seed) => displayOrder(matching, seed).join(',')));
    expect(orders.size).toBe(24);
  });

  it('leaves true-false alone', () => {
    for (const seed of seeds.slice(0, 10)) expect(displayOrder(trueFalse, seed)).toEqual(['true', 'false']);
  });

});

describe('seeds', () => {
  it('newSeed turns the caller’s random source into an unsigned 32-bit integer', () => {
    expect(newSeed(() => 0)).toBe(0);
    expect(newSeed(() => 0.5)).toBe(2 ** 31);
    expect(newSeed(() => 0.9999999999)).toBe(4294967295);
    expect(newSeed(() => NaN)).toBe(0);
    for (let i = 0; i < 50; i++) {
      const seed = newSeed(Math.random);
      expect(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff).toBe(true);
    }
  });

  it('mulberry32 is a repeatable stream in [0, 1)', () => {
    const a = mulberry32(99);
    const b = mulberry32(99);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
