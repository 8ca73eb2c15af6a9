import { sha256 } from '@noble/hashes/sha2';
import { utf8ToBytes } from '@noble/hashes/utils';
import { escapeHtml } from './escapeHtml.js';
import type { FairnessReport, ReportType, ReportUnit } from './FairnessReportTypes.js';
import { fixed, percent, percentRange, signed } from './formatNumber.js';
import { typeColour } from './palette.js';
import { REPORT_CSS } from './reportCss.js';
import { dotBarChart } from './svg/dotBarChart.js';
import { heatMap } from './svg/heatMap.js';
import { loadChart } from './svg/loadChart.js';
import { sparkline } from './svg/sparkline.js';

/** Options of {@link reportHtml}. */
export interface ReportHtmlOptions {
  /** The page's heading; default `Fairness report of the inspection schedule`. */
  title?: string;
}

const KIND_WORDS: Record<string, string> = {
  routine: 'routine (random draw)',
  campaign: 'campaign (special inspection)',
  directed: 'directed (e.g. a complaint)',
  'follow-up': 'follow-up (rectification check)',
};

const e = escapeHtml;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The Content-Security-Policy of the page: nothing may load, only its own style sheet applies. */
export function reportCsp(): string {
  const hash = base64(sha256(utf8ToBytes(REPORT_CSS)));
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

function swatch(colour: string): string {
  return `<svg class="swatch-svg" width="10" height="10" aria-hidden="true"><rect width="10" height="10" rx="2" fill="${e(colour)}"/></svg>`;
}

function legend(types: readonly ReportType[]): string {
  const items = types.map((t, j) => `<span>${swatch(typeColour(j))} ${e(t.type)}</span>`);
  return `<div class="legend" data-testid="type-legend">${items.join('')}</div>`;
}

function table(
  id: string,
  caption: string,
  head: readonly string[],
  numeric: readonly boolean[],
  rows: readonly string[][],
): string {
  const th = head.map((h, k) => `<th scope="col"${numeric[k] ? ' class="num"' : ''}>${h}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c, k) => (c.startsWith('<td') ? c : `<td${numeric[k] ? ' class="num"' : ''}>${c}</td>`)).join('')}</tr>`,
    )
    .join('');
  return (
    `<div class="scroll"><table id="${id}" data-testid="${id}"><caption>${caption}</caption>` +
    `<thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></div>`
  );
}

function card(n: string, k: string, bad = false, testid = ''): string {
  return `<div class="card${bad ? ' bad' : ''}"${testid ? ` data-testid="${testid}"` : ''}><span class="n">${n}</span><span class="k">${k}</span></div>`;
}

function unitTooltip(u: ReportUnit): string {
  return (
    `${u.id}${u.name ? ` (${u.name})` : ''}, ${u.type}: expected ${fixed(u.expected)} routine visits, ` +
    `realised ${u.realised}${u.other > 0 ? `, plus ${u.other} other` : ''}; promised ${percentRange(u.minProbability, u.maxProbability)} per period`
  );
}

/**
 * The public fairness report as one self-contained HTML page: inline CSS and inline SVG only, no
 * script, no font, no image or link to fetch, and a Content-Security-Policy (`default-src 'none'`)
 * that forbids any request. It shows the manifest, a plain-language statement of the promise,
 * expected against realised visits by police type and by unit, a calendar heat map of visits per
 * day, the inspectors' workloads, and the tables behind every chart. Every string taken from the
 * schedule is escaped with {@link escapeHtml}. The page depends on the report only (no clock), so
 * the same schedule always gives the same bytes.
 *
 * @param report - the model made by `fairnessReport(schedule)`.
 * @param options - the page title.
 */
export function reportHtml(report: FairnessReport, options: ReportHtmlOptions = {}): string {
  const title = options.title ?? 'Fairness report of the inspection schedule';
  const { totals, manifest, horizon } = report;
  const colours = report.types.map((_, j) => typeColour(j));
  const colourOf = new Map(report.types.map((t, j) => [t.type, colours[j]!]));
  const nPeriods = report.periods.length;
  const span = horizon.start ? `${horizon.start} to ${horizon.end}` : 'no dates';
  const { promises } = report;
  const unitsBad = promises.unitCounts && totals.unitsWithinPromise < totals.units;
  const typesBad = promises.typeCounts && totals.typePeriodsWithinPromise < totals.typePeriods;
  const notPromised = ' (not promised by this schedule’s design)';
  const maxPi = Math.max(0, ...report.units.map((u) => u.maxProbability));

  const counts = promises.unitCounts
    ? `The draw is arranged so that each unit really receives that number <strong>rounded down or up</strong>:
a unit expected 12.5 times is inspected 12 or 13 times, never 4 or 21.`
    : `This schedule was drawn period by period: every draw keeps the promised probabilities, so on average each
unit receives its expected number of visits, but its actual count may differ from it by more than one.`;
  const restated =
    promises.unitCounts && promises.fromPeriod > 0
      ? ` This schedule was replanned: periods ${promises.fromPeriod + 1} to ${nPeriods} were drawn again, and the rounding
promise is restated for them only (the visits of each unit in those periods, against the sum of its probabilities over
them); the visits before were drawn under the earlier plan, so the whole-year count is not promised any more.`
      : '';
  const typeShare = promises.typeCounts
    ? ' Each police type likewise receives its expected share of every period’s visits, rounded down or up.'
    : '';
  const inspectorsLine =
    totals.inspectors > 0
      ? ', and the inspectors are assigned at random, never to their own unit, with balanced workloads and a similar mix of police types'
      : '';
  const promise = `
<section class="promise" id="promise" aria-labelledby="promise-h">
<h2 id="promise-h">What the promise means</h2>
<p>In each of the ${plural(nPeriods, 'period')} of the schedule, a random draw chose which units receive a
<strong>routine, unannounced inspection</strong>. Before the draw, every unit had a fixed chance of being
chosen in every period, set by the published plan (the same for all units, or in proportion to a unit’s
risk, within bounds). These <strong>promised probabilities</strong> are listed below for every unit.</p>
<p>Adding up a unit’s chances over all periods gives its <strong>expected number of visits</strong>. ${counts}${restated}${typeShare}
Which units are visited in which period remains random and unannounced${inspectorsLine}.</p>
<p>Campaign, directed (for example, checking a complaint) and follow-up visits are decided on other grounds;
they are counted separately and are not part of this promise.</p>
<p>Anyone can check the draw: with the published plan and the seed revealed after the draw, the schedule can be
recomputed exactly. The fingerprints (SHA-256 hashes) below tie this report to those files.</p>
</section>`;

  const cards = `
<section id="summary" aria-label="Key figures"><div class="cards">
${card(String(totals.routine), 'routine visits drawn')}
${card(String(totals.other), 'other visits (campaign, directed, follow-up)')}
${card(`${totals.unitsWithinPromise} / ${totals.units}`, `units visited their expected number of times, rounded down or up${promises.unitCounts ? '' : notPromised}`, unitsBad, 'card-units-promise')}
${card(`${totals.typePeriodsWithinPromise} / ${totals.typePeriods}`, `police type × period counts rounded down or up from their expectation${promises.typeCounts ? '' : notPromised}`, typesBad, 'card-types-promise')}
${card(String(totals.inspectors), 'inspectors')}
${card(String(totals.changes), 'logged changes (substitutions, replanning)')}
</div></section>`;

  const manifestRows: [string, string][] = [
    ['Library', manifest.library],
    ['Algorithm', manifest.algorithm],
    ['Random generator', manifest.rng],
    ['Input hash', manifest.inputHash],
    ['Seed commitment', manifest.seedCommitment],
    ['Schedule hash', manifest.scheduleHash],
  ];
  const manifestHtml = `
<section id="manifest" aria-labelledby="manifest-h">
<h2 id="manifest-h">How to check this schedule</h2>
<p class="lead">The input hash identifies the published plan (units, risks, inspectors, calendar); the seed commitment
was published before the draw and fixes the seed; the schedule hash identifies this exact schedule.
<code>fairdraw verify plan.json schedule.json</code> recomputes the schedule and compares every visit.</p>
<dl class="manifest" data-testid="manifest">${manifestRows.map(([k, v]) => `<dt>${k}</dt><dd>${e(v)}</dd>`).join('')}</dl>
</section>`;

  const typeChart = dotBarChart({
    id: 'chart-types',
    title: 'Expected and realised routine visits by police type',
    description:
      'For each police type, the bar is the expected number of routine visits over the horizon ' +
      '(the sum of its units’ probabilities) and the dot the number of routine visits its units received.',
    rowTestId: 'type-row',
    band: false,
    rowHeight: 28,
    rows: report.types.map((t, j) => ({
      label: t.type,
      colour: colours[j]!,
      expected: t.expected,
      realised: t.realised,
      other: t.other,
      tooltip: `${t.type} (${plural(t.units, 'unit')}): expected ${fixed(t.expected)}, realised ${t.realised}${t.other > 0 ? `, plus ${t.other} other` : ''}`,
    })),
  });
  const typeTable = table(
    'table-types',
    'Routine visits by police type over the horizon. “Periods rounded”: the periods whose count is the expectation rounded down or up.',
    [
      'Police type',
      'Units',
      'Promised probability per period',
      'Expected',
      'Realised',
      'Deviation',
      'Periods rounded',
      'Other visits',
    ],
    [false, true, true, true, true, true, true, true],
    report.types.map((t, j) => [
      `${swatch(colours[j]!)} ${e(t.type)}`,
      String(t.units),
      percentRange(t.minProbability, t.maxProbability),
      fixed(t.expected),
      String(t.realised),
      signed(t.deviation),
      `<td class="num${promises.typeCounts && t.periodsOutsidePromise > 0 ? ' bad' : ''}">${nPeriods - t.periodsOutsidePromise} / ${nPeriods}</td>`,
      String(t.other),
    ]),
  );

  const order = report.units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => (a.u.type < b.u.type ? -1 : a.u.type > b.u.type ? 1 : a.i - b.i))
    .map(({ u }) => u);
  const unitChart = dotBarChart({
    id: 'chart-units',
    title: 'Expected and realised routine visits by unit',
    description:
      'For each unit, the coloured bar is its expected number of routine visits, the grey band runs from that ' +
      'number rounded down to rounded up (the promise), and the dot is the number of routine visits it received.',
    rowTestId: 'unit-row',
    band: true,
    rowHeight: 19,
    rows: order.map((u) => ({
      label: u.id,
      colour: colourOf.get(u.type)!,
      expected: u.expected,
      realised: u.realised,
      other: u.other,
      tooltip: unitTooltip(u),
    })),
  });
  const otherKinds = Object.keys(report.kinds).filter((k) => k !== 'routine');
  const campaignIds = report.campaigns.map((c) => c.id);
  const anyCapped = report.units.some((u) => u.capped);
  const unitTable = table(
    'table-units',
    `Every unit’s promised probability per period (range and line over the periods), expected and realised routine visits${promises.fromPeriod > 0 ? `; “Rounded” compares the routine visits of periods ${promises.fromPeriod + 1}.. with their expectation, the part a replan redrew` : ''}${anyCapped ? '; “capped”: the visit limit per unit lowered its probabilities' : ''}. Other visits are counted apart, by kind${campaignIds.length > 0 ? `; “Campaign chance”: the unit’s probability of a campaign visit${campaignIds.length > 1 ? ', per campaign' : ` (${e(campaignIds[0]!)})`}` : ''}.`,
    [
      'Unit',
      'Police type',
      'Promised probability per period',
      'Active periods',
      'Expected',
      'Realised',
      'Deviation',
      'Rounded',
      'Other visits',
      ...(campaignIds.length > 0 ? ['Campaign chance'] : []),
    ],
    [false, false, false, true, true, true, true, false, true, ...(campaignIds.length > 0 ? [true] : [])],
    order.map((u) => [
      `${e(u.id)}${u.capped ? ' <span class="tag" data-testid="capped">capped</span>' : ''}${u.name ? `<br><span class="note">${e(u.name)}</span>` : ''}`,
      `<td class="nowrap">${swatch(colourOf.get(u.type)!)} ${e(u.type)}</td>`,
      `<td>${percentRange(u.minProbability, u.maxProbability)}${sparkline(u.probabilities, maxPi, `promised probability of ${u.id}`)}</td>`,
      String(u.activePeriods),
      fixed(u.expected),
      String(u.realised),
      signed(u.deviation),
      u.withinPromise ? 'yes' : `<td${promises.unitCounts ? ' class="bad"' : ''}>no</td>`,
      u.other > 0
        ? `<td class="num">${u.other}<br><span class="note kinds">${otherKinds
            .filter((k) => (u.byKind[k] ?? 0) > 0)
            .map((k) => `${e(k)} ${u.byKind[k]}`)
            .join(', ')}</span></td>`
        : '0',
      ...(campaignIds.length > 0
        ? [
            campaignIds
              .map((id) => `${campaignIds.length > 1 ? `${e(id)} ` : ''}${percent(u.campaigns[id] ?? 0)}`)
              .join('<br>'),
          ]
        : []),
    ]),
  );

  const campaignTable = table(
    'table-campaigns',
    'Campaigns (special inspections): a separate random draw among the units in scope over the window; not part of the routine promise.',
    ['Campaign', 'From', 'To', 'Visits drawn', 'Visits listed', 'Units in scope', 'Fairness', 'Design'],
    [false, false, false, true, true, true, false, false],
    report.campaigns.map((c) => [
      e(c.id),
      e(c.from),
      e(c.to),
      String(c.planned),
      c.visits === c.planned ? String(c.visits) : `<td class="num bad">${c.visits}</td>`,
      String(c.scopeUnits),
      e(c.fairness),
      e(c.design),
    ]),
  );
  const directedTable = table(
    'table-directed',
    'Directed visits (for example, checking a complaint): decided by the plan, not drawn.',
    ['Unit', 'Date', 'Reason', 'Visit'],
    [false, false, false, false],
    report.directed.map((d) => [
      e(d.unit),
      e(d.date),
      e(d.reason),
      d.visit ? e(d.visit) : `<td class="bad">none: ${e(d.note)}</td>`,
    ]),
  );
  const findingTable = table(
    'table-findings',
    'Findings and their follow-up (rectification check) on the first working day after the deadline; a follow-up that cannot be scheduled says why.',
    ['Unit', 'Found', 'Deadline', 'Follow-up', 'Scheduled'],
    [false, false, false, false, false],
    report.findings.map((f) => [
      e(f.unit),
      e(f.date),
      e(f.deadline),
      e(f.followUp),
      f.scheduled ? `yes, ${e(f.visit)}` : `<td class="bad">no: ${e(f.note)}</td>`,
    ]),
  );
  const conflictTable = table(
    'table-conflicts',
    'Visits of one unit closer together than the minimum gap (limits.minGapDays), which the dates could not avoid.',
    ['Unit', 'First visit', 'Second visit', 'Days apart', 'Rule'],
    [false, false, false, true, false],
    report.conflicts.map((c) => [e(c.unit), e(c.dates[0]), e(c.dates[1]), String(c.days), e(c.rule)]),
  );
  const noteList = report.notes
    .map(
      (n) =>
        `<li data-testid="note"><strong>${e(n.kind)}</strong> from ${e(n.from)}${n.unit ? ` (${e(n.unit)})` : ''}: ${e(n.message)}</li>`,
    )
    .join('');
  const otherSection =
    report.campaigns.length + report.directed.length + report.findings.length > 0
      ? `
<section id="other-visits" aria-labelledby="other-visits-h">
<h2 id="other-visits-h">Campaigns, directed visits and findings</h2>
<p class="lead">These visits are decided on other grounds than the routine draw and are counted apart from its promise.</p>
${report.campaigns.length > 0 ? campaignTable : ''}
${report.directed.length > 0 ? directedTable : ''}
${report.findings.length > 0 ? findingTable : ''}
</section>`
      : '';
  const limitsSection =
    report.conflicts.length + report.notes.length > 0
      ? `
<section id="changes" aria-labelledby="changes-h">
<h2 id="changes-h">Limits and replanning</h2>
${report.notes.length > 0 ? `<p class="lead">What the schedule says about its guarantees after replanning:</p><ul class="notes" data-testid="notes">${noteList}</ul>` : ''}
${report.conflicts.length > 0 ? conflictTable : ''}
</section>`
      : '';

  const typeNames = report.types.map((t) => t.type);
  const loadTable = table(
    'table-inspectors',
    'Visits per inspector, all kinds, by police type of the visited unit.',
    ['Inspector', 'Visits', 'Routine', 'Other', ...typeNames.map((t) => e(t))],
    [false, true, true, true, ...typeNames.map(() => true)],
    report.inspectors.map((x) => [
      e(x.id),
      String(x.visits),
      String(x.routine),
      String(x.other),
      ...typeNames.map((t) => String(x.byType[t] ?? 0)),
    ]),
  );

  const kindTable = table(
    'table-kinds',
    'Visits of the schedule by kind.',
    ['Kind', 'Visits', 'Part of the random promise'],
    [false, true, false],
    Object.entries(report.kinds).map(([kind, n]) => [
      e(KIND_WORDS[kind] ?? kind),
      String(n),
      kind === 'routine' ? 'yes' : 'no',
    ]),
  );

  const periodTable = table(
    'table-periods',
    'Routine visits drawn per period (budget) and listed, and other visits.',
    ['Period', 'From', 'To', 'Routine budget', 'Routine listed', 'Other visits'],
    [true, false, false, true, true, true],
    report.periods.map((p) => [
      String(p.index + 1),
      p.start,
      p.end,
      String(p.budget),
      String(p.routine),
      String(p.other),
    ]),
  );

  const busiest = report.days.reduce((m, d) => Math.max(m, d.routine + d.other), 0);
  const visitDays = report.days.filter((d) => d.routine + d.other > 0).length;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${reportCsp()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${e(manifest.library)}">
<title>${e(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="top"><div class="wrap">
<h1>${e(title)}</h1>
<p data-testid="subtitle">${span} · ${plural(nPeriods, 'period')} · ${plural(totals.units, 'unit')} in ${plural(totals.types, 'police type')} · ${plural(totals.inspectors, 'inspector')} · ${plural(totals.visits, 'visit')}</p>
</div></header>
<main class="wrap">
${promise}
${cards}
${manifestHtml}
<section id="types" aria-labelledby="types-h">
<h2 id="types-h">Police types: expected and realised visits</h2>
<p class="lead">Bar: expected routine visits over the horizon. Dot: routine visits received. A hollow square marks non-routine visits on top.</p>
${legend(report.types)}
${typeChart}
${typeTable}
</section>
<section id="units" aria-labelledby="units-h">
<h2 id="units-h">Units: expected and realised visits</h2>
<p class="lead">Bar: expected routine visits. Grey band: the expected number rounded down to rounded up${promises.unitCounts ? ', the promised range' : ''}. “Rounded”: the count received is in that range. Dot: routine visits received.</p>
${legend(report.types)}
${unitChart}
${unitTable}
</section>${otherSection}${limitsSection}
<section id="calendar" aria-labelledby="calendar-h">
<h2 id="calendar-h">Calendar of visits</h2>
<p class="lead">Visits of every kind per day, ${span}: ${plural(visitDays, 'day')} with visits, at most ${busiest} on one day. Hover a day for its count.</p>
${heatMap(report.days)}
</section>
<section id="inspectors" aria-labelledby="inspectors-h">
<h2 id="inspectors-h">Inspectors: workload and mix of police types</h2>
<p class="lead">Inspectors are drawn at random, never for their own unit, with balanced workloads and a similar mix of police types, so leniency and strictness even out.</p>
${legend(report.types)}
${loadChart(report.inspectors, typeNames, colours)}
${loadTable}
</section>
<section id="kinds" aria-labelledby="kinds-h">
<h2 id="kinds-h">Visits by kind</h2>
${kindTable}
<details id="periods"><summary>Visits per period (${nPeriods})</summary>
${periodTable}
</details>
</section>
</main>
<footer class="wrap">Made with ${e(manifest.library)} from the schedule ${e(manifest.scheduleHash)}. The report is computed from the schedule alone; the same schedule always gives the same page.</footer>
</body>
</html>
`;
}
