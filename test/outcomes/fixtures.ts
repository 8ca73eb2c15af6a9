import { readFileSync } from 'node:fs';
import type { OutcomeRecord, Outcomes } from '../../src/model/outcomesSchema.js';
import type { Schedule, Visit } from '../../src/model/scheduleSchema.js';

/** The county example and its golden schedule (read, not drawn: the file is checked by test/golden). */
export function county(): { input: any; schedule: Schedule } {
  return {
    input: JSON.parse(readFileSync('examples/county.json', 'utf8')),
    schedule: JSON.parse(readFileSync('test/golden/county.schedule.json', 'utf8')),
  };
}

/**
 * Outcomes of every visit of `schedule` dated on or before `until`, from `result(visit, k)`: a record
 * with one problem of `category(visit)` when it says `problems`.
 */
export function outcomesOf(
  schedule: Schedule,
  until: string,
  result: (v: Visit, k: number) => OutcomeRecord['result'] | undefined,
  category: (v: Visit) => string = () => 'law-enforcement',
): Outcomes {
  const records: OutcomeRecord[] = [];
  schedule.visits.forEach((v, k) => {
    if (v.date > until) return;
    const r = result(v, k);
    if (r === undefined) return;
    records.push(
      r === 'problems'
        ? { visit: v.id, result: r, problems: [{ category: category(v), text: 'found', deadline: v.date }] }
        : { visit: v.id, result: r },
    );
  });
  return { schedule: schedule.manifest.scheduleHash, records };
}
