import type { EstimateGroup } from '../../outcomes/EstimateTypes.js';
import { estimateWords } from '../../outcomes/estimateSchedule.js';
import type { ReportEstimates } from '../../outcomes/scheduleEstimates.js';
import { text } from '../../text/catalogue.js';
import type { Lang } from '../../text/lang.js';
import { type Html, html, numCol, section, table, td, textCol } from '../html.js';
import { firstRows, PAGE_ROWS } from './pageLimits.js';
import { marked } from './promise.js';

/**
 * "Estimates from the random visits", when the report or the register was given outcomes: the estimand, the overall
 * estimate and the one of each police type with their intervals, the method, the visits not counted,
 * and (folded) every unit's rate with its Wilson interval, the units clearly above their type marked.
 * Units are listed in the schedule's order, never ranked. Beyond `PAGE_ROWS` units, the folded table
 * lists only the units clearly above their type (the first `PAGE_ROWS` of them) and says that every
 * unit's rate is the `units` table of `fairdraw estimate --csv`; the names of the units above their
 * type stop after `PAGE_ROWS`, with the count of the rest.
 *
 * @param e - the estimates (`fairnessReport(schedule, { asOf, outcomes }).estimates`, `register(...).estimates`).
 * @param lang - the page's language (default `en`).
 * @returns the section, or `undefined` when there are no estimates.
 */
export function estimatesSection(e: ReportEstimates | undefined, lang: Lang = 'en'): Html | undefined {
  if (e === undefined) return undefined;
  const t = text(lang).estimate;
  const g = t.groupColumns;
  const u = t.unitColumns;
  const words = estimateWords(e.facts, lang);
  const types = estimateGroupsTable(t.section.groupsCaption, e.facts.level, e.all, e.types, lang);
  const named = text(lang).common.named;
  const S = text(lang).reportScale;
  const flagged = e.units.filter((x) => x.above);
  // every unit's rate up to PAGE_ROWS units; beyond, the units clearly above their type (the first PAGE_ROWS)
  const large = e.units.length > PAGE_ROWS;
  const listed = firstRows(large ? flagged : e.units);
  const units = table(
    'table-unit-rates',
    t.section.unitsCaption,
    [
      textCol(u.unit),
      textCol(u.type),
      numCol(u.visits),
      numCol(u.withProblems),
      numCol(u.rate),
      numCol(u.ci(e.facts.level)),
      numCol(u.typeEstimate),
      textCol(u.above),
    ],
    listed.rows.map((x) => [
      named(x.id, x.name),
      x.type,
      x.visits,
      x.withProblems,
      t.percent(x.rate),
      t.interval(x.ci),
      t.percent(x.typeEstimate),
      x.above ? td(t.yes, 'bad') : t.no,
    ]),
  );
  const flaggedNames = firstRows(flagged);
  const uncounted = e.uncounted.map(
    (x) => html`<li>${t.uncounted(t.kindName[x.kind] ?? x.kind, x.visits, x.withProblems)}</li>`,
  );
  return section(
    { id: 'estimates', title: t.section.title },
    html`<p class="lead" data-testid="estimand">${words.estimand}</p>`,
    html`<p class="promise card" data-testid="estimate-all"><strong>${t.allUnits}: ${t.percent(e.all.estimate)}</strong> (${g.ci(e.facts.level)} ${t.interval(e.all.ci)})</p>`,
    types,
    html`<p data-testid="method">${words.method}</p>`,
    uncounted.length > 0 ? html`<ul>${uncounted}</ul>` : '',
    html`<p data-testid="flagged">${t.flagged(flagged.length)} ${text(lang).common.list(flaggedNames.rows.map((x) => named(x.id, x.name)))}${flaggedNames.more > 0 ? ` ${S.moreNames(flaggedNames.more)}` : ''}</p>`,
    html`<p>${t.notRanked}</p>`,
    html`<details id="unit-rates"><summary>${t.section.units} (${e.units.length})</summary>${
      large
        ? html`
<p class="note" data-testid="full-rates">${marked(S.unitRates(e.units.length, flagged.length))}</p>`
        : ''
    }
${units}${
  listed.more > 0
    ? html`
<p class="note" data-testid="more">${S.units.more(listed.more)}</p>`
    : ''
}
</details>`,
  );
}

/**
 * The table of the estimates by police type (`table-estimates`): the overall row first, then one row
 * per type, each with its visits, visits with problems, visits not done or unrecorded, the estimate,
 * its standard error and its interval at `level`. Shared by the report's and the register's
 * estimates section and the period's results notice.
 *
 * @param caption - the table's caption.
 * @param level - the confidence level of the intervals (0.95).
 */
export function estimateGroupsTable(
  caption: string,
  level: number,
  all: EstimateGroup,
  types: readonly EstimateGroup[],
  lang: Lang,
): Html {
  const t = text(lang).estimate;
  const g = t.groupColumns;
  const row = (key: string, x: EstimateGroup) => [
    key,
    x.visits,
    x.withProblems,
    x.notDone + x.unrecorded,
    t.percent(x.estimate),
    t.percent(x.standardError),
    t.interval(x.ci),
  ];
  const rows = [row(t.allUnits, all)];
  for (const x of types) rows.push(row(x.key, x));
  return table(
    'table-estimates',
    caption,
    [
      textCol(g.type),
      numCol(g.visits),
      numCol(g.withProblems),
      numCol(g.notDone),
      numCol(g.estimate),
      numCol(g.standardError),
      numCol(g.ci(level)),
    ],
    rows,
  );
}
