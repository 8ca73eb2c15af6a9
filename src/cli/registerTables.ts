import type { Register } from '../outcomes/RegisterTypes.js';
import { PROBLEM_COLUMNS, registerWords } from '../report/registerHtml.js';
import type { Lang } from '../text/lang.js';
import type { TableRow } from './tables.js';

/** The register's three tables, a header row first: what `--csv` and `--xlsx` write. */
export interface RegisterTables {
  problems: TableRow[];
  complaints: TableRow[];
  unrecorded: TableRow[];
}

/**
 * The tables of a register (docs/outcomes.md) in one language: headers, states, kinds and results as
 * the page words them (`registerWords`), dates as ISO dates (so a spreadsheet sorts them), units by
 * name beside their ids. The same rows whether written as CSV or as .xlsx; what the register does not
 * show (a public register's follow-ups still to come) is not in them either.
 */
export function registerTables(r: Register, lang: Lang): RegisterTables {
  const w = registerWords(lang, { isoDates: true });
  const col = w.t.columns;
  return {
    problems: [
      PROBLEM_COLUMNS.map((key) => col[key]),
      ...r.problems.map((p) => [
        p.visit,
        p.date,
        w.unit(p),
        w.t.kinds[p.kind],
        p.category,
        p.text ?? '',
        p.responsible ?? '',
        p.deadline ?? '',
        w.status(p),
        p.closed ?? '',
        w.followUp(p.followUp, r.audience),
      ]),
    ],
    complaints: [
      [
        col.visit,
        col.date,
        col.unit,
        col.reason,
        col.result,
        col.problems,
        col.rectified,
        col.feedbackComplainant,
        col.feedbackUnit,
      ],
      ...r.complaints.map((c) => [
        c.visit,
        c.date,
        w.unit(c),
        c.reason ?? '',
        w.result(c),
        c.problems,
        c.closed,
        c.feedback.complainant ?? '',
        c.feedback.unit ?? '',
      ]),
    ],
    unrecorded: [
      [col.visit, col.date, col.unit, col.kind],
      ...r.unrecorded.map((v) => [v.visit, v.date, w.unit(v), w.t.kinds[v.kind]]),
    ],
  };
}
