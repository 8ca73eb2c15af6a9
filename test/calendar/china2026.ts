import type { HorizonSpec } from '../../src/calendar/Calendar.js';

/**
 * China's 2026 holidays and adjusted working days inside 2026-01-05..2026-12-27, from the General
 * Office of the State Council's notice on the 2026 holiday arrangement (4 November 2025). The same
 * lists are in examples/county.json.
 */
export const CHINA_2026: HorizonSpec = {
  start: '2026-01-05',
  end: '2026-12-27',
  zone: 'Asia/Shanghai',
  period: 'week',
  workdays: [1, 2, 3, 4, 5],
  holidays: [
    ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => `2026-02-${d}`),
    '2026-04-04',
    '2026-04-05',
    '2026-04-06',
    '2026-05-01',
    '2026-05-02',
    '2026-05-03',
    '2026-05-04',
    '2026-05-05',
    '2026-06-19',
    '2026-06-20',
    '2026-06-21',
    '2026-09-25',
    '2026-09-26',
    '2026-09-27',
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => `2026-10-${d}`),
  ],
  extraWorkdays: ['2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};
