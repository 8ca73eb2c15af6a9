import type { PeriodNotice } from '../../report/PeriodNoticeTypes.js';
import { periodNotice } from '../../report/periodNotice.js';
import { outcomeText, periodNoticeHtml } from '../../report/periodNoticeHtml.js';
import { showControls } from '../../report/visibleText.js';
import type { PeriodReveal } from '../../schedule/PeriodReveal.js';
import { text } from '../../text/catalogue.js';
import { formatCount } from '../../text/format.js';
import type { Lang } from '../../text/lang.js';
import type { CliContext } from '../context.js';
import { differenceLines, lpad, pad, padColumn } from '../format.js';
import { type OutputFile, readJson, writeAll } from '../io.js';
import { type Outcome, parseArgs, usage, usageError } from '../usage.js';

/** The notice as text, in `lang`: the verdict first (NOT VERIFIED with every difference), then the visits by day. */
function formatNotice(n: PeriodNotice, lang: Lang): string {
  const { cli } = text(lang);
  const t = cli.results;
  const v = n.verification;
  const title = t.title(n.period + 1, n.periods);
  const head =
    v.status === 'verified'
      ? t.verified(title, n.scheduleHash)
      : t.notVerified(title, n.scheduleHash, v.status === 'unsupported');
  const differences = differenceLines(v, lang);
  const days = padColumn(n.visits.map((x) => `${cli.date(x.date)} ${t.weekdays[x.weekday - 1] ?? ''}`));
  const visits = n.visits.map((x, k) => {
    const who = showControls(x.inspectors.map((i) => i.id).join(' '));
    const outcome =
      x.outcome === undefined
        ? ''
        : t.outcome(
            outcomeText(x, lang),
            x.probability === undefined ? undefined : formatCount(x.probability, lang, 4),
          );
    return `  ${days[k]}  ${pad(showControls(x.unit.id), 22)}${pad(who, 20)}${x.id}  ${cli.visitKind(x.kind, x.campaign, x.reason)}${outcome}`;
  });
  const subtitle =
    n.visits.length === 0 ? t.noVisit : t.listHead(t.subtitle(n.first, n.last, n.visits.length, n.units));
  return [head, ...differences, subtitle, ...visits, ...(n.outcomes ? estimateLines(n, lang) : []), ''].join(
    '\n',
  );
}

/** The period's estimate as text, when the reveal carries outcomes: overall, then by police type. */
function estimateLines(n: PeriodNotice, lang: Lang): string[] {
  const { cli, estimate: E } = text(lang);
  const t = cli.results;
  const e = n.estimates;
  if (e === undefined) return [t.noEstimate];
  const keys = padColumn([E.allUnits, ...e.types.map((g) => showControls(g.key))]);
  const line = (key: string, g: typeof e.all) =>
    t.estimateLine(
      key,
      lpad(E.percent(g.estimate), 7),
      E.percent(g.standardError),
      E.interval(g.ci),
      g.visits,
      g.withProblems,
    );
  return [
    t.estimateHead(n.period + 1, e.all.visits, e.level),
    line(keys[0]!, e.all),
    ...e.types.map((g, i) => line(keys[i + 1]!, g)),
    ...e.uncounted.map((x) => t.uncounted(E.kindName[x.kind] ?? x.kind, x.visits, x.withProblems)),
  ];
}

/**
 * Runs `fairdraw results`: the results notice of one ended period from its reveal, checked against
 * the published schedule hash; prints it, writes it as a page with `--html`. Exits 0 when the reveal
 * is verified, 1 when it is not (the page then says NOT verified), 2 when it cannot be checked. The
 * page is in `context.lang`.
 */
export function runResults(argv: readonly string[], context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, ['html', 'title'], ['quiet', 'help']);
  if (options.help) return { code: 0, stdout: usage(context.lang) };
  if (positional.length !== 2) return usageError('results', '<reveal.json> <scheduleHash>', context.lang);
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
  const written = files.length > 0 ? `\n${text(context.lang).cli.wrote(files.map((f) => f.path))}\n` : '';
  return { code, stdout: `${formatNotice(notice, context.lang)}${written}` };
}
