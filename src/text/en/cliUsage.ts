// The help text of the `fairdraw` command (`fairdraw --help`, and after a usage error), in English.
// A new command gets its lines here and in ../zh-CN/cliUsage.ts.

/** The help text, with the version of the library in its first line. */
export const usage = (
  version: string,
) => `fairdraw ${version}: fair, random and auditable inspection schedules

usage:
  fairdraw init --units units.xlsx [--inspectors inspectors.xlsx] [--holidays holidays.csv]
                --start <date> --end <date> [--period day|week|month|quarter] [--zone <IANA zone>]
                [--visits N] --out plan.json [--force]
      write a plan file from spreadsheets (.xlsx, or .csv in UTF-8 or GB18030; headers in English or
      Chinese), with defaults: --period week, --zone Asia/Shanghai, about 4 routine visits a unit a
      year (--visits sets the visits a period), fairness "risk", teams of 2 never at their own unit;
      no seed (it prints what to do next: fairdraw hash, fairdraw commit). Refuses to replace an
      existing file unless --force. See docs/init.md
  fairdraw plan <input.json> [--out schedule.json] [--csv visits.csv] [--bom] [--xlsx visits.xlsx]
                [--weeks N] [--quiet]
      draw the schedule of a plan file; prints a summary with the visits of the first N periods
      (--weeks, a whole number from 0 to 1000, default 2), writes the schedule as JSON; --bom starts
      the CSV with a UTF-8 byte-order mark, so that Excel reads its Chinese right (always with
      --lang zh-CN); --xlsx writes the
      visit list as an Excel workbook (dates as ISO texts, texts never formulas); warns on stderr
      when the seed is a plain string (use the commit-reveal form: fairdraw commit); --quiet prints
      nothing, the warning included
  fairdraw substitute <input.json> <schedule.json> --inspector <id> --dates <d1,d2,...> --reason <text>
                     [--at <iso date-time>] [--out schedule.json]
      replace an inspector who cannot make some dates; only those visits change, and the change is
      logged in the schedule at --at (default: now) (written back to <schedule.json> unless --out);
      prints the new schedule hash, to publish
  fairdraw replan <input.json> <schedule.json> [<changes.json>] --from <date> --reason <text>
                 [--outcomes outcomes.json|.xlsx|.csv] [--out schedule.json]
      redraw the schedule from the period starting on <date> after units opened, closed or changed
      risk; <changes.json> is {"add": [units], "close": [ids], "risk": {"id": weight}, "findings":
      [findings]}. --outcomes adds a follow-up for every recorded problem with a deadline that has
      none yet (one due before <date> goes on its first working day, marked late). Visits before
      <date> stay as they are; the change is logged (written back to <schedule.json> unless --out);
      prints the new schedule hash, to publish
  fairdraw verify <input.json> <schedule.json>
      re-derive the schedule from the input (seed revealed), replay its log, and list every difference
  fairdraw reveal <input.json> <schedule.json> <period|summary> [--as-of <date>] [--force] [--out reveal.json]
                 [--outcomes outcomes.json|.xlsx|.csv]
      reveal one ended period's visits (or, after the horizon, the summary) with the proof linking
      them to the published schedule hash; periods are numbered from 1 (the reveal's "period" field,
      like the schedule's JSON, counts from 0); a period not ended by --as-of (default: today in the
      plan's zone) is refused, unless --force, which reveals it with a warning; --outcomes adds, outside
      the sealed part, what the period's visits found and the inclusion probabilities of its random
      visits, for the results notice's estimate
  fairdraw verify-period <reveal.json> <scheduleHash>
      check a reveal against the schedule hash published at the start, without the other periods
  fairdraw verify-page --out verify.html [--title text]
      write one self-contained page, with the library inside, that verifies a schedule or a period
      reveal in any browser, offline (needs the build: npm run build)
  fairdraw tasks <schedule.json> --date <yyyy-mm-dd> [--inspector <id>] [--html tasks.html]
                [--ics tasks.ics] [--xlsx tasks.xlsx] [--title text] [--quiet]
      the task sheets of one day, handed to the inspectors that morning: each inspector's visits
      (unit, teammates, kind, why), that day's only; --html writes a printable page (a sheet per
      inspector), --ics a calendar file with one all-day event per inspector and visit, --xlsx an
      Excel workbook with a row per inspector and visit
  fairdraw results <reveal.json> <scheduleHash> [--html results.html] [--title text] [--quiet]
      the results notice of an ended period: which units were visited, on which day and by whom,
      and whether its reveal checks against the published schedule hash (exit 1 when it does not:
      the page then says NOT verified); when the reveal carries outcomes, what each visit found and
      the period's estimate from its random visits
  fairdraw hash <input.json>
      print the input hash of a plan file, to publish with the seed commitment (the seed is not part
      of it and may be left out of the file)
  fairdraw commit
      generate a secret for the commit-reveal seed and print it with its commitment
  fairdraw commit <secret>
      print the commitment of a secret (refused unless it carries at least 128 bits of entropy)
  fairdraw commit --plain <seed>
      print the commitment of a plain seed (it hides nothing if the seed can be guessed)
  fairdraw report <schedule.json> [--as-of <date>] [--html report.html] [--csv dir/ | prefix] [--bom]
                  [--xlsx report.xlsx] [--title text] [--quiet]
      the public fairness report: promised probabilities, expected and realised visits per unit and
      police type, inspector loads; --html writes a self-contained page (inline SVG, no network),
      --csv writes units.csv, types.csv and inspectors.csv into a directory (existing, or a path
      ending in /) or as <prefix>-units.csv, ... (--bom: with a UTF-8 byte-order mark, for Excel;
      always with --lang zh-CN);
      --xlsx writes the same three tables as one Excel workbook, a sheet each;
      only the periods ended by --as-of (default: today) are shown: before the horizon's last day the
      report is interim, and says so
  fairdraw notice <plan.json> <schedule.json> --html notice.html [--csv dir/ | prefix] [--bom] [--title text]
                  [--quiet]
      the start-of-year notice, safe to post on the day of the draw: the frame (every unit's promised
      probability per period and expected visits), the rules, the inspector pool and recusal, the
      input hash, seed commitment and schedule hash, and how to verify; it names no visit and no
      date the plan file does not give. --html writes the page, --csv writes frame.csv and rules.csv
      (with a UTF-8 byte-order mark on --bom or --lang zh-CN)
  fairdraw estimate <plan.json> <schedule.json> <outcomes.json> [--by all|type|region|category|campaign]
                    [--as-of <date>] [--level 0.95] [--csv dir/ | prefix] [--bom] [--quiet]
      design-based estimates from the outcomes of the random visits of the periods ended by --as-of
      (default: today): the share of unit-periods with a problem (Hajek's estimator, Deville's
      standard error, a --level confidence interval), by group; every unit's rate with its Wilson
      interval, the units clearly above their police type named; directed and follow-up visits listed,
      not counted; --csv writes groups.csv and units.csv. See docs/estimation.md
  fairdraw next-year <plan.json> <schedule.json> <outcomes.json> --start <date> --end <date>
                     --out plan-next.json [--as-of <date>] [--force]
      propose each unit's risk weight for the next horizon from its findings (its rate shrunk toward
      its police type's estimate, bounded to a factor of 2 either way), print the reason per unit, and
      write the next plan file (no seed yet; campaigns, directed visits and findings left out).
      Refuses to replace an existing file unless --force. See docs/estimation.md
  fairdraw register <schedule.json> <outcomes.json|.xlsx|.csv> [--as-of <date>] [--office]
                    [--html register.html] [--csv dir/ | prefix] [--bom] [--xlsx register.xlsx]
                    [--title text] [--quiet]
      the rectification register: every recorded problem as open, overdue or closed, with its
      deadline, responsible person and follow-up visit, and every complaint with its feedback to
      both sides; public (safe to post) unless --office: only the periods ended by --as-of (default:
      today), no follow-up still to come; --office covers every visit up to --as-of and names the
      follow-ups to come (do not post it). The outcomes may be a sheet with headers in English or
      Chinese (visit/检查编号, result/结果, ...). --csv writes problems.csv, complaints.csv and
      unrecorded.csv, --xlsx the same tables. See docs/outcomes.md
  fairdraw --help | --version

every command also takes --verbose: an error with many problems then lists them all (else the first 10),
and --lang en|zh-CN: the language of what it writes for people (default: the locale of LC_ALL,
LC_MESSAGES or LANG, zh_CN.* giving zh-CN; else en)

periods are numbered from 1 in every argument (reveal <plan> <schedule> 7 reveals the 7th), in what
the commands print and in the CSV files; only JSON (the schedule, a reveal's "period") counts from 0

exit codes: 0 success, 1 verification failed (a real difference), 2 bad input (the message names the
field) or a version this library does not support (it cannot say either way)

A command writes all its files or none: when one cannot be written, no file is replaced (exit 2). A
replaced file keeps its mode; a symbolic link is written through to its target.
`;
