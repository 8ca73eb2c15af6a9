import type { Catalogue } from '../../catalogue.js';

const q = (value: unknown) => JSON.stringify(value);
const WEEKDAYS = ['', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

export const calendar: Catalogue['errors']['calendar'] = {
  notObject: '必须是对象 {…}',
  weekdaysEmpty: '至少要列出一个 1 到 7 的 ISO 星期数（1 为星期一）',
  notWeekday: (got) => `必须是 1 到 7 的 ISO 星期数（1 为星期一），实际为 ${got}`,
  repeatsWeekday: (weekday) => `星期数 ${weekday} 重复`,
  notDateList: '必须是 ISO 日期的列表',
  outsideHorizon: (date, start, end) => `${q(date)} 不在计划期 ${start}..${end} 之内`,
  repeatsDate: (date, at) => `${q(date)} 重复（${at} 已列出）`,
  notPeriod: (got) =>
    `必须是 "day"（工作日）、"week"（周）、"month"（月）或 "quarter"（季度），实际为 ${got}`,
  startAfterEnd: (endPath, start, end) => `不得晚于 ${endPath}（${start} > ${end}）`,
  tooLong: (start, end, years) => `计划期 ${start}..${end} 超过 ${years} 年；请分段制定计划`,
  alsoHoliday: (date, at) => `${q(date)} 同时被列为节假日（${at}）；同一天不能既是节假日又是调休工作日`,
  alreadyWorkday: (date, weekday, workdaysPath) =>
    `${q(date)} 是${WEEKDAYS[weekday]}，按 ${workdaysPath} 本来就是工作日；只需列出工作日规律以外需要上班的日子`,
  notIsoDate: (date) => `${date} 不是有效的 ISO 日期（应为 yyyy-mm-dd）`,
  notValidDate: (date) => `${date} 不是有效的 ISO 日期`,
  skippedDay: (date, zone) => `${q(date)} 在时区 ${zone} 中不存在（这一天被跳过了）`,
  unknownCalendar: (name) => `未知的官方日历 ${q(name)}`,
  calendarNoData: (name, source, missing, known, root, at) =>
    `日历 ${q(name)}（${source}）没有 ${missing} 年的数据：它只包含 ${known}。请在 ${root}.holidays 和 ${root}.extraWorkdays 中手工列出 ${missing} 年的法定节假日和调休工作日，并删去 ${at}`,
  noYear: '无任何年份',
  addWorkdaysRange: (max, n) => `必须是 0 到 ${max} 之间的整数个工作日，实际为 ${n}`,
  fewWorkdays: (n, days, date) => `${date} 之后的 ${days} 天内不足 ${n} 个工作日`,
  spansTooMany: (from, to, days) => `${from}..${to} 超过 ${days} 天`,
  countNotWhole: (count) => `必须是不小于 0 的整数，实际为 ${count}`,
  noWorkdayForVisits: (count) => `有 ${count} 次检查，却没有可以安排的工作日`,
};
