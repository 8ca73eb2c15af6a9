// The messages of the plan file's and the other inputs' schemas (src/model/*Schema.ts), and zod's own
// messages. The English of zod's own messages is zod's: each phrase of `zod` is given it and returns it.

/** What a list may hold at most, by field. */
const MANY = {
  units: 'units',
  inspectors: 'inspectors',
  campaigns: 'campaigns',
  directed: 'directed visits',
  findings: 'findings',
} as const;

/** Only ratios of risk weights matter: the hint of a risk weight out of range. */
const RISK_HINT = 'only ratios matter: scale every risk by the same factor to bring them into range';

/** The fixed messages of the schemas' checks: `.min(0, says('atLeast', 0))`. */
export const schema = {
  integer: 'must be an integer',
  finite: 'must be a finite number',
  positive: 'must be > 0',
  atLeast: (n: number) => `must be >= ${n}`,
  atLeast1OrLeaveOut: 'must be >= 1 (leave it out for no minimum)',
  atMost: (n: number) => `must be at most ${n}`,
  atMostSign: (n: number) => `must be <= ${n}`,
  atMostChars: (n: number) => `must be at most ${n} characters`,
  probability: 'must be in [0, 1]',
  notEmpty: 'must not be empty',
  nonEmptyString: 'must be a non-empty string',
  noSpaces: 'must not have leading or trailing spaces or control characters',
  isoDate: 'must be an ISO date yyyy-mm-dd',
  existingDate: 'must be an existing calendar date',
  dateTime: 'must be an ISO date-time with offset, e.g. 2026-03-01T08:00:00+08:00',
  isoWeekday: 'must be an ISO weekday 1..7',
  oneWeekday: 'must list at least one ISO weekday',
  weekdayRepeated: 'must not repeat a weekday',
  oneUnit: 'must list at least one unit',
  oneDate: 'must list at least one date',
  typesWhenGiven: 'must list at least one type when given',
  regionsWhenGiven: 'must list at least one region when given',
  unitsWhenGiven: 'must list at least one unit id when given',
  tooMany: (limit: string, what: keyof typeof MANY) => `at most ${limit} ${MANY[what]}`,
  wholeWorkdays: 'must be a whole number of working days',
  wholeDays: 'must be a whole number of calendar days',
  directedReason: 'must say why (e.g. "complaint 2026-117")',
  logReason: 'must say why (it goes into the schedule log)',
  activeFromAfterTo: 'from must not be after to',
  replanNoChange:
    'must add, close or re-weight at least one unit, or add a finding (a replan without a change would only redraw)',
  commitmentHex: 'must be 64 lower-case hex digits (a SHA-256 commitment)',
  seedMissing:
    'missing: choose the seed in the open once the plan is fixed (fairdraw commit, docs/audit.md), then add it to the plan file',
  riskAtMost: `must be at most 1e9 (${RISK_HINT})`,
  riskAtLeast: (zero: boolean, got: string) =>
    `must be ${zero ? '0 or ' : ''}at least 1e-9, got ${got} (${RISK_HINT})`,
  oneOf: (values: readonly string[]) => `must be one of ${values.join(', ')}`,
  oneOrTwo: 'must be 1 or 2',
  numberInUnit: (got: string) => `must be a number in [0, 1], got ${got}`,
  unitIndices: 'must be an array of unit indices',
  stratumLabel: 'must be a string or a finite number',
  stratumLabels: 'must be an array of stratum labels (strings or numbers)',
  confidenceAbove0: 'must be a confidence level above 0, e.g. 0.95',
  confidenceBelow1: 'must be a confidence level below 1, e.g. 0.95',
};

/** zod's own messages, by issue code. In English, zod's own words (`message`). */
export const zod = {
  /** A value of the wrong type; `received` is `undefined` when the field is missing. */
  type: (_expected: string, _received: string, message: string) => message,
  /** A value that is not one of the allowed ones (an enum, a literal). */
  oneOf: (_values: readonly string[], _got: string | undefined, message: string) => message,
  /** A number, text or list below its minimum (`origin`: number, string, array, ...). */
  tooSmall: (_origin: string, _minimum: string, _inclusive: boolean, message: string) => message,
  /** A number, text or list above its maximum. */
  tooBig: (_origin: string, _maximum: string, _inclusive: boolean, message: string) => message,
  /** A text of the wrong form (a pattern, a date-time). */
  format: (_format: string, _pattern: string | undefined, message: string) => message,
  multipleOf: (_divisor: string, message: string) => message,
  /** A value that fits none of the forms of a union. */
  union: (message: string) => message,
  /** Any other refusal. */
  invalid: (message: string) => message,
  /** A member the schema does not know. */
  unknownField: 'unknown field',
};
