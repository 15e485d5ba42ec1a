// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { displayName, lessonDate } from '../../src/lesson';

describe('the learner name from the LMS', () => {
  it('"Last, First" reads "First Last"', () => {
    expect(displayName('Tanaka, Aiko')).toBe('Aiko Tanaka');
    expect(displayName('  van der Berg ,   Anna  Maria ')).toBe('Anna Maria van der Berg');
  });
  it('a name without a comma is kept as given, tidied', () => {
    expect(displayName('Aiko Tanaka')).toBe('Aiko Tanaka');
    expect(displayName('  Aiko   Tanaka ')).toBe('Aiko Tanaka');
  });
  it('only the first comma splits (a suffix stays with the first names)', () => {
    expect(displayName('King, Martin Luther, Jr.')).toBe('Martin Luther, Jr. King');
  });
  it('a half-empty or empty name gives what there is, or nothing', () => {
    expect(displayName('Tanaka,')).toBe('Tanaka');
    expect(displayName(', Aiko')).toBe('Aiko');
    expect(displayName(' , ')).toBeNull();
    expect(displayName('')).toBeNull();
    expect(displayName(null)).toBeNull();
  });
});

describe('dates in the lesson locale', () => {
  const day = new Date(2026, 11, 3, 12);
  it('a bare "en" is British: day, month, year', () => {
    expect(lessonDate(day, 'en')).toBe('3 December 2026');
    expect(lessonDate(day, 'en-GB')).toBe('3 December 2026');
  });
  it('another language keeps its own order', () => {
    expect(lessonDate(day, 'en-US')).toBe('December 3, 2026');
  });
});
