import { plural } from '../plural.js';
import { cliInit } from './cliInit.js';
import { cliReport } from './cliReport.js';
import { usage } from './cliUsage.js';
import type { PeriodKind } from './common.js';

/** The kinds of visit, as the summaries name them. */
const kinds: Record<string, string> = {
  routine: 'routine',
  campaign: 'campaign',
  directed: 'directed',
  'follow-up': 'follow-up',
};

/**
 * What the command line prints for people: summaries, progress and warnings, usage errors and the
 * help text. The errors of the library (FairdrawError) are not here. Ids, hashes, file names and the
 * values of the plan file (`risk`, `maxent`) are printed as they are.
 */
export const cli = {
  /** The help text (`fairdraw --help`). */
  usage,
  /** `fairdraw <command>` with no command. */
  noCommand: 'no command given',
  /** An unknown command, given quoted as JSON. */
  unknownCommand: (quoted: string) => `unknown command ${quoted}`,
  /** After the first problems of an error: how many more `--verbose` would list. */
  moreProblems: (n: number) => `... and ${n} more (--verbose lists them all)`,
  /** Before the problems of a staffing error, which name visits of the secret draw. */
  staffingProblems: 'the visits (secret until their periods are revealed: do not post these lines):',
  /** A warning on stderr, after `fairdraw: `. */
  warning: (text: string) => `warning: ${text}`,
  /** A date in a summary line or a list (ISO in English: it reads the same everywhere). */
  date: (iso: string) => iso,
  /** Items of a summary line, such as the visits by kind: `routine 289, campaign 10`. */
  items: (items: readonly string[]) => items.join(', '),
  /** The files a command wrote. */
  wrote: (paths: readonly string[]) => `wrote ${paths.join(', ')}`,
  /** A wrong call: `fairdraw <command>: expected <what>`. */
  expected: (what: string) => `expected ${what}`,
  /** The progress bar of a long `plan`, `verify` or `report`, on a terminal. */
  progress: {
    plan: 'planning',
    verify: 'verifying',
    report: 'reporting',
    steps: {
      read: 'plan file read',
      frame: 'periods and fixed visits',
      draw: 'visits drawn and staffed',
      seal: 'sealed',
      'check-seal': 'seal checked',
      redraw: 'schedule re-derived',
      replay: 'log replayed',
      compare: 'compared',
      'check-schedule': 'schedule read and checked',
      tally: 'visits tallied',
      estimates: 'estimates made',
      page: 'page written',
      tables: 'tables written',
      workbook: 'workbook made',
    },
  },
  /** What a command expects, where it is said in words rather than as `<file.json>`. */
  expects: {
    plan: 'one input file',
    report: 'one schedule file',
    commit: 'no argument, one secret, or --plain <seed>',
    notice: '--html <file> or --csv <dir/> (or both)',
    replanOutcomes: '<input.json> <schedule.json> <changes.json> (or --outcomes instead of the changes)',
  },
  /** A wrong option (`OptionError`); values are given quoted as JSON. */
  options: {
    needsValue: (name: string) => `option --${name} needs a value`,
    unknown: (name: string) => `unknown option --${name}`,
    wholeNumber: (name: string, min: number, max: number, quoted: string) =>
      `option --${name} must be a whole number from ${min} to ${max}, got ${quoted}`,
    asOf: (quoted: string) => `option --as-of must be a date written yyyy-mm-dd, got ${quoted}`,
    lang: (quoted: string) => `--lang must be en or zh-CN, not ${quoted}`,
    /** `fairdraw estimate --by`: the groupings it knows. */
    by: (values: readonly string[], quoted: string) =>
      `option --by must be one of ${values.join(', ')}, got ${quoted}`,
    level: (quoted: string) => `option --level must be a number between 0 and 1, e.g. 0.95, got ${quoted}`,
    /** `fairdraw next-year --start` or `--end` (with a colon, as it has always been written). */
    date: (name: string, quoted: string) =>
      `option --${name}: must be an existing date yyyy-mm-dd, got ${quoted}`,
    startAfterEnd: (start: string, end: string) =>
      `option --start: must not be after end (${start} > ${end})`,
  },
  /** The kinds of visit, as the summaries name them. */
  kinds,
  /** A visit's kind as the summaries show it: `campaign spring-2026`, `directed: complaint 17`. */
  visitKind: (kind: string, campaign?: string, reason?: string) =>
    `${kinds[kind] ?? kind}${campaign ? ` ${campaign}` : ''}${reason ? `: ${reason}` : ''}`,
  /** The three fingerprints of a schedule. */
  hashes: {
    input: (hash: string) => `input hash ${hash}`,
    seed: (hash: string) => `seed commitment ${hash}`,
    schedule: (hash: string) => `schedule hash ${hash}`,
  },
  /** `fairdraw plan`: the summary of the schedule drawn, and the warning on a plain seed. */
  plan: {
    head: (h: {
      start: string;
      end: string;
      zone: string;
      periods: number;
      period: PeriodKind;
      units: number;
      inspectors: number;
    }) =>
      `fairdraw: ${h.start}..${h.end} (${h.zone}), ${h.periods} ${h.period} periods, ` +
      `${h.units} units, ${h.inspectors} inspectors`,
    routine: (r: {
      visits: number;
      fairness: string;
      coordination: string;
      balance: string;
      algorithm: string;
    }) =>
      `routine: ${r.visits} visits, fairness ${r.fairness}, coordination ${r.coordination}, ` +
      `balance ${r.balance}, algorithm ${r.algorithm}`,
    calendar: (c: { name: string; source: string; holidays: number; workdays: number }) =>
      `calendar ${c.name} (${c.source}): ${c.holidays} holidays and ` +
      `${c.workdays} adjusted working days in the horizon, written out before the input hash`,
    ignored: (holidays: number, workdays: number) =>
      `ignored: ${holidays} holidays and ${workdays} extra working days listed outside the horizon (not hashed, no effect)`,
    campaign: (c: {
      id: string;
      visits: number;
      from: string;
      to: string;
      scope: number;
      fairness: string;
      design: string;
    }) =>
      `campaign ${c.id}: ${c.visits} visits, ${c.from}..${c.to}, ${c.scope} units in scope, fairness ${c.fairness}, design ${c.design}`,
    directed: (n: number) => `directed: ${n} visits (not random, outside the routine budget)`,
    findings: (n: number, scheduled: number) =>
      `findings: ${n}, ${scheduled} follow-up visits scheduled` +
      (scheduled < n ? `, ${n - scheduled} not (see schedule.findings)` : ''),
    cap: (cap: number, top: number, capped: readonly string[]) =>
      `limits: at most ${cap} visits a unit (every kind); most visited unit ${top}; ` +
      (capped.length === 0
        ? 'no probability lowered by the cap'
        : `probabilities lowered for ${capped.join(', ')}`),
    gap: (days: number, pairs: number) =>
      `limits: at least ${days} days between visits of a unit; ${pairs} pairs closer (see schedule.conflicts)`,
    typeColumns: {
      type: 'police type',
      units: 'units',
      expected: 'expected',
      realised: 'realised',
      perPeriod: 'per period',
    },
    rounded: 'floor/ceil',
    notRounded: 'NOT floor/ceil',
    unitColumns: {
      unit: 'unit',
      type: 'type',
      risk: 'risk',
      maxPi: 'max pi',
      expected: 'expected',
      visits: 'visits',
    },
    /** After a visit of the first periods that is not routine: `  (campaign spring-2026)`. */
    visitKind: (kind: string) => `  (${kind})`,
    firstPeriods: (n: number, _kind: PeriodKind) => `visits of the first ${n} periods:`,
    loads: 'inspector loads (visits: by police type):',
    /** An inspector's line: `insp-01     24: patrol 3, police-station 21` (id and count padded). */
    load: (who: string, mix: string) => `${who}: ${mix}`,
    noOut: '(use --out schedule.json to write the full schedule)',
    seedGuessable:
      'the seed is a plain string, and it can be guessed: whoever tries it re-derives\n' +
      '  every visit, the unannounced ones included.\n',
    seedUnguessable:
      'the seed is a plain string. It may be hard to guess, but it is no commitment:\n' +
      '  nobody can check that it was fixed before the draw rather than picked among many.\n',
    seedCure:
      '  Use the commit-reveal form (fairdraw commit), which lets the public check that the seed was\n' +
      '  fixed before the draw: docs/runbook.md, step 1.\n',
  },
  /** `fairdraw report`: the fairness report as text. */
  report: cliReport,
  /** `fairdraw verify` and `verify-period`. */
  verification: {
    verified: (what: string) => `verified: ${what}`,
    notVerified: (what: string, count: number) => `NOT VERIFIED: ${what}: ${count} difference(s)`,
    unsupported: (what: string) =>
      `UNSUPPORTED: ${what} names a version this library does not implement; it was NOT checked`,
    difference: (path: string, expected: string, found: string) =>
      `  ${path}: expected ${expected}, found ${found}`,
    nothing: '(nothing)',
    more: (n: number) => `  ... and ${n} more`,
    schedule: (schedulePath: string, inputPath: string) => `${schedulePath} against ${inputPath}`,
    reveal: (which: string, revealPath: string, hash: string) =>
      `${which} of ${revealPath} under schedule hash ${hash}`,
    summary: 'the summary',
    /** A period counted from 1 (or, in a reveal not made by fairdraw, whatever it says). */
    period: (n: number | string) => `period ${n}`,
    /** A member of a reveal its seal does not cover (its outcomes), and what checks it, if anything. */
    unsealed: (path: string, checkAgainst: string | null) =>
      checkAgainst === null
        ? `  not sealed: ${path}: the office's record of what the visits found; no seal covers it`
        : `  not sealed: ${path}: check it against ${checkAgainst} in the summary's reveal, which the seal covers, once the horizon has ended`,
  },
  /** After `substitute` and `replan`: the new schedule hash, to publish. */
  newHash: (hash: string) =>
    `new schedule hash ${hash}\n` +
    'publish it, with the date and the reason: reveals made from now on verify against this hash ' +
    '(those made earlier still verify against the hash they were made under)\n',
  substitute: {
    head: (inspector: string, n: number) => `substituted ${inspector} on ${n} visit(s):`,
    line: (visit: string, date: string, from: string, to: string) => `  ${visit}  ${date}  ${from} -> ${to}`,
  },
  replan: {
    head: (from: string, kept: number, replaced: number, drawn: number) =>
      `replanned from ${from}: kept ${kept} visits, replaced ${replaced} with ${drawn}`,
    note: (message: string) => `  note: ${message}`,
  },
  reveal: {
    wrote: (which: string, path: string) => `wrote the reveal of ${which} to ${path}`,
    /** `--force` on a period not ended: the warning (the period counted from 1). */
    early: (n: number, start: string, end: string, asOf: string) =>
      `period ${n} (${start} to ${end}) has not ended as of ${asOf}: revealing it now would announce visits that are still to be made unannounced; revealed anyway (--force)`,
    earlySummary: (end: string, asOf: string) =>
      `the summary holds the counts of the whole horizon, which ends on ${end}, after ${asOf}: it is revealed only once the horizon has ended; revealed anyway (--force)`,
  },
  results: {
    /** `Results of period 8 of 51` (counted from 1). */
    title: (n: number, of: number) => `Results of period ${n} of ${of}`,
    verified: (title: string, hash: string) =>
      `${title}: verified against the published schedule hash ${hash}`,
    notVerified: (title: string, hash: string, unsupported: boolean) =>
      `${title}: NOT VERIFIED against the published schedule hash ${hash}` +
      (unsupported ? ' (a seal format this version cannot check)' : ''),
    listHead: (subtitle: string) => `${subtitle}:`,
    noVisit: 'no visit in this period',
    subtitle: (first: string, last: string, visits: number, units: number) =>
      `${first === last ? first : `${first} to ${last}`} · ${plural(visits, 'visit')} · ${plural(units, 'unit')}`,
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    /** A visit's result after its kind, when the reveal carries outcomes (`result` in the notice's words). */
    outcome: (result: string, probability: string | undefined) =>
      ` · ${result}${probability === undefined ? '' : ` · π ${probability}`}`,
    /** The head of the period's estimate (`k` counted from 1). */
    estimateHead: (k: number, visits: number, level: number) =>
      `estimate from the ${plural(visits, 'routine visit')} done in period ${k} (share of units with a problem, ${Math.round(level * 1000) / 10}% interval):`,
    /** One group's line: its estimate, standard error and interval, and what it counted. */
    estimateLine: (
      key: string,
      estimate: string,
      se: string,
      ci: string,
      visits: number,
      withProblems: number,
    ) => `  ${key}${estimate}  SE ${se}  ${ci}  (${visits} counted, ${withProblems} with problems)`,
    /** The visits of a kind listed, not counted. */
    uncounted: (kind: string, visits: number, withProblems: number) =>
      `  not counted: ${kind} visits, ${visits} done, ${withProblems} with problems`,
    noEstimate: 'no estimate: a routine visit of the reveal has no inclusion probability or no police type',
  },
  notice: {
    summary: (hash: string, units: number, periods: number, inspectors: number) =>
      `start-of-year notice of schedule ${hash}: ${units} units, ` +
      `${periods} periods, ${inspectors} inspectors; no visit is named`,
  },
  commit: {
    secret: (secret: string) => `secret      ${secret}`,
    commitment: (commitment: string) => `commitment  ${commitment}`,
    next: (secret: string, commitment: string) =>
      'KEEP THE SECRET PRIVATE until the schedule is audited (store it safely: it cannot be recovered).\n' +
      'PUBLISH THE COMMITMENT now, with the input hash of the plan file (fairdraw hash <input.json>), and say\n' +
      'where the public value will come from (dice at a public meeting, or a future beacon round).\n' +
      "Once that value exists, set the plan file's seed to\n" +
      `  { "secret": "${secret}", "public": "<the public value, exactly as announced>", "commitment": "${commitment}" }\n` +
      'and run fairdraw plan. See docs/audit.md.\n',
    plainHint:
      '(to commit to a plain seed anyway, which hides nothing from anyone who can guess it, use fairdraw commit --plain <seed>)',
  },
  /** `fairdraw init`: what the plan file holds, what was chosen, what comes next. */
  init: cliInit,
};
