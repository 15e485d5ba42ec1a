// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  correctPattern,
  decimal,
  description,
  duration2004,
  interactionId,
  interactionType,
  learnerResponse,
  objectiveId,
  progressMeasure,
  rawScore,
  freeText,
  positionId,
  scaledScore,
  time12,
  timespan12,
  timestamp2004,
} from '../../src/tracking/formats';
import { scorm12 } from '../../src/tracking/scorm12-profile';
import { scorm2004 } from '../../src/tracking/scorm2004-profile';
import { checks } from './fixtures';

describe('1.2 timespan HHHH:MM:SS.SS', () => {
  it('always writes at least two hour digits and two decimals (Moodle refuses "0:01:05")', () => {
    expect(timespan12(65)).toBe('00:01:05.00');
    expect(timespan12(0)).toBe('00:00:00.00');
    expect(timespan12(5.255)).toBe('00:00:05.26');
    expect(timespan12(3600 * 12 + 62.5)).toBe('12:01:02.50');
    expect(timespan12(3600 * 123)).toBe('123:00:00.00');
  });
  it('caps at four hour digits and never goes negative', () => {
    expect(timespan12(3600 * 20000)).toBe('9999:59:59.99');
    expect(timespan12(-5)).toBe('00:00:00.00');
    expect(timespan12(Number.NaN)).toBe('00:00:00.00');
  });
  it('matches the CMITimespan pattern', () => {
    for (const s of [0, 0.01, 59.999, 61, 3599.5, 86400, 360000]) {
      expect(timespan12(s)).toMatch(/^\d{2,4}:\d{2}:\d{2}\.\d{2}$/);
    }
  });
});

describe('2004 duration', () => {
  it('writes ISO 8601 with at most two decimals', () => {
    expect(duration2004(3725.25)).toBe('PT1H2M5.25S');
    expect(duration2004(5.255)).toBe('PT5.26S');
    expect(duration2004(0)).toBe('PT0S');
    expect(duration2004(60)).toBe('PT1M');
    expect(duration2004(3600)).toBe('PT1H');
    expect(duration2004(0.5)).toBe('PT0.5S');
    expect(duration2004(90000)).toBe('PT25H');
  });
  it('never has more than two decimals', () => {
    for (const s of [0.001, 1.23456, 59.995, 1234.5678]) {
      expect(duration2004(s)).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
    }
  });
});

describe('timestamps', () => {
  it('2004: UTC, exactly two decimals and Z, never toISOString as it is', () => {
    expect(timestamp2004(new Date('2025-01-15T10:15:00.123Z'))).toBe('2025-01-15T10:15:00.12Z');
    expect(timestamp2004(new Date('2025-01-15T10:15:00.000Z'))).toBe('2025-01-15T10:15:00.00Z');
    expect(timestamp2004(new Date('2025-12-31T23:59:59.999Z'))).toBe('2025-12-31T23:59:59.99Z');
  });
  it('1.2: HH:MM:SS of the day', () => {
    expect(time12(new Date(2025, 0, 15, 9, 5, 7))).toBe('09:05:07');
  });
});

describe('scores and measures', () => {
  it('scaled is raw / 100 with at most 7 decimals, never exponent notation', () => {
    expect(scaledScore(80)).toBe('0.8');
    expect(scaledScore(100)).toBe('1');
    expect(scaledScore(0)).toBe('0');
    expect(scaledScore(33.333333333)).toBe('0.3333333');
    expect(scaledScore(150)).toBe('1');
    expect(progressMeasure(1 / 3)).toBe('0.3333333');
    expect(progressMeasure(0.00000001)).toBe('0');
    expect(decimal(1e-7, 7)).toBe('0.0000001');
    expect(rawScore(67)).toBe('67');
    expect(rawScore(-3)).toBe('0');
  });
});

