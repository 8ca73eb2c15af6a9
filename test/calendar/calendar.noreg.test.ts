import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import { spreadOverDays } from '../../src/calendar/spreadOverDays.js';
import { createRng } from '../../src/random/createRng.js';
import { deriveSeed } from '../../src/random/deriveSeed.js';
import { CHINA_2026 } from './china2026.js';

describe('no regression: the China 2026 weekly calendar and the day spread', () => {
  const cal = buildCalendar(CHINA_2026);

  it('pins the working days of every week of 2026-01-05..2026-12-27', () => {
    const summary = cal.periods
      .filter((p) => p.workdays.length !== 5)
      .map((p) => `${p.index} ${p.start} ${p.workdays.length}/${p.nominalWorkdays}`);
    expect(cal.periods).toHaveLength(51);
    expect(cal.periods.reduce((k, p) => k + p.workdays.length, 0)).toMatchInlineSnapshot(`243`);
    expect(summary).toMatchInlineSnapshot(`
      [
        "5 2026-02-09 6/5",
        "6 2026-02-16 0/5",
        "13 2026-04-06 4/5",
        "16 2026-04-27 4/5",
        "17 2026-05-04 4/5",
        "23 2026-06-15 4/5",
        "36 2026-09-14 6/5",
        "37 2026-09-21 4/5",
        "38 2026-09-28 3/5",
        "39 2026-10-05 3/5",
      ]
    `);
  });

  it('pins spreadOverDays for 7 visits in weeks 4..11 with the seed "county-2026"', () => {
    const spread = cal.periods.slice(4, 12).map((p) => {
      const rng = createRng(deriveSeed('county-2026', 'dates', p.index));
      return spreadOverDays(p.workdays.length === 0 ? 0 : 7, p.workdays, rng)
        .map((d) => d.slice(5))
        .join(' ');
    });
    expect(spread).toMatchInlineSnapshot(`
      [
        "02-02 02-02 02-03 02-04 02-04 02-05 02-06",
        "02-09 02-09 02-10 02-11 02-12 02-13 02-14",
        "",
        "02-24 02-24 02-25 02-26 02-27 02-27 02-28",
        "03-02 03-03 03-04 03-04 03-05 03-05 03-06",
        "03-09 03-09 03-10 03-11 03-12 03-13 03-13",
        "03-16 03-16 03-17 03-18 03-18 03-19 03-20",
        "03-23 03-24 03-25 03-25 03-26 03-26 03-27",
      ]
    `);
  });
});
