import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import type { HorizonSpec } from '../../src/calendar/Calendar.js';
import { isValidZone } from '../../src/calendar/checkHorizon.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';

// Trust, item 6: the calendar takes the plan's rule for zone names. The runtime matches them
// case-insensitively; a horizon must write them as IANA spells them.

const horizon = (zone: string): HorizonSpec => ({
  start: '2026-01-05',
  end: '2026-03-29',
  zone,
  period: 'week',
  workdays: [1, 2, 3, 4, 5],
  holidays: [],
  extraWorkdays: [],
});

describe('zone spelling in the calendar', () => {
  it('refuses a zone written in another case, with its IANA spelling', () => {
    let error: unknown;
    try {
      buildCalendar(horizon('asia/shanghai'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FairdrawError);
    expect((error as FairdrawError).path).toBe('horizon.zone');
    expect((error as FairdrawError).message).toContain('did you mean "Asia/Shanghai"?');
  });

  it('isValidZone says what a horizon accepts', () => {
    expect(['asia/shanghai', 'EUROPE/PARIS', 'us/eastern', 'utc'].some(isValidZone)).toBe(false);
    expect(['Asia/Shanghai', 'US/Eastern', 'Etc/UTC', 'Asia/Kolkata'].every(isValidZone)).toBe(true);
  });

  it('builds the same calendar for an alias, under the name as written', () => {
    const alias = buildCalendar(horizon('Asia/Chongqing'));
    const zone = buildCalendar(horizon('Asia/Shanghai'));
    expect(alias.zone).toBe('Asia/Chongqing');
    expect(alias.periods).toEqual(zone.periods);
  });
});
