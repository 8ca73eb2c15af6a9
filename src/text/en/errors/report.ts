// The messages of the pages and their data (src/report) and of the command line's files (src/cli).

const q = (value: unknown) => JSON.stringify(value);

/** Messages about schedules read for a report, a notice or task sheets. */
export const report = {
  duplicateUnit: (id: string) => `duplicate unit ${q(id)}`,
  probabilitiesCount: (values: number, periods: number) => `has ${values} values for ${periods} periods`,
  periodIndex: (index: number, found: number) => `must be ${index}, found ${found}`,
  spanTooLong: (start: string, end: string, years: number) =>
    `periods and visits span ${start}..${end}, more than ${years} years`,
  unknownUnit: (id: string) => `unknown unit ${q(id)}`,
  routineOutside: (period: number, periods: number) =>
    `routine visit in period ${period}, but the schedule has ${periods} periods`,
  findingMissing: (finding: number, findings: number) =>
    `names finding ${finding}, but the schedule lists ${findings} findings`,
  noInspector: (id: string) =>
    `no inspector ${q(id)} in the schedule (neither in its workloads nor in any visit's team)`,
  notPeriodReveal: 'must be a period reveal made by revealPeriod',
  summaryReveal:
    'is "summary": a results notice is made from the reveal of one period (fairdraw reveal ... <period>)',
  replanned:
    'is a replan: a start-of-year notice is made from the schedule `plan` drew (substitutions allowed), ' +
    'since the probabilities a replan gives depend on the visits already made; publish the new schedule hash instead (docs/replan.md)',
};

/** Messages about the command line's files and arguments. */
export const cli = {
  /** `code`: the system's error code (`ENOENT`, `EACCES`, ...). */
  cannotRead: (code: string) => `cannot read file (${code})`,
  cannotWrite: (code: string) => `cannot write file (${code})`,
  refused: (code: string, why: string) => `cannot write file (${code}): ${why}`,
  tooManyLinks: 'too many symbolic links',
  notDirectory: (directory: string) => `${directory} is not a directory`,
  notWritable: (directory: string) => `the directory ${directory} is not writable`,
  isDirectory: 'it is a directory',
  notRegularFile: 'it is not a regular file',
  readOnly: 'the file is read-only',
  noDirectory: (directory: string) => `no directory ${directory}`,
  namedTwice: (first: string) => `cannot write file: named twice (also as ${first})`,
  notJson: (detail: string) => `not valid JSON (${detail})`,
  outExists: 'already exists: choose another --out, or pass --force to replace it',
  periodArgument: (got: string) =>
    `must be a period number (periods are numbered from 1) or "summary", got ${q(got)}`,
  /** `reveal ... summary --outcomes`: outcomes go with a period's reveal. */
  outcomesNotSummary:
    "goes with a period's reveal (the results notice of that period shows them): the summary's reveal carries no outcomes",
  bundleMissing: (directory: string) =>
    `the browser build of the library (verify-page.global.js) is missing beside ${directory}: run npm run build`,
};
