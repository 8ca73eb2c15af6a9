import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { plan } from '../../src/schedule/plan.js';
import { smallYearPlan } from './yearPlans.js';

function rejection(change: (input: any) => void): FairdrawError {
  const input = smallYearPlan();
  change(input);
  try {
    plan(input);
  } catch (e) {
    expect(e).toBeInstanceOf(FairdrawError);
    return e as FairdrawError;
  }
  throw new Error('expected a FairdrawError');
}

const campaign = (extra: object = {}) => ({
  id: 'spring',
  from: '2026-03-02',
  to: '2026-04-24',
  scope: { types: ['police-station'] },
  visits: 2,
  ...extra,
});

describe('bad input: campaigns, directed visits, findings', () => {
  const cases: [string, (input: any) => void, string, string, RegExp][] = [
    // The issue's cases.
    [
      'a directed visit to an unknown unit',
      (i) => {
        i.directed = [
          { unit: 'ps-a', date: '2026-03-11', reason: 'r' },
          { unit: 'ps-zz', date: '2026-03-11', reason: 'r' },
        ];
      },
      'invalid-input',
      'directed[1].unit',
      /unknown unit id "ps-zz"/,
    ],
    [
      'a campaign window starting before the horizon',
      (i) => {
        i.campaigns = [campaign({ from: '2026-02-20' })];
      },
      'invalid-input',
      'campaigns[0].from',
      /2026-02-20 is outside the horizon 2026-03-02..2026-04-26/,
    ],
    [
      'a campaign window ending after the horizon',
      (i) => {
        i.campaigns = [campaign({ to: '2026-05-20' })];
      },
      'invalid-input',
      'campaigns[0].to',
      /outside the horizon/,
    ],
    [
      'a finding dated after the horizon',
      (i) => {
        i.findings = [{ unit: 'ps-a', date: '2026-05-02', deadlineWorkdays: 3 }];
      },
      'invalid-input',
      'findings[0].date',
      /2026-05-02 is after the horizon end 2026-04-26/,
    ],
    // Campaigns.
    [
      'more campaign visits than units in scope active over the window',
      (i) => {
        i.campaigns = [campaign({ visits: 5 })];
      },
      'infeasible',
      'campaigns[0].visits',
      /needs 5 visits but only 4 units in its scope are active over 2026-03-02..2026-04-24/,
    ],
    [
      'a campaign whose scope is empty once activity is taken into account',
      (i) => {
        i.campaigns = [campaign({ scope: { units: ['ps-e'] }, to: '2026-03-27' })];
      },
      'infeasible',
      'campaigns[0].scope',
      /no unit in the scope of campaign "spring" is active over its whole window/,
    ],
    [
      'a campaign whose selectors match no unit together',
      (i) => {
        i.campaigns = [campaign({ scope: { types: ['criminal-investigation'], units: ['ps-a'] } })];
      },
      'infeasible',
      'campaigns[0].scope',
      /no unit in the scope/,
    ],
    [
      'a campaign window with no working day',
      (i) => {
        i.campaigns = [campaign({ from: '2026-04-04', to: '2026-04-06' })];
      },
      'infeasible',
      'campaigns[0].from',
      /the window 2026-04-04..2026-04-06 has no working day/,
    ],
    [
      'a campaign scope naming an unknown unit',
      (i) => {
        i.campaigns = [campaign({ scope: { units: ['ps-a', 'nope'] } })];
      },
      'invalid-input',
      'campaigns[0].scope.units[1]',
      /unknown unit id "nope"/,
    ],
    [
      'a campaign scope naming a type no unit has',
      (i) => {
        i.campaigns = [campaign({ scope: { types: ['police-stations'] } })];
      },
      'invalid-input',
      'campaigns[0].scope.types[0]',
      /no unit has type "police-stations"/,
    ],
    [
      'a campaign scope naming a region no unit has',
      (i) => {
        i.campaigns = [campaign({ scope: { regions: ['north'] } })];
      },
      'invalid-input',
      'campaigns[0].scope.regions[0]',
      /no unit has region "north"/,
    ],
    [
      'two campaigns with the same id',
      (i) => {
        i.campaigns = [campaign(), campaign()];
      },
      'invalid-input',
      'campaigns[1].id',
      /duplicate campaign id "spring" \(also campaigns\[0\]\)/,
    ],
    [
      'a campaign window from after to',
      (i) => {
        i.campaigns = [campaign({ from: '2026-04-01', to: '2026-03-20' })];
      },
      'invalid-input',
      'campaigns[0].from',
      /must not be after to/,
    ],
    [
      'campaign bounds that cannot be met',
      (i) => {
        i.campaigns = [campaign({ visits: 3, bounds: { max: 0.5 } })];
      },
      'infeasible',
      'campaigns[0].bounds.max',
      /campaign "spring": 4 units with a positive weight at a ceiling of 0.5 allow at most 2 draws/,
    ],
    [
      'an unknown field in a campaign',
      (i) => {
        i.campaigns = [campaign({ budget: 3 })];
      },
      'invalid-input',
      'campaigns[0].budget',
      /unknown field/,
    ],
    [
      'a campaign of 0 visits',
      (i) => {
        i.campaigns = [campaign({ visits: 0 })];
      },
      'invalid-input',
      'campaigns[0].visits',
      /must be >= 1/,
    ],
    // Directed visits.
    [
      'a directed visit on a holiday',
      (i) => {
        i.directed = [{ unit: 'ps-a', date: '2026-04-06', reason: 'complaint' }];
      },
      'invalid-input',
      'directed[0].date',
      /2026-04-06 is not a working day of the calendar/,
    ],
    [
      'a directed visit on a weekend',
      (i) => {
        i.directed = [{ unit: 'ps-a', date: '2026-03-07', reason: 'complaint' }];
      },
      'invalid-input',
      'directed[0].date',
      /not a working day/,
    ],
    [
      'a directed visit outside the horizon',
      (i) => {
        i.directed = [{ unit: 'ps-a', date: '2026-05-06', reason: 'complaint' }];
      },
      'invalid-input',
      'directed[0].date',
      /outside the horizon/,
    ],
    [
      'a directed visit before the unit opens',
      (i) => {
        i.directed = [{ unit: 'ps-e', date: '2026-03-11', reason: 'complaint' }];
      },
      'invalid-input',
      'directed[0].date',
      /unit "ps-e" is not active on 2026-03-11 \(active 2026-03-20/,
    ],
    [
      'a directed window in which the unit is never active',
      (i) => {
        i.directed = [{ unit: 'ps-e', from: '2026-03-02', to: '2026-03-13', reason: 'complaint' }];
      },
      'invalid-input',
      'directed[0].from',
      /not active in the window/,
    ],
    [
      'a directed window with no working day',
      (i) => {
        i.directed = [{ unit: 'ps-a', from: '2026-04-04', to: '2026-04-06', reason: 'complaint' }];
      },
      'infeasible',
      'directed[0].from',
      /has no working day on which unit "ps-a" is active/,
    ],
    [
      'a directed visit with both a date and a window',
      (i) => {
        i.directed = [
          { unit: 'ps-a', date: '2026-03-11', from: '2026-03-11', to: '2026-03-12', reason: 'x' },
        ];
      },
      'invalid-input',
      'directed[0].date',
      /either date or from\/to/,
    ],
    [
      'a directed visit with neither date nor window',
      (i) => {
        i.directed = [{ unit: 'ps-a', reason: 'x' }];
      },
      'invalid-input',
      'directed[0].date',
      /give a date or a window/,
    ],
    [
      'a directed window without its end',
      (i) => {
        i.directed = [{ unit: 'ps-a', from: '2026-03-11', reason: 'x' }];
      },
      'invalid-input',
      'directed[0].to',
      /needs both from and to/,
    ],
    [
      'a directed visit without a reason',
      (i) => {
        i.directed = [{ unit: 'ps-a', date: '2026-03-11', reason: '  ' }];
      },
      'invalid-input',
      'directed[0].reason',
      /must say why/,
    ],
    // Findings.
    [
      'a finding on an unknown unit',
      (i) => {
        i.findings = [{ unit: 'ps-q', date: '2026-03-11', deadlineWorkdays: 3 }];
      },
      'invalid-input',
      'findings[0].unit',
      /unknown unit id "ps-q"/,
    ],
    [
      'a negative deadline',
      (i) => {
        i.findings = [{ unit: 'ps-a', date: '2026-03-11', deadlineWorkdays: -1 }];
      },
      'invalid-input',
      'findings[0].deadlineWorkdays',
      /must be >= 0/,
    ],
    [
      'a fractional deadline',
      (i) => {
        i.findings = [{ unit: 'ps-a', date: '2026-03-11', deadlineWorkdays: 2.5 }];
      },
      'invalid-input',
      'findings[0].deadlineWorkdays',
      /whole number of working days/,
    ],
    [
      'a raiseRisk that does not raise',
      (i) => {
        i.findings = [{ unit: 'ps-a', date: '2026-03-11', deadlineWorkdays: 3, raiseRisk: 4 }];
      },
      'invalid-input',
      'findings[0].raiseRisk',
      /must exceed the unit's risk \(4 <= 4 of "ps-a"\)/,
    ],
    [
      'a finding that is not a date',
      (i) => {
        i.findings = [{ unit: 'ps-a', date: '2026-02-30', deadlineWorkdays: 3 }];
      },
      'invalid-input',
      'findings[0].date',
      /existing calendar date/,
    ],
  ];

  for (const [name, change, code, path, message] of cases) {
    it(`${name} -> ${code} at ${path}`, () => {
      const e = rejection(change);
      expect(e.code).toBe(code);
      expect(e.path).toBe(path);
      expect(e.message).toMatch(message);
      expect(e.message.startsWith(`${path}: `)).toBe(true);
    });
  }

  it('accepts the same plan with valid campaigns, directed visits and findings', () => {
    const input = smallYearPlan();
    input.campaigns = [campaign()];
    input.directed = [{ unit: 'ps-a', date: '2026-03-11', reason: 'complaint' }];
    input.findings = [{ unit: 'ps-a', date: '2026-03-11', deadlineWorkdays: 3, raiseRisk: 5 }];
    expect(plan(input).visits.filter((v) => v.kind !== 'routine')).toHaveLength(4);
  });
});

describe('bad input fuzz: campaigns, directed, findings', () => {
  it('never throws anything but a FairdrawError naming a field', () => {
    const date = fc.constantFrom(
      '2026-03-02',
      '2026-03-11',
      '2026-04-06',
      '2026-05-01',
      '2025-12-31',
      'x',
      7,
    );
    const unit = fc.constantFrom('ps-a', 'ps-e', 'ci-b', 'nope', '', 3);
    const loose = fc.oneof(
      fc.anything({ withNullPrototype: true }),
      fc.array(
        fc.record(
          {
            id: fc.constantFrom('a', 'b', ''),
            unit,
            date,
            from: date,
            to: date,
            reason: fc.constantFrom('r', '', 5),
            scope: fc.oneof(
              fc.record(
                {
                  types: fc.array(fc.constantFrom('police-station', 'x')),
                  regions: fc.array(fc.constantFrom('east', 'y')),
                },
                { requiredKeys: [] },
              ),
              fc.anything(),
            ),
            visits: fc.oneof(fc.integer({ min: -1, max: 9 }), fc.double()),
            fairness: fc.constantFrom('equal', 'risk', 'other'),
            design: fc.constantFrom('maxent', 'pivotal', 'nope'),
            bounds: fc.record({ min: fc.double(), max: fc.double() }, { requiredKeys: [] }),
            deadlineWorkdays: fc.oneof(fc.integer({ min: -2, max: 4000 }), fc.double()),
            raiseRisk: fc.oneof(fc.double(), fc.constant(9)),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
    );
    let rejected = 0;
    fc.assert(
      fc.property(fc.constantFrom('campaigns', 'directed', 'findings'), loose, (field, value) => {
        const input = smallYearPlan();
        input[field] = value;
        try {
          plan(input);
        } catch (e) {
          rejected += 1;
          return e instanceof FairdrawError && e.path.length > 0 && e.message.startsWith(e.path);
        }
        return true;
      }),
      { seed: 66, numRuns: 400 },
    );
    expect(rejected).toBeGreaterThan(200);
  });
});
