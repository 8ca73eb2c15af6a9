// The messages of the plan file's cross-field checks (src/model), of plain-data checks, of the zone
// and of the options every library call reads (`asOf`, `force`).

const q = (value: unknown) => JSON.stringify(value);

/** Messages about the plan file and the arguments of library calls. */
export const plan = {
  notWellFormed:
    'is not well-formed text (it holds half of a UTF-16 surrogate pair); retype or delete the odd character',
  /** `kind`: the constructor's name (`Map`, `Date`), or undefined for an object that is not plain. */
  notPlain: (kind: string | undefined) =>
    `must be plain JSON data (a plain JSON object, array, string, number, boolean or null), got ${kind ? `a ${kind}` : 'an object that is not plain'}`,
  protoField: 'is not allowed as a field name (JavaScript would drop it silently); rename the field',
  invalidValue: 'invalid value',
  duplicateId: (what: 'unit' | 'inspector', id: string, field: string, earlier: number) =>
    `duplicate ${what} id ${q(id)} (also ${field}[${earlier}])`,
  startAfterEnd: (start: string, end: string) => `must not be after horizon.end (${start} > ${end})`,
  unknownUnit: (id: string) => `unknown unit id ${q(id)}`,
  /** The hint of an unknown id that is the name of exactly one unit or inspector. */
  didYouMeanName: (id: string, name: string) => `; did you mean ${q(id)} (its name is ${name})?`,
  /** The hint of an unknown id one or two edits from exactly one id. */
  didYouMean: (id: string) => `; did you mean ${q(id)}?`,
  riskZero: (min: number) =>
    `is 0, which contradicts routine.bounds.min = ${min} under fairness "risk" (a unit with risk 0 is never drawn)`,
  outsideHorizon: (date: string, start: string, end: string) =>
    `${date} is outside the horizon ${start}..${end}`,
  duplicateCampaign: (id: string, earlier: number) =>
    `duplicate campaign id ${q(id)} (also campaigns[${earlier}])`,
  noUnitOfType: (type: string) => `no unit has type ${q(type)}`,
  noUnitInRegion: (region: string) => `no unit has region ${q(region)}`,
  notActiveOn: (id: string, date: string, from: string | undefined, to: string | undefined) =>
    `unit ${q(id)} is not active on ${date} (active ${from ?? '…'}..${to ?? '…'})`,
  notActiveIn: (id: string, start: string, end: string, from: string | undefined, to: string | undefined) =>
    `unit ${q(id)} is not active in the window ${start}..${end} (active ${from ?? '…'}..${to ?? '…'})`,
  findingAfterEnd: (date: string, end: string) => `${date} is after the horizon end ${end}`,
  raiseRiskNotAbove: (raise: number, risk: number, id: string) =>
    `must exceed the unit's risk (${raise} <= ${risk} of ${q(id)})`,
  boundsOrder: (min: number, max: number) => `must not exceed bounds.max (${min} > ${max})`,
  fromAfterTo: (from: string, to: string) => `must not be after to (${from} > ${to})`,
  dateAndWindow: 'give either date or from/to, not both',
  dateOrWindow: 'give a date or a window from/to',
  windowBoth: 'a window needs both from and to',
  oneBudget: 'give exactly one of visitsPerPeriod or visitsPerWorkday',
  deadlineMissing:
    'is missing: give the deadline as deadlineWorkdays (working days), deadlineDays (calendar days) or deadline (a date)',
  deadlineTwice: (first: string) =>
    `give only one of deadlineWorkdays, deadlineDays and deadline (this finding also gives ${first})`,
  deadlineBeforeFinding: (deadline: string, date: string) =>
    `${deadline} is before the finding's date ${date}`,
  /** `zone` as JSON (`"Asia/Shanghia"`, or `undefined` when it is not a JSON value). */
  unknownZone: (zone: string) => `unknown IANA zone ${zone}`,
  zoneSpelling: (spelled: string) =>
    `must be written as IANA spells it (the input hash reads it as written): did you mean ${q(spelled)}?`,
  zoneCapitals: (zone: string, spelled: string) =>
    `must be written with the capitals of its IANA name (each part starts with one, as in "Asia/Shanghai"); this runtime takes ${q(zone)} for ${q(spelled)}`,
  asOfRequired: (why: string) =>
    `is required: the date (yyyy-mm-dd) as of which to decide which periods have ended; ${why}`,
  asOfWhyRegister: 'the register shows the periods ended by then and every state as of then',
  asOfWhyEstimate: 'an estimate counts only the periods ended by then',
  asOfWhyReport:
    "a report shows only the periods ended by then (the horizon's last day gives the full report)",
  asOfWhyReveal: 'a period is revealed only once it has ended, the summary once the horizon has',
  /** `got`: the value as JSON, or its type. */
  asOfNotDate: (got: string) => `must be an existing calendar date written yyyy-mm-dd, got ${got}`,
  forceNotBoolean: (got: string) => `must be true or false, got ${got}`,
};
