/*! The holiday data of chinese-days (https://github.com/vsme/chinese-days), bundled into this build:
 *
 * MIT License
 *
 * Copyright (c) 2024 Yawei sun
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in all
 * copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 * SOFTWARE.
 */
import { holidays, workdays } from 'chinese-days/dist/chinese-days.json';
import { version } from 'chinese-days/package.json';

// The official calendars a plan may name in `horizon.calendar`, read from the data packages that keep
// them. Only this file imports a package's data; `expandHorizon` turns it into explicit lists.
//
// `chinese-days` is a devDependency bundled into the build (tsup bundles what is not a dependency):
// only its two data maps and its version are kept (esbuild drops the rest of the JSON), so the data a
// release draws with is the data of the version its manifests name, in Node (ESM and CommonJS) and in
// the verify page alike. Its data file is read, not its date functions, which compute with the local
// time zone of the machine.

/** The names `horizon.calendar` accepts: `CN`, China's public holidays and adjusted working days. */
export type OfficialCalendarName = 'CN';

/** An official calendar: its public holidays and adjusted working days, and where they come from. */
export interface OfficialCalendar {
  /** The name a plan gives it in `horizon.calendar`. */
  name: OfficialCalendarName;
  /** The npm package that keeps the data, e.g. `chinese-days`. */
  package: string;
  /** Its version, as installed, e.g. `1.5.7`. */
  version: string;
  /** The years the package has data for, ascending: a year outside them is not known. */
  years: readonly number[];
  /** Every public holiday (ISO date), ascending, weekend days of a holiday block included. */
  holidays: readonly string[];
  /** Every adjusted working day (a weekend day worked, 调休上班), ascending. */
  extraWorkdays: readonly string[];
}

/**
 * The data file of `chinese-days` (`dist/chinese-days.json`): three maps from ISO date to
 * `"English name,中文名,days"`. `holidays` are the days off (weekend days inside a holiday block
 * included), `workdays` the weekend days worked, `inLieuDays` the days off that are made up for (a
 * subset of `holidays`, not needed here).
 */
export interface ChineseDaysData {
  holidays: Readonly<Record<string, string>>;
  workdays: Readonly<Record<string, string>>;
}

/**
 * Reads the data of `chinese-days` as an {@link OfficialCalendar}: the dates of its `holidays` and
 * `workdays` maps, sorted, and the years its holidays cover (every year has New Year's Day).
 *
 * @param data - the package's `dist/chinese-days.json`.
 * @param version - the package's version.
 */
export function readChineseDays(data: ChineseDaysData, version: string): OfficialCalendar {
  const holidays = Object.keys(data.holidays).sort();
  const extraWorkdays = Object.keys(data.workdays).sort();
  const years = [...new Set(holidays.map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
  return { name: 'CN', package: 'chinese-days', version, years, holidays, extraWorkdays };
}

let cn: OfficialCalendar | undefined;

/**
 * The official calendar named `name`, from the package installed with this library (`chinese-days` for
 * `CN`), read once.
 */
export function officialCalendar(name: OfficialCalendarName): OfficialCalendar {
  if (name !== 'CN') throw new TypeError(`unknown official calendar ${JSON.stringify(name)}`);
  cn ??= readChineseDays({ holidays, workdays }, version);
  return cn;
}
