// The script of the verify page (`fairdraw verify-page`): bundled with the library into one inline
// script, it runs in the reader's browser with no network. It reads the chosen files, runs `verify`
// (plan file and schedule) or `verifyPeriod` (a period reveal and the published hash), and writes the
// verdict, in the language of the page's `<html lang>` (the catalogue's `verifyPage` section). Text
// only: every string goes into the page through `textContent`, never as markup.

import { FairdrawError } from '../../model/FairdrawError.js';
import { isRecord } from '../../model/validate.js';
import { differenceExpected, differenceMessage, type Verification } from '../../schedule/Verification.js';
import { verify } from '../../schedule/verify.js';
import { verifyPeriod } from '../../schedule/verifyPeriod.js';
import { text } from '../../text/catalogue.js';
import { isLang } from '../../text/lang.js';

/** The few DOM features the page uses (the library is built without the DOM's type library). */
interface FileLike {
  name: string;
  text(): Promise<string>;
}
interface ElementLike {
  textContent: string | null;
  className: string;
  value: string;
  files: ArrayLike<FileLike> | null;
  appendChild(child: ElementLike): unknown;
  replaceChildren(...children: ElementLike[]): void;
  addEventListener(type: string, listener: () => void): void;
}
interface DocumentLike {
  documentElement: { lang: string };
  getElementById(id: string): ElementLike | null;
  createElement(tag: string): ElementLike;
}
declare const document: DocumentLike;

/** The page's language (`<html lang>`, written by `verifyPageHtml`), else English. */
const LANG = isLang(document.documentElement.lang) ? document.documentElement.lang : 'en';
/** The words of the page's language. */
const TEXT = text(LANG).verifyPage;
/** The line the CLI's `verify-period` prints for a member the seal does not cover, in the same words. */
const UNSEALED = text(LANG).cli.verification.unsealed;

function element(id: string): ElementLike {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found;
}

function line(tag: string, text: string, className = ''): ElementLike {
  const node = document.createElement(tag);
  node.textContent = text;
  node.className = className;
  return node;
}

/** Reads the first file chosen in an `<input type="file">`, as JSON. */
async function readChosen(input: ElementLike, what: string): Promise<unknown> {
  const file = input.files?.[0];
  if (!file) throw new Error(TEXT.choose(what));
  try {
    return JSON.parse(await file.text());
  } catch {
    throw new Error(TEXT.notJson(file.name));
  }
}

/** Writes a verdict: `verified`, or `NOT verified` with the differences, one per line. */
function show(verdict: ElementLike, result: Verification, subject: string): void {
  const ok = result.status === 'verified';
  const lines = [line('p', ok ? TEXT.verified : TEXT.notVerified, ok ? 'ok' : 'bad')];
  lines.push(line('p', ok ? TEXT.verifiedDetail(subject) : TEXT.status(result.status, subject)));
  if (!ok) {
    const list = document.createElement('ul');
    for (const d of result.differences.slice(0, 200)) {
      list.appendChild(
        line(
          'li',
          TEXT.difference(
            d.path,
            JSON.stringify(differenceExpected(d, LANG)),
            JSON.stringify(d.found),
            differenceMessage(d, LANG) ?? '',
          ),
        ),
      );
    }
    lines.push(list);
    const more = result.differences.length - 200 + (result.truncated ?? 0);
    if (more > 0) lines.push(line('p', TEXT.more(more)));
  }
  // A period reveal's outcomes ride outside the seal: say so, and what checks them.
  for (const u of result.unsealed ?? []) lines.push(line('p', UNSEALED(u.path, u.checkAgainst), 'note'));
  verdict.replaceChildren(...lines);
}

async function run(): Promise<void> {
  const verdict = element('verdict');
  verdict.replaceChildren(line('p', TEXT.checking));
  try {
    const plan = await readChosen(element('plan-file'), TEXT.planFile);
    const schedule = await readChosen(element('schedule-file'), TEXT.scheduleFile);
    if (isRecord(schedule) && 'proof' in schedule && 'salt' in schedule) {
      const hash = element('schedule-hash').value.trim();
      if (hash === '') throw new Error(TEXT.hashNeeded);
      const period = schedule.period;
      show(
        verdict,
        verifyPeriod(schedule, hash),
        TEXT.reveal(typeof period === 'number' ? period + 1 : String(period)),
      );
      return;
    }
    show(verdict, verify(plan, schedule), TEXT.wholeSchedule);
  } catch (error) {
    const message =
      error instanceof FairdrawError
        ? error.messageIn(LANG)
        : error instanceof Error
          ? error.message
          : String(error);
    verdict.replaceChildren(line('p', TEXT.notVerified, 'bad'), line('p', message));
  }
}

element('verify').addEventListener('click', () => {
  void run();
});
