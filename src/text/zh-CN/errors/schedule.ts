import type { Catalogue } from '../../catalogue.js';

const q = (value: unknown) => JSON.stringify(value);
const period = (index: number, start: string, end: string) => `周期 ${index}（${start}..${end}）`;
/** The kinds of change a schedule's log records, in Chinese. */
export const LOG_KIND: Readonly<Record<string, string>> = { replan: '重新计划', substitution: '替换' };

export const schedule: Catalogue['errors']['schedule'] = {
  notScheduleValue: (kind) =>
    `不是 fairdraw 督察日程（应为 JSON 对象），实际为${kind === 'array' ? '列表' : ` ${kind}`}`,
  planNotSchedule:
    '是计划文件，不是督察日程：请提供 `fairdraw plan --out` 写出的督察日程（含 manifest、periods、units 和 visits）',
  revealNotSchedule: '是某一周期的公布内容，不是督察日程：请提供 `fairdraw plan --out` 写出的完整督察日程',
  notScheduleFields:
    '不是 fairdraw 督察日程（应为含 manifest、periods、units、types、inspectors、visits 和 log 的对象）',
  notScheduleObject: '不是 fairdraw 督察日程（应为 JSON 对象）',
  notArray: '必须是列表',
  unitWithoutProbabilities:
    '缺少：没有 `profiles` 的督察日程须在 `probabilities` 中列出每个单位各周期的抽中概率',
  profileWithoutProfiles:
    '指向一个概率组，但督察日程没有 `profiles`：请给出 `profiles`，或列出该单位的 `probabilities`',
  probabilitiesBesideProfiles: '应当删去：有 `profiles` 的督察日程只用 `profile` 给出每个单位的抽中概率',
  profileIndex: (count) => `必须是督察日程 ${count} 个概率组之一的序号`,
  atLeastOnePeriod: '至少要有一个周期',
  visitPeriod: (periods, got) => `必须是督察日程 ${periods} 个周期之一的序号，实际为 ${got}`,
  sealsWith: (got, seals) => `为 ${got}；本程序只用 ${seals.join(' 或 ')} 封存`,
  opensSeals: (got, seals) => `为 ${got}；本程序只能打开 ${seals.join('、')} 格式的封存`,
  namesShape: '必须是含 units 与 inspectors 的对象',
  replanRaiseRisk:
    '重新计划不通过问题提高风险权重（它将从问题所在周期的下一周期起生效，而那可能在重新计划保留的过去之中）：请在 changes.risk 中给出新的权重，自 `from` 起生效',
  namesMember: '不是 names 的成员',
  namesMap: '必须是按编号列出名称（文本）的对象',
  anchorMismatch: (which, expected) =>
    `${which === 'inputHash' ? '与计划输入不符' : which === 'seedCommitment' ? '与输入的随机种子不符' : '与输入的公开值不符'}` +
    `（输入给出的是 ${expected}）：该督察日程是由另一份计划或另一个随机种子抽取的，未作任何改动`,
  sealBroken: (hash, head) =>
    `为 ${hash}，但按本输入的随机种子，该督察日程封存后的日程哈希值为 ${head}：督察日程在封存后被改动过，未作任何改动`,
  noUnitInScope: (campaign, from, to) =>
    `专项督察 ${q(campaign)} 范围内没有在整个时间窗 ${from}..${to} 内都启用的单位`,
  windowNoWorkday: (from, to) => `时间窗 ${from}..${to} 内没有工作日`,
  campaignTooFew: (campaign, visits, positive, from, to, risk) =>
    `专项督察 ${q(campaign)} 需要检查 ${visits} 个单位，但其范围内在 ${from}..${to} 期间启用${risk ? '且风险权重为正' : ''}的单位只有 ${positive} 个`,
  campaignFailed: (campaign, why) => `专项督察 ${q(campaign)}：${why}`,
  periodNoWorkday: (index, start, end, visits) =>
    `${period(index, start, end)}须安排 ${visits} 次检查，却没有工作日`,
  periodTooFew: (index, start, end, visits, positive, risk) =>
    `${period(index, start, end)}须安排 ${visits} 次随机抽查，但启用${risk ? '且风险权重为正' : ''}的单位只有 ${positive} 个`,
  periodFailed: (index, start, end, why) => `${period(index, start, end)}：${why}`,
  capNeedsHorizon:
    '要求 routine.coordination 为 "horizon"：各周期独立抽取时，一个单位可能在每个周期都被抽中，无法保证低于周期数的上限',
  capBelowFixed: (cap, fixed, unit) => `为 ${cap}，低于单位 ${unit} 不属于随机抽查的 ${fixed} 次检查`,
  capRoom: (cap, room, budget) =>
    `上限 ${cap} 使抽样框内的单位最多只能有 ${room} 次随机抽查，但随机抽查的总数为 ${budget}`,
  capLeaves: (cap, where, why) =>
    `上限 ${cap} 使${typeof where === 'string' ? ` ${where} ` : period(where.index, where.start, where.end)}无法按比例上限规则安排其检查数：${why.replace(/^周期 \d+ /, '')}`,
  routineAlgorithm: (recorded, draws) =>
    `该督察日程的随机抽查是用 ${recorded ?? '（未记录的算法）'} 抽取的，本程序无法为此计划按该算法抽取（本程序使用 ${draws}）`,
  notWorkday: (date) => `${date} 不是日历上的工作日（按工作日规律、节假日和调休工作日）`,
  windowNoActiveDay: (from, to, unit) => `时间窗 ${from}..${to} 内没有单位 ${q(unit)} 处于启用状态的工作日`,
  periodsCount: (periods, horizon) => `有 ${periods} 个周期，而计划的计划期有 ${horizon} 个`,
  notPeriodStart: (from, index, start, end, next) =>
    `必须是某个周期的第一天：${from} 在周期 ${index}（${start}..${end}）之内；请从 ${start}${next ? ` 或 ${next}` : ''} 起重新计划`,
  beforeLastChange: (from, kind, day) =>
    `${from} 早于督察日程最近一次变更（${day} 的${LOG_KIND[kind] ?? kind}）：重新计划不得重新抽取此前变更已保留的内容；请从 ${day} 当天或之后的某个周期开始日起重新计划`,
  duplicateUnit: (id) => `单位编号 ${q(id)} 重复`,
  riskZero: (min) => `风险权重为 0，与 fairness "risk" 下的 routine.bounds.min = ${min} 相矛盾`,
  closesTwice: (id) => `第二次撤销 ${q(id)}；每个单位只列一次`,
  addedAndClosed: (id) => `${q(id)} 在同一次重新计划中新增；请从 add 或 close 中删去它`,
  alreadyClosed: (id, to, from) => `${q(id)} 在 ${from} 之前已经撤销（启用至 ${to}）`,
  closedAndReweighted: (id) =>
    `${q(id)} 在同一次重新计划中撤销，新的风险权重永远不会生效；请从 risk 或 close 中删去它`,
  beforeLastSubstitution: (today, day) =>
    `${today} 早于督察日程最近一次替换（${day}）：替换须按时间顺序进行并记入日志`,
  dateBeforeSubstitution: (date, today, at) =>
    `${date} 早于本次替换当天 ${today}（change.at ${at}）：已经进行的检查不能更换督察员`,
  revealNotObject: '必须是由 revealPeriod 或 revealSummary 生成的对象',
  leavesBad: '必须是不小于 2 的整数（周期数 + 1）',
  periodOrSummary: (last, got) => `必须是 "summary" 或 0 到 ${last} 之间的周期序号，实际为 ${got}`,
  periodIndex: (last, got) => `必须是 0 到 ${last} 之间的周期序号，实际为 ${got}`,
  proofBad: '必须是文本的列表',
  summaryNotEnded: (last, asOf) =>
    `汇总包含整个计划期的统计，计划期到 ${last} 才结束，晚于 ${asOf}：计划期结束后才能公布`,
  periodNotEnded: (index, start, end, asOf) =>
    `截至 ${asOf}，周期序号 ${index}（${start} 至 ${end}）尚未结束：现在公布，就会提前泄露尚未进行、不预先通知的检查`,
  revealEarly: (why) =>
    `${why}。请在其结束后再公布（options.asOf、--as-of），或传入 force: true（--force）强制公布`,
};
