import type { Catalogue } from '../../catalogue.js';

const q = (value: unknown) => JSON.stringify(value);
const active = (from: string | undefined, to: string | undefined) => `启用期 ${from ?? '…'}..${to ?? '…'}`;

export const plan: Catalogue['errors']['plan'] = {
  notWellFormed: '不是规范的文本（含有半个 UTF-16 代理对）；请重新输入或删去这个异常字符',
  notPlain: (kind) =>
    `必须是纯 JSON 数据（JSON 对象、列表、文本、数、true/false 或 null），实际为${kind ? ` ${kind} 对象` : '非纯 JSON 对象'}`,
  protoField: '不能用作字段名（JavaScript 会不声不响地丢弃它）；请改名',
  invalidValue: '取值无效',
  duplicateId: (what, id, field, earlier) =>
    `${what === 'unit' ? '单位' : '督察员'}编号 ${q(id)} 重复（${field}[${earlier}] 已使用此编号）`,
  startAfterEnd: (start, end) => `开始日期不得晚于结束日期 horizon.end（${start} > ${end}）`,
  unknownUnit: (id) => `没有编号为 ${q(id)} 的单位`,
  didYouMeanName: (id, name) => `；是否应为 ${q(id)}（其名称为${name}）？`,
  didYouMean: (id) => `；是否应为 ${q(id)}？`,
  riskZero: (min) =>
    `风险权重为 0，与 fairness "risk" 下的 routine.bounds.min = ${min} 相矛盾（风险权重为 0 的单位永远不会被抽中）`,
  outsideHorizon: (date, start, end) => `${date} 不在计划期 ${start}..${end} 之内`,
  duplicateCampaign: (id, earlier) => `专项督察编号 ${q(id)} 重复（campaigns[${earlier}] 已使用此编号）`,
  noUnitOfType: (type) => `没有警种为 ${q(type)} 的单位`,
  noUnitInRegion: (region) => `没有辖区为 ${q(region)} 的单位`,
  notActiveOn: (id, date, from, to) => `单位 ${q(id)} 在 ${date} 未启用（${active(from, to)}）`,
  notActiveIn: (id, start, end, from, to) =>
    `单位 ${q(id)} 在时间窗 ${start}..${end} 内均未启用（${active(from, to)}）`,
  findingAfterEnd: (date, end) => `${date} 晚于计划期结束日 ${end}`,
  raiseRiskNotAbove: (raise, risk, id) => `必须高于该单位现有的风险权重（${raise} <= ${q(id)} 的 ${risk}）`,
  boundsOrder: (min, max) => `不得大于 bounds.max（${min} > ${max}）`,
  fromAfterTo: (from, to) => `不得晚于 to（${from} > ${to}）`,
  dateAndWindow: '日期 date 与时间窗 from/to 只能填写其一',
  dateOrWindow: '请填写日期 date，或时间窗 from/to',
  windowBoth: '时间窗必须同时填写 from 和 to',
  oneBudget: 'visitsPerPeriod 与 visitsPerWorkday 必须填写且只能填写一项',
  deadlineMissing:
    '缺少整改期限：请用 deadlineWorkdays（工作日数）、deadlineDays（自然日数）或 deadline（日期）之一填写',
  deadlineTwice: (first) =>
    `deadlineWorkdays、deadlineDays 和 deadline 只能填写一项（此问题已填写 ${first}）`,
  deadlineBeforeFinding: (deadline, date) => `整改期限 ${deadline} 早于发现问题的日期 ${date}`,
  unknownZone: (zone) => `未知的 IANA 时区 ${zone}`,
  zoneSpelling: (spelled) => `必须按 IANA 的写法书写（输入哈希值按原文计算）：是否应为 ${q(spelled)}？`,
  zoneCapitals: (zone, spelled) =>
    `必须按 IANA 名称的大小写书写（每一段以大写字母开头，如 "Asia/Shanghai"）；本运行环境把 ${q(zone)} 当作 ${q(spelled)}`,
  asOfRequired: (why) => `必须填写：据以判断哪些周期已结束的日期（yyyy-mm-dd）；${why}`,
  asOfWhyRegister: '整改台账只包含截至该日已结束的周期，各项状态以该日为准',
  asOfWhyEstimate: '估计只计入截至该日已结束的周期',
  asOfWhyReport: '报告只包含截至该日已结束的周期（填写计划期的最后一天即得完整报告）',
  asOfWhyReveal: '周期结束后才能公布该周期，计划期结束后才能公布汇总',
  asOfNotDate: (got) => `必须是以 yyyy-mm-dd 书写的存在的日期，实际为 ${got}`,
  forceNotBoolean: (got) => `必须是 true 或 false，实际为 ${got}`,
};
