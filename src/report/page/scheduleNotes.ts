import { type Catalogue, text } from '../../text/catalogue.js';
import type { Lang } from '../../text/lang.js';

// A schedule stores its notes in English, as plan and replan write them (a finding's follow-up that
// cannot be made, a directed visit of a closed unit, what a replan restates). The page says each known
// form again in its own language; a note of another form (a hand-edited schedule) is shown as it is.

type Notes = Catalogue['report']['notes'];

/** What a note says, as a phrase of the catalogue, once its form is recognised. */
type Say = (T: Notes) => string;

const DAY = '(\\d{4}-\\d{2}-\\d{2})';

function unitId(quoted: string): string | undefined {
  try {
    const id: unknown = JSON.parse(quoted);
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The known forms: each reads a note's values, or gives nothing when the note is not of its form. */
const FORMS: readonly ((note: string) => Say | undefined)[] = [
  (note) => {
    const m = new RegExp(`^the follow-up ${DAY} falls after the horizon end ${DAY}$`).exec(note);
    return m ? (T) => T.afterEnd(m[1]!, m[2]!) : undefined;
  },
  (note) => {
    const m = new RegExp(`^the follow-up ${DAY} falls before the horizon start ${DAY}$`).exec(note);
    return m ? (T) => T.beforeStart(m[1]!, m[2]!) : undefined;
  },
  (note) => {
    const m = new RegExp(`^unit (".*") is not active on ${DAY}$`).exec(note);
    const unit = m ? unitId(m[1]!) : undefined;
    return m && unit !== undefined ? (T) => T.notActive(unit, m[2]!) : undefined;
  },
  (note) => {
    const m = new RegExp(
      `^the unit was closed from ${DAY} by a replan; the (visit|follow-up) is not made$`,
    ).exec(note);
    if (!m) return undefined;
    return m[2] === 'visit' ? (T) => T.closedVisit(m[1]!) : (T) => T.closedFollowUp(m[1]!);
  },
  (note) => {
    const m = new RegExp(`^periods (\\d+)\\.\\. were redrawn from ${DAY} with the changed frame(,|;)`).exec(
      note,
    );
    if (!m) return undefined;
    const index = Number(m[1]);
    return m[3] === ',' ? (T) => T.restatedIndependent(index, m[2]!) : (T) => T.restatedHorizon(index, m[2]!);
  },
  (note) => {
    const m = new RegExp(
      `^(.+) already has (\\d+) of its (\\d+) visits \\(limits\\.maxVisitsPerUnit\\): its routine probabilities from ${DAY} on are 0, not the ([0-9.]+) expected`,
    ).exec(note);
    return m ? (T) => T.capFull(m[1]!, Number(m[2]), Number(m[3]), m[4]!, m[5]!) : undefined;
  },
  (note) => {
    const m = new RegExp(
      `^(.+) has (\\d+) visits that count toward its cap of (\\d+): its routine probabilities from ${DAY} on are scaled to sum to ([0-9.]+),`,
    ).exec(note);
    return m ? (T) => T.capRoom(m[1]!, Number(m[2]), Number(m[3]), m[4]!, m[5]!) : undefined;
  },
];

/**
 * A note of the schedule in the page's language: a known form said again with the catalogue's
 * phrase (only when the English phrase gives back exactly the stored note), anything else as it is.
 *
 * @param note - the note as the schedule stores it.
 * @param lang - the page's language.
 */
export function noteText(note: string, lang: Lang): string {
  const english = text('en').report.notes;
  for (const form of FORMS) {
    const say = form(note);
    if (say && say(english) === note) return say(text(lang).report.notes);
  }
  return note;
}
