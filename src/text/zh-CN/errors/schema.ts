import type { Catalogue } from '../../catalogue.js';

type Errors = Catalogue['errors'];

const MANY = {
  units: '个单位',
  inspectors: '名督察员',
  campaigns: '项专项督察',
  directed: '次定向督察',
  findings: '个问题',
} as const;

const RISK_HINT = '只有比值有意义：把所有风险权重乘以同一个系数即可调入范围';

export const schema: Errors['schema'] = {
  integer: '必须是整数',
  finite: '必须是有限的数',
  positive: '必须大于 0',
  atLeast: (n) => `不得小于 ${n}`,
  atLeast1OrLeaveOut: '不得小于 1（不设下限时删去此项）',
  atMost: (n) => `不得大于 ${n}`,
  atMostSign: (n) => `不得大于 ${n}`,
  atMostChars: (n) => `不得超过 ${n} 个字符`,
  probability: '必须在 0 到 1 之间',
  notEmpty: '不得为空',
  nonEmptyString: '必须是非空的文本',
  noSpaces: '首尾不得有空格，也不得含控制字符',
  isoDate: '必须是 yyyy-mm-dd 格式的日期（如 2026-03-02）',
  existingDate: '必须是日历上存在的日期',
  dateTime: '必须是带时区偏移的 ISO 日期时间，如 2026-03-01T08:00:00+08:00',
  isoWeekday: '必须是 1 到 7 的 ISO 星期数（1 为星期一）',
  oneWeekday: '至少要列出一个 ISO 星期数（1 为星期一）',
  weekdayRepeated: '星期数不得重复',
  oneUnit: '至少要列出一个单位',
  oneDate: '至少要列出一个日期',
  typesWhenGiven: '填写时至少要列出一个警种',
  regionsWhenGiven: '填写时至少要列出一个辖区',
  unitsWhenGiven: '填写时至少要列出一个单位编号',
  tooMany: (limit, what) => `最多 ${limit} ${MANY[what]}`,
  wholeWorkdays: '必须是整数个工作日',
  wholeDays: '必须是整数个自然日',
  directedReason: '必须写明事由（如 "complaint 2026-117"、"投诉 2026-117"）',
  logReason: '必须写明原因（原因将记入督察日程的日志）',
  activeFromAfterTo: 'from（启用日期）不得晚于 to（停用日期）',
  replanNoChange:
    '必须新增、撤销至少一个单位或调整其风险权重，或新增一项问题（没有变更的重新计划只会重新抽取）',
  commitmentHex: '必须是 64 位小写十六进制数字（SHA-256 种子承诺值）',
  seedMissing:
    '缺少随机种子：计划确定后公开选定随机种子（fairdraw commit，见 docs/audit.md），再写入计划文件',
  riskAtMost: `不得大于 1e9（${RISK_HINT}）`,
  riskAtLeast: (zero, got) => `必须${zero ? '为 0 或' : ''}不小于 1e-9，实际为 ${got}（${RISK_HINT}）`,
  oneOf: (values) => `必须是 ${values.join('、')} 之一`,
  oneOrTwo: '必须是 1 或 2',
  numberInUnit: (got) => `必须是 0 到 1 之间的数，实际为 ${got}`,
  unitIndices: '必须是单位序号的列表',
  stratumLabel: '必须是文本或有限的数',
  stratumLabels: '必须是分层标签（文本或数）的列表',
  confidenceAbove0: '必须是大于 0 的置信水平，如 0.95',
  confidenceBelow1: '必须是小于 1 的置信水平，如 0.95',
};

/** The types zod names, as a planner reads them. */
const TYPE: Readonly<Record<string, string>> = {
  string: '文本',
  number: '数值',
  int: '整数',
  bigint: '整数',
  boolean: 'true 或 false',
  object: '对象 {…}',
  array: '列表 […]',
  null: '空值 null',
  undefined: '空',
  date: '日期',
  nan: 'NaN',
};

const typeName = (type: string) => TYPE[type] ?? type;

export const zod: Errors['zod'] = {
  type: (expected, received) =>
    received === 'undefined'
      ? `缺少此项（应为${typeName(expected)}）`
      : `应为${typeName(expected)}，实际为${typeName(received)}`,
  oneOf: (values, got) =>
    (values.length === 1 ? `必须是 ${values[0]}` : `必须是 ${values.join('、')} 之一`) +
    (got === undefined ? '' : `，实际为 ${got}`),
  tooSmall: (origin, minimum, inclusive) =>
    origin === 'string'
      ? `至少要有 ${minimum} 个字符`
      : origin === 'array' || origin === 'set'
        ? `至少要列出 ${minimum} 项`
        : inclusive
          ? `不得小于 ${minimum}`
          : `必须大于 ${minimum}`,
  tooBig: (origin, maximum, inclusive) =>
    origin === 'string'
      ? `最多 ${maximum} 个字符`
      : origin === 'array' || origin === 'set'
        ? `最多列出 ${maximum} 项`
        : inclusive
          ? `不得大于 ${maximum}`
          : `必须小于 ${maximum}`,
  format: (format, pattern) =>
    pattern ? `格式不正确，应符合 ${pattern}` : `格式不正确（应为 ${format} 格式）`,
  multipleOf: (divisor) => `必须是 ${divisor} 的倍数`,
  union: () => '取值无效：不符合任何一种允许的写法',
  invalid: (message) => `取值无效（${message}）`,
  unknownField: '未知字段：请检查拼写，或删去此字段',
};
