import type { Catalogue } from '../../catalogue.js';

const q = (value: unknown) => JSON.stringify(value);
const KIND: Readonly<Record<string, string>> = {
  routine: '随机抽查',
  campaign: '专项督察',
  directed: '定向督察',
  'follow-up': '整改回访',
};

export const outcomes: Catalogue['errors']['outcomes'] = {
  notOutcomesValue: (kind) =>
    `不是检查结果文件（应为含 schedule 和 records 的 JSON 对象），实际为${kind === 'array' ? '列表' : ` ${kind}`}`,
  scheduleNotOutcomes: '是督察日程，不是检查结果文件：请提供记录各次检查结果的文件（见 docs/outcomes.md）',
  planNotOutcomes: '是计划文件，不是检查结果文件：请提供记录各次检查结果的文件（见 docs/outcomes.md）',
  notOutcomesFields: '不是检查结果文件（应为含 schedule 和 records 的对象，见 docs/outcomes.md）',
  unknownHash: (hash, current, versions, earlier) => {
    const unrecorded = versions - earlier;
    return (
      `${hash} 不是本督察日程的日程哈希值（${current}）` +
      (versions === 0
        ? '，本督察日程也没有更早的版本'
        : `，也不是其日志记录的 ${earlier} 个更早版本中任何一个的日程哈希值` +
          (unrecorded > 0 ? `（有 ${unrecorded} 条日志写于日志开始记录变更前的日程哈希值之前）` : '')) +
      '：这些检查结果是针对另一份督察日程登记的'
    );
  },
  unknownVisit: (visit, hint) => `未知的检查编号 ${q(visit)}：督察日程中没有这次检查${hint}`,
  secondRecord: (visit, first) => `检查 ${visit} 的第二条记录（第一条是 ${first}）：每次检查只登记一条记录`,
  renumbered: (visit, date, entry, from, current) =>
    `${visit} 的日期为 ${date}，但在这些检查结果所针对的督察日程之后，log[${entry}] 的重新计划自 ${from} 起对检查重新编号：该编号现在可能指另一次检查；请针对当前督察日程（${current}）登记`,
  beforeVisit: (date, visit, visitDate) => `${date} 早于检查 ${visit} 本身的日期（${visitDate}）`,
  problemsMissing: '结果为 "problems"（发现问题）的检查至少要列出一个问题',
  problemsWithoutProblems: (result) =>
    `只有结果为 "problems"（发现问题）的检查才列出问题；本次检查的结果为 ${q(result)}`,
  closedWithoutProblems: (result) => `只有发现的问题才有整改完成日期；本次检查的结果为 ${q(result)}`,
  feedbackNotDirected: (visit, kind) =>
    `只有定向督察（投诉）才有向投诉人和被检查单位的反馈；${visit} 是${KIND[kind] ?? ` ${kind} `}`,
  problemClosedAfter: (closed, recordClosed) =>
    `${closed} 晚于该记录的整改完成日期 ${recordClosed}（即本次检查所有问题整改完成之日）`,
  fromNotDate: (got) => `必须是 yyyy-mm-dd 格式的日期，实际为 ${got}`,
  notYetHeld: (visit, date, from) =>
    `${visit} 的日期为 ${date}，不早于重新计划的起始日 ${from}：重新计划将重新抽取自该日起的检查，这些检查都尚未进行`,
  otherPlan: (hash) => `与计划输入不符（输入给出的是 ${hash}）：该督察日程是由另一份计划抽取的`,
  audience: (got) => `必须是 "public"（公开）或 "office"（内部），实际为 ${got}`,
  noUnit: (unit) => `指向督察日程中不存在的单位：${unit}`,
  probability: (kind, unit, pi) =>
    `是单位 ${unit} 的一次${KIND[kind] ?? ` ${kind} `}，但其在所属抽取中的抽中概率为${pi === undefined ? '空缺' : ` ${pi}`}`,
  notExistingDate: (got) => `必须是 yyyy-mm-dd 格式的存在的日期，实际为 ${got}`,
  startAfterEnd: (start, end) => `不得晚于结束日期 end（${start} > ${end}）`,
};
