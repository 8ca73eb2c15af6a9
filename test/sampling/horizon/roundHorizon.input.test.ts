import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../../src/model/FairdrawError.js';
import { createRng } from '../../../src/random/createRng.js';
import { roundHorizon } from '../../../src/sampling/horizon/roundHorizon.js';

function rejects(run: () => unknown, path: string, message?: RegExp): void {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(FairdrawError);
  const f = error as FairdrawError;
  expect(f.code).toBe('invalid-input');
  expect(f.path).toBe(path);
  expect(f.message.startsWith(`${path}: `)).toBe(true);
  if (message) expect(f.message).toMatch(message);
}

const rng = () => createRng('bad-input');
const good = [
  [0.5, 0.5, 1],
  [0.25, 0.75, 0],
];

describe('roundHorizon: bad input is a FairdrawError naming the field', () => {
  it('a period whose sum is not an integer', () => {
    rejects(() => roundHorizon([good[0]!, [0.3, 0.3, 0.3]], { rng: rng() }), 'pi[1]', /integer/);
  });
  it('ragged rows', () => {
    rejects(() => roundHorizon([good[0]!, [0.5, 0.5]], { rng: rng() }), 'pi[1]', /one entry per unit/);
  });
  it('NaN, negative, above 1, non-number entries', () => {
    rejects(() => roundHorizon([good[0]!, [0.5, Number.NaN, 0.5]], { rng: rng() }), 'pi[1][1]');
    rejects(() => roundHorizon([[-0.5, 0.5, 1]], { rng: rng() }), 'pi[0][0]');
    rejects(() => roundHorizon([[1.5, 0.5, 0]], { rng: rng() }), 'pi[0][0]');
    rejects(() => roundHorizon([['x', 1] as unknown as number[]], { rng: rng() }), 'pi[0][0]');
  });
  it('not an array, a row that is not an array, an empty row', () => {
    rejects(() => roundHorizon('nope' as unknown as number[][], { rng: rng() }), 'pi');
    rejects(() => roundHorizon([good[0]!, null as unknown as number[]], { rng: rng() }), 'pi[1]');
    rejects(() => roundHorizon([[], []], { rng: rng() }), 'pi[0]');
  });
  it('strata of the wrong length or with bad labels', () => {
    rejects(
      () => roundHorizon(good, { rng: rng(), strata: ['a', 'b'] }),
      'options.strata',
      /one label per unit/,
    );
    rejects(() => roundHorizon(good, { rng: rng(), strata: ['a', Number.NaN, 'b'] }), 'options.strata[1]');
    rejects(
      () => roundHorizon(good, { rng: rng(), strata: ['a', null, 'b'] as unknown as string[] }),
      'options.strata[1]',
    );
    rejects(() => roundHorizon(good, { rng: rng(), strata: 'abc' as unknown as string[] }), 'options.strata');
  });
  it('a missing rng', () => {
    rejects(() => roundHorizon(good, {} as never), 'options.rng');
  });
  it('an empty horizon is not an error: no periods, nothing drawn', () => {
    expect(roundHorizon([], { rng: rng() })).toEqual([]);
  });
});
