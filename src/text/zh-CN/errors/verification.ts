import type { Catalogue } from '../../catalogue.js';
import { LOG_KIND } from './schedule.js';

const STEP: Readonly<Record<string, string>> = {
  seed: '随机种子',
  routine: '随机抽查',
  dates: '日期安排',
  inspectors: '督察员分派',
  cap: '检查次数上限',
  seal: '封存',
  campaigns: '专项督察',
  directed: '定向督察',
  findings: '整改回访',
  replan: '重新计划',
};
const step = (name: string) => (STEP[name] ? `${STEP[name]}（${name}）` : name);
/** A kind of visit drawn at random, or of change in the log. */
const KIND: Readonly<Record<string, string>> = { routine: '随机抽查', campaign: '专项督察', ...LOG_KIND };

export const verification: Catalogue['errors']['verification'] = {
  inputHash: '输入不是抽取该督察日程时所用的计划（其规范哈希值不同），因此未再比对其他内容',
  seedCommitment: '输入的随机种子不是督察日程所承诺的那个',
  publicWithPlainSeed: '督察日程记录了公开值，但输入只给出普通随机种子',
  publicValue: '输入的公开值不是抽取该督察日程时所用的值；抽取必须逐字使用公开宣布的值',
  withdrawnVersion: (name, id, current) =>
    `不支持的版本：督察日程写明的${step(name)}算法为 ${id}，是本程序已不再实现的早期版本（本程序现以 ${current} 抽取此计划），无法判断督察日程是否正确`,
  unknownLogKind: (kind, kinds) =>
    `不支持的变更记录类型 ${kind}：本程序只能重放 ${kinds.join('、')}，因此无法核验这一条及其后的记录`,
  logEntryNotReplayed: (index, kind, why) =>
    `第 ${index + 1} 条变更记录（${KIND[kind] ?? kind}）无法重放：${why}`,
  unknownVersion: (what, found, known) =>
    `不支持的版本：督察日程写明的${what === 'library' ? '程序库' : what === 'rng' ? '随机数发生器' : `${step(what)}算法`}为 ${found}，本程序未实现（本程序实现的是 ${known.join('、')}），无法判断督察日程是否正确`,
  noVersions: '不支持的版本：督察日程没有记录任何算法版本',
  noSealFormat:
    '不支持的版本：督察日程没有记录封存格式（它用的是 fairdraw/seal/v1 之前的整份日程哈希），本程序不核验这种日程',
  unknownStepVersion: (name, version, current) =>
    `不支持的版本：督察日程写明的${step(name)}算法为 ${version}，本程序未实现${current ? `（本程序实现的是 ${current}）` : ''}，无法判断督察日程是否正确`,
  ownSeal: '督察日程与其自身的封存不符',
  unknownScheduleField: '督察日程中没有这个字段',
  invalidScheduleField: (why) => `不是有效的督察日程字段：${why}`,
  unknownSealFormat: (seal) => `揭示文件使用的封存格式为 ${seal}，本程序未实现，无法判断揭示文件是否正确`,
  unknownRevealField: '揭示文件中没有这个字段：证明不覆盖它，因此不能作为已核验的内容公布',
  visitOfAnotherPeriod: '揭示的检查必须属于所揭示的周期',
  proofShape: '证明的长度或各步方向与叶序号和叶数不符',
  revealHash: '揭示的数据、盐值、证明和叶数算不出公布的日程哈希值：揭示文件被改动过，或属于另一份督察日程',
  recordOfUnknownVisit: '记录了本揭示文件中没有的检查',
  secondRecord: '同一检查的第二条记录',
  problemsWithResult: '只有结果为“发现问题”时才列出问题，且此时必须列出',
  probabilityOfOtherVisit: '给出了一个不属于本揭示文件随机抽查或专项督察的检查的抽中概率',
  probabilityNeeded: (kind, visit) =>
    `${KIND[kind] ?? kind}检查 ${visit} 是随机抽取的：据此估计需要它的抽中概率`,
  typeOfOtherUnit: '给出了本揭示文件中没有检查的单位的警种',
  recordsUnsealed: '检查发现的情况是督察部门自己的记录：它写于督察日程封存之后，没有封存覆盖它',
  probabilitiesUnsealed:
    '每个值是该单位本周期随机抽查的抽中概率（或其在专项督察中的抽中概率），计划期结束后公布的汇总揭示文件（revealSummary）在封存下载有它们：summary.units（各单位的概率组在 summary.profiles）',
  typesUnsealed: '每个值是该单位的警种，汇总揭示文件在封存下的 summary.units 载有它',
  expected: {
    versions: '各步骤的算法版本，每步一个',
    scheduleValue: '督察日程格式允许的值',
    replayable: (kind) => `可以重放的${KIND[kind] ?? kind}记录`,
    secret: (commitment) => `能打开种子承诺值 ${commitment} 且熵不少于 128 位的秘密值`,
    auditPath: (leaf, leaves) => `${leaves} 片叶中第 ${leaf} 片叶的审计路径`,
    visitOfReveal: '本揭示文件中的一次检查',
    oneRecord: '每次检查一条记录',
    atLeastOneProblem: '至少一个问题',
    dayFrom: (date) => `检查当天（${date}）或其后的日期`,
    probability: '(0, 1] 之间的抽中概率',
    policeType: '该单位的警种',
  },
};
