import type { PeriodNotice } from '../../report/PeriodNoticeTypes.js';
import { periodNotice } from '../../report/periodNotice.js';
import { periodNoticeHtml } from '../../report/periodNoticeHtml.js';
import { showControls } from '../../report/visibleText.js';
import type { PeriodReveal } from '../../schedule/PeriodReveal.js';
import { text } from '../../text/catalogue.js';
import { weekdayName } from '../../text/format.js';
import type { CliContext } from '../context.js';
import { type OutputFile, readJson, writeAll } from '../io.js';
import { type Outcome, parseArgs, USAGE, usageError } from '../usage.js';

/** The notice as text: the verdict first (NOT VERIFIED with every difference), then the visits by day. */
function formatNotice(n: PeriodNotice): string {
  const T = text('en').results;
  const title = T.title(n.period + 1, n.periods);
  const v = n.verification;
  const head =
    v.status === 'verified'
      ? `${title}: verified against the published schedule hash ${n.scheduleHash}`
      : `${title}: NOT VERIFIED against the published schedule hash ${n.scheduleHash}` +
        `${v.status === 'unsupported' ? ' (a seal format this version cannot check)' : ''}`;
  const show = (x: unknown) => (x === undefined ? '(nothing)' : JSON.stringify(x));
  const differences = v.differences.map(
    (d) =>
      `  ${d.path}: expected ${show(d.expected)}, found ${show(d.found)}${d.message ? `\n    ${d.message}` : ''}`,
  );
  const visits = n.visits.map((x) => {
    const kind = x.kind + (x.campaign ? ` ${x.campaign}` : '') + (x.reason ? `: ${x.reason}` : '');
    const day = weekdayName(x.date, 'en');
    const who = showControls(x.inspectors.map((i) => i.id).join(' '));
    return `  ${x.date} ${day}  ${showControls(x.unit.id).padEnd(22)}${who.padEnd(20)}${x.id}  ${kind}`;
  });
  return [
    head,
    ...differences,
    `${n.visits.length === 0 ? T.noVisits : T.subtitle(n.first, n.last, n.visits.length, n.units)}${visits.length > 0 ? ':' : ''}`,
    ...visits,
    '',
  ].join('\n');
}

/**
 * Runs `fairdraw results`: the results notice of one ended period from its reveal, checked against
 * the published schedule hash; prints it, writes it as a page with `--html`. Exits 0 when the reveal
 * is verified, 1 when it is not (the page then says NOT verified), 2 when it cannot be checked. The
 * page is in `context.lang`.
 */
export function runResults(argv: readonly string[], context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, ['html', 'title'], ['quiet', 'help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 2) return usageError('results', '<reveal.json> <scheduleHash>');
  const [revealPath, scheduleHash] = positional as [string, string];
  const notice = periodNotice(readJson(revealPath) as PeriodReveal, scheduleHash);
  const files: OutputFile[] = [];
  if (typeof options.html === 'string') {
    const title = typeof options.title === 'string' ? { title: options.title } : {};
    files.push({ path: options.html, text: periodNoticeHtml(notice, { ...title, lang: context.lang }) });
  }
  writeAll(files);
  const status = notice.verification.status;
  const code = status === 'verified' ? 0 : status === 'different' ? 1 : 2;
  if (options.quiet) return { code };
  const written = files.length > 0 ? `\nwrote ${files.map((f) => f.path).join(', ')}\n` : '';
  return { code, stdout: `${formatNotice(notice)}${written}` };
}
