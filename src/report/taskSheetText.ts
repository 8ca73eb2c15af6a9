import { text } from '../text/catalogue.js';
import { formatDate } from '../text/format.js';
import type { Lang } from '../text/lang.js';
import type { TaskSheets, TaskSheetVisit } from './TaskSheetTypes.js';

// The phrases of the task sheets that depend on a visit or on the sheets (the page, the CLI's text and
// table, and the ICS file all use them, so the four never disagree). The words are the catalogue's
// section `tasks` (src/text/en/tasks.ts, src/text/zh-CN/tasks.ts).

/** `Thursday 2026-03-05`, `2026年3月5日 星期四`: the day of the sheets as people read it. */
export function sheetDay(sheets: Pick<TaskSheets, 'date'>, lang: Lang = 'en'): string {
  return text(lang).tasks.day(sheets.date);
}

/** The kind of a visit as a sheet names it (`campaign spring-crackdown`, `专项督察（spring-crackdown）`). */
export function kindText(visit: TaskSheetVisit, lang: Lang = 'en'): string {
  const t = text(lang).tasks;
  const kind = t.kinds[visit.kind] ?? visit.kind;
  return visit.campaign === undefined ? kind : t.kindOfCampaign(kind, visit.campaign);
}

/** Why the visit is made: drawn at random, the campaign, the directed visit's reason, the finding. */
export function whyText(visit: TaskSheetVisit, lang: Lang = 'en'): string {
  const { why } = text(lang).tasks;
  if (visit.finding)
    return why.followUp(formatDate(visit.finding.date, lang), formatDate(visit.finding.deadline, lang));
  if (visit.kind === 'routine') return why.routine;
  if (visit.kind === 'campaign') return why.campaign(visit.campaign ?? '');
  if (visit.kind === 'directed') return why.directed(visit.reason ?? '');
  return visit.reason ?? why.other(text(lang).tasks.kinds[visit.kind] ?? visit.kind);
}

/**
 * An inspector as the sheets name them: `陈静 (insp-03)` when the schedule gives the name
 * (`sheets.inspectorNames`), else the id.
 */
export function inspectorText(
  id: string,
  lang: Lang = 'en',
  names: Readonly<Record<string, string>> = {},
): string {
  return text(lang).common.named(id, Object.hasOwn(names, id) ? names[id] : undefined);
}

/** The unit of a visit: `Chengguan police station (ps-chengguan)` with its name, else `ps-chengguan`. */
export function unitText(visit: TaskSheetVisit, lang: Lang = 'en'): string {
  return text(lang).common.named(visit.unit, visit.unitName);
}

/** The teammates of a visit as a sheet lists them: `insp-02, insp-07`, or `none (alone)`. */
export function teammatesText(
  visit: TaskSheetVisit,
  lang: Lang = 'en',
  names: Readonly<Record<string, string>> = {},
): string {
  const t = text(lang).tasks;
  if (visit.teammates.length === 0) return t.alone;
  return t.teammates(visit.teammates.map((id) => inspectorText(id, lang, names)));
}