describe('identifiers and descriptions', () => {
  it('interaction ids are unique per check and try, with no spaces', () => {
    expect(interactionId('context_khalkhin_where', 0)).toBe('context_khalkhin_where__t1');
    expect(interactionId('context_khalkhin_where', 1)).toBe('context_khalkhin_where__t2');
    expect(interactionId('bad id:with-stuff', 0)).toBe('bad_id_with_stuff__t1');
    expect(interactionId('x'.repeat(400), 9).length).toBeLessThanOrEqual(255);
    expect(objectiveId('context')).toBe('context');
  });
  it('description: at most 250 characters, no newline', () => {
    expect(description('  Where was\nthe battle\r\n fought?  ')).toBe('Where was the battle fought?');
    const long = description('word '.repeat(100));
    expect(long.length).toBe(250);
    expect(long).not.toMatch(/\n/);
    // Code points, not UTF-16 units: an emoji is not cut in half.
    expect(Array.from(description('😀'.repeat(300))).length).toBe(250);
  });
  it('result: 1.2 says wrong, 2004 incorrect (each profile\'s vocabulary)', () => {
    expect(scorm12.interactions.wrong).toBe('wrong');
    expect(scorm2004.interactions.wrong).toBe('incorrect');
  });
  it('a written position: its id, and its text on one line, cut whole characters to the limit', () => {
    expect(positionId('impact_violation')).toBe('impact_violation__position');
    expect(positionId('a debate.2')).toBe('a_debate_2__position');
    expect(freeText('  I think\nthe pact\r\n  was broken. ', 255)).toBe('I think the pact was broken.');
    expect(freeText('x'.repeat(300), 255)).toHaveLength(255);
    expect(freeText('😀'.repeat(200), 255)).toBe('😀'.repeat(127));
    expect(freeText('{lang=xx} not a tag', 255)).toBe(' {lang=xx} not a tag');
    expect(scorm12.interactions.freeText('y'.repeat(4000))).toHaveLength(255);
    expect(scorm2004.interactions.freeText('y'.repeat(5000))).toHaveLength(4000);
  });
});

describe('responses and patterns per type and version', () => {
  it('maps check types to interaction types', () => {
    expect(checks.map(interactionType)).toEqual(['choice', 'choice', 'true-false', 'sequencing', 'matching']);
  });

  it('single choice', () => {
    const c = checks[0]!;
    expect(correctPattern(c, '2004')).toBe('a');
    expect(learnerResponse(c, ['c'], '2004')).toBe('c');
    expect(correctPattern(c, '1.2')).toBe('a');
    expect(learnerResponse(c, ['c'], '1.2')).toBe('c');
  });

  it('multiple response: 2004 a[,]c, 1.2 a,c, in authored order, unique', () => {
    const c = checks[1]!;
    expect(correctPattern(c, '2004')).toBe('a[,]c');
    expect(learnerResponse(c, ['d', 'a', 'a'], '2004')).toBe('a[,]d');
    expect(correctPattern(c, '1.2')).toBe('a,c');
    expect(learnerResponse(c, ['a', 'd'], '1.2')).toBe('a,d');
  });

  it('true-false: 2004 true/false, 1.2 t/f', () => {
    const c = checks[2]!;
    expect(correctPattern(c, '2004')).toBe('true');
    expect(learnerResponse(c, ['false'], '2004')).toBe('false');
    expect(correctPattern(c, '1.2')).toBe('t');
    expect(learnerResponse(c, ['false'], '1.2')).toBe('f');
  });

  it('sequencing: 2004 ids joined [,], 1.2 one character per item by authored position', () => {
    const c = checks[3]!;
    expect(correctPattern(c, '2004')).toBe('khalkhin_gol[,]tripartite[,]pact_signed');
    expect(learnerResponse(c, ['tripartite', 'khalkhin_gol', 'pact_signed'], '2004')).toBe(
      'tripartite[,]khalkhin_gol[,]pact_signed',
    );
    expect(correctPattern(c, '1.2')).toBe('a,b,c');
    expect(learnerResponse(c, ['tripartite', 'khalkhin_gol', 'pact_signed'], '1.2')).toBe('b,a,c');
  });

  it('matching: 2004 src[.]tgt[,]…, 1.2 1.a,2.b with targets over rights and distractors', () => {
    const c = checks[4]!;
    expect(correctPattern(c, '2004')).toBe('manchukuo[.]puppet[,]comintern[.]communist');
    expect(learnerResponse(c, ['navy', 'communist'], '2004')).toBe('manchukuo[.]navy[,]comintern[.]communist');
    expect(correctPattern(c, '1.2')).toBe('1.a,2.b');
    // navy is the first distractor: third target overall.
    expect(learnerResponse(c, ['navy', 'communist'], '1.2')).toBe('1.c,2.b');
    // An unmatched left item is left out.
    expect(learnerResponse(c, ['', 'puppet'], '1.2')).toBe('2.a');
  });

  it('2004 identifiers use only [A-Za-z0-9_] and the delimiters; 1.2 only single characters 0-9a-z', () => {
    for (const c of checks) {
      expect(correctPattern(c, '2004')).toMatch(/^([A-Za-z0-9_]|\[,\]|\[\.\])+$/);
      expect(correctPattern(c, '1.2')).toMatch(/^([0-9a-z](\.[0-9a-z])?)(,[0-9a-z](\.[0-9a-z])?)*$/);
    }
  });
});
