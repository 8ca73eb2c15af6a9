import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashInput } from '../../src/audit/hashInput.js';
import { planInputSchema } from '../../src/model/planInputSchema.js';
import { validate } from '../../src/model/validate.js';
import { plan } from '../../src/schedule/plan.js';
import { rejection, smallPlan } from './refusals.js';

// Trust, item 6: the runtime matches zone names case-insensitively, so "asia/shanghai" drew the same
// schedule as "Asia/Shanghai" under another input hash. A zone must now be written as the runtime
// spells it: a name that differs from its IANA spelling only in case is refused with the spelling.

const base = (zone: string) => {
  const input = smallPlan('zone-spelling');
  input.horizon.zone = zone;
  return input;
};

describe('horizon.zone is written with its IANA spelling', () => {
  it.each([
    ['asia/shanghai', 'Asia/Shanghai'],
    ['ASIA/SHANGHAI', 'Asia/Shanghai'],
    ['Asia/shanghai', 'Asia/Shanghai'],
    ['europe/paris', 'Europe/Paris'],
    ['utc', 'UTC'],
    ['america/port-au-prince', 'America/Port-au-Prince'],
  ])('refuses %s, saying "did you mean %s"', (zone, spelled) => {
    const error = rejection(() => plan(base(zone)));
    expect(error.code).toBe('invalid-input');
    expect(error.path).toBe('horizon.zone');
    expect(error.message).toContain(`did you mean ${JSON.stringify(spelled)}?`);
  });

  it('refuses a lower-case name whose runtime spelling is another zone (an alias), naming the rule', () => {
    // "us/eastern" is an alias of America/New_York; its own spelling ("US/Eastern") is not known to
    // the runtime, but no IANA name has a part that starts with a lower-case letter.
    for (const zone of ['us/eastern', 'etc/utc', 'asia/kolkata']) {
      const error = rejection(() => validate(planInputSchema, base(zone)));
      expect(error.path).toBe('horizon.zone');
      expect(error.message).toMatch(/capital/);
    }
  });

  it('accepts IANA names as written, aliases included, and hashes them as written', () => {
    for (const zone of ['Asia/Shanghai', 'Europe/Paris', 'UTC', 'Etc/UTC', 'US/Eastern', 'Asia/Kolkata']) {
      const valid = validate(planInputSchema, base(zone));
      expect(valid.horizon.zone).toBe(zone);
    }
    expect(hashInput(validate(planInputSchema, base('Asia/Shanghai')))).toBe(
      'edc3e6c4cfe72b30ff93f9c633bd22611e14dbc4262a19c85d080764f5b8e153',
    );
  });

  it('accepts every zone the runtime lists, as written', () => {
    const refused = Intl.supportedValuesOf('timeZone').filter((zone) => {
      try {
        return validate(planInputSchema, base(zone)).horizon.zone !== zone;
      } catch {
        return true;
      }
    });
    expect(refused).toEqual([]);
  });

  it('keeps the county input hash', () => {
    const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
    const golden = JSON.parse(readFileSync('test/golden/county.schedule.json', 'utf8'));
    expect(hashInput(validate(planInputSchema, county))).toBe(golden.manifest.inputHash);
  });

  it('still names an unknown zone as unknown', () => {
    const error = rejection(() => plan(base('Asia/Shanghia')));
    expect(error.message).toBe('horizon.zone: unknown IANA zone "Asia/Shanghia"');
  });
});
