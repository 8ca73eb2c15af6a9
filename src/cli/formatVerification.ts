import type { Verification } from '../schedule/Verification.js';
import type { Outcome } from './Outcome.js';

/** Prints a verification: `verified`, or each difference with its path, expected and found values. */
export function formatVerification(what: string, v: Verification): Outcome {
  if (v.ok) return { code: 0, stdout: `verified: ${what}\n` };
  const show = (x: unknown) => (x === undefined ? '(nothing)' : JSON.stringify(x));
  const lines = v.differences.map(
    (d) =>
      `  ${d.path}: expected ${show(d.expected)}, found ${show(d.found)}${d.message ? `\n    ${d.message}` : ''}`,
  );
  const more = v.truncated ? `  ... and ${v.truncated} more\n` : '';
  if (v.status === 'unsupported') {
    return {
      code: 2,
      stderr: `UNSUPPORTED: ${what} names a version this library does not implement; it was NOT checked\n${lines.join('\n')}\n`,
    };
  }
  const count = v.differences.length + (v.truncated ?? 0);
  return {
    code: 1,
    stdout: `NOT VERIFIED: ${what}: ${count} difference(s)\n${lines.join('\n')}\n${more}`,
  };
}
