import type { Catalogue } from '../../catalogue.js';

const q = (value: unknown) => JSON.stringify(value);
const SHEET = {
  units: '单位表',
  inspectors: '督察员表',
  holidays: '节假日表',
  outcomes: '检查结果表',
} as const;
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const DATE_HINT = '（日期请写成 2027-01-04）';

export const sheet: Catalogue['errors']['sheet'] = {
  at: (file, row, column) =>
    column === undefined ? `${file}, 第${row}行` : `${file}, 第${row}行, ${column}列`,
  notNumber: (shown) => `${shown} 不是数字`,
  notWholeNumber: (shown) => `${shown} 不是整数`,
  invalidDate: `无效的日期${DATE_HINT}`,
  notDate: (shown) => `${shown} 不是日期${DATE_HINT}`,
  inItem: (item, problem) => `${q(item)} 中：${problem}`,
  notDateOrRange: (item) => `${q(item)} 既不是日期，也不是日期范围`,
  rangeBackwards: (item) => `${q(item)}：范围的结束日早于开始日`,
  rangeTooLong: (item) => `${q(item)}：一个日期范围最多 366 天`,
  noHeaderRow: (sheet, zh, key, columns) =>
    `找不到表头行：没有一行含有“${zh}”或“${key}”列；${SHEET[sheet]}的第一行应写明各列名称（${columns.join('、')}）`,
  unknownColumn: (sheet, columns, note) =>
    `未知的列；${SHEET[sheet]}的列为 ${columns.join('、')}（另可有 ${note}，不读取）`,
  sameColumn: (header, letter) => `与 ${header}（${letter}列）是同一列`,
  missingColumn: (sheet, column) => `缺少${SHEET[sheet]}必须有的列 ${column}`,
  noHeader: (shown) => `${shown} 所在的列没有表头；请填写该列的表头，或清空该列`,
  empty: (why) => `为空；${why}`,
  needs: {
    unitId: '每个单位都要有编号',
    unitType: '每个单位都要填写警种',
    unitRisk: '每个单位都要有风险权重（0，或 1e-9 到 1e9 之间）',
    inspectorId: '每名督察员都要有编号',
    date: '每一行都要写明日期',
    outcomeVisit: '每一行都要写明所登记的检查编号',
    outcomeResult: '每一行都要写明检查结果',
  },
  outcomes: {
    notResult: (text, results) => `${q(text)} 不是检查结果：请填写 ${results.join('、')}`,
    problemOnlyWithProblems: (problems, result) =>
      `只有结果为 ${problems} 的行才填写问题；本行的结果为 ${result}`,
    categoryMissing: '为空；每个问题都要写明问题类别',
    resultDiffers: (result, row, first, visit) =>
      `为 ${result}，但第${row}行给检查 ${visit} 填的是 ${first}：一次检查只有一个结果`,
    secondRow: (visit, row) =>
      `检查 ${visit} 的第二行（第一行是第${row}行）：只有发现问题的检查才按问题逐行填写`,
    feedbackDiffers: (day, row, given, visit) => `为 ${day}，但第${row}行给检查 ${visit} 填的是 ${given}`,
  },
  idOfRow: (id, what, row) => `${q(id)} 也是第${row}行${what === 'unit' ? '单位' : '督察员'}的编号`,
  endBeforeStart: (to, header, from) => `${to} 早于${header} ${from}`,
  nameShared: (name, file, rows) =>
    `${file} 中有 ${rows.length} 个单位名称为 ${q(name)}（${rows.map((r) => `第${r.row}行的 ${q(r.id)}`).join('、')}）：请填写所指单位的编号`,
  unknownUnit: (unit, file) => `未知的单位 ${q(unit)}：${file} 中没有以此为编号或名称的单位`,
  didYouMean: (guess, id, row) =>
    `；是否应为 ${q(guess)}（${id === undefined ? '' : `编号 ${q(id)}，`}第${row}行）？`,
  unknownType: (file, type) => `${file} 中没有警种为 ${q(type)} 的单位`,
  belowZero: (n) => `${n} 小于 0`,
  notKindOfDay: (text) => `${q(text)} 不是日期类型：请填写 休（节假日）或 班（调休工作日）`,
  listedTwice: (date, row) => `${date} 在第${row}行已经列出`,
  workdayOnWeekday: (date, weekday) =>
    `${date} 是${WEEKDAYS[weekday]}，本来就是工作日：标为 班（调休工作日）的只应是需要上班的周末`,
  flagNotDate: (value) => `${q(value)} 不是 yyyy-mm-dd 格式的日期`,
  startAfterEnd: (start, end) => `${start} 晚于 --end ${end}`,
  periodFlag: (value) =>
    `必须是 day（工作日）、week（周）、month（月）或 quarter（季度），实际为 ${q(value)}`,
  noRows: (sheet, row) => `表头（第${row}行）下面没有列出任何${sheet === 'units' ? '单位' : '督察员'}`,
  notCsv: (detail) => `不是有效的 CSV 文件（${detail}）`,
  notXlsx: (detail) => `无法作为 .xlsx 工作簿读取（${detail}）`,
  xls: '是 Excel 97-2003 工作簿（.xls）：请另存为 Excel 工作簿（.xlsx）或“CSV UTF-8”',
  notSheet: '既不是 .xlsx 工作簿，也不是 .csv 文件（按扩展名判断）',
  utf16: '是 UTF-16 文本（“Unicode 文本”）：请另存为“CSV UTF-8(逗号分隔)”或 .xlsx 工作簿',
  badUtf8: '以 UTF-8 字节顺序标记开头，但不是有效的 UTF-8 文本',
  notText: '既不是 UTF-8 也不是 GB18030 文本：请另存为“CSV UTF-8(逗号分隔)”或 .xlsx 工作簿',
};
