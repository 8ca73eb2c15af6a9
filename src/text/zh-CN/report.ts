import type { Catalogue } from '../catalogue.js';
import { formatDate } from '../format.js';
import { common } from './common.js';

/** An ISO day as Chinese writes it (`2026年3月2日`); anything else (`-`, empty) as it is. */
const d = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso, 'zh-CN') : iso);

/** The kinds of visit, in the words of a 督察 office. */
const KIND: Record<string, string> = {
  routine: '随机抽查',
  campaign: '专项督察',
  directed: '定向督察',
  'follow-up': '整改回访',
};

const NOT_PROMISED = '（本督察日程的设计未作此承诺）';

/** The fairness report in Chinese. */
export const report: Catalogue['report'] = {
  title: '督察日程公平性报告',
  subtitle: {
    periods: (n) => `${n}个周期`,
    units: (n, types) => `${n}个单位，分属${types}个警种`,
    inspectors: (n) => `${n}名督察员`,
    visits: (n) => `${n}次检查`,
  },
  span: (start, end) => `${start}至${end}`,
  noDates: '无日期',
  ids: (items) => items.join('、'),
  yes: '是',
  no: '否',
  footer: (library, scheduleHash) =>
    `本报告由${library}根据督察日程${scheduleHash}生成，仅依据督察日程计算；同一督察日程始终生成相同的页面。`,

  interim: {
    statement: (c) =>
      c.ended === 0
        ? `阶段报告：全部${c.total}个周期均尚未结束，因此不显示任何检查。`
        : `阶段报告：涵盖第${c.ended === 1 ? '1' : `1至${c.ended}`}个周期（共${c.total}个），截至${d(c.through)}。尚未结束的周期不在本报告之列。`,
    periods: (c) => `已结束${c.ended}个周期（共${c.total}个）`,
    unitsCard: '截至目前检查次数为期望次数向下或向上取整的单位（该承诺针对整个计划期，于计划期结束时核验）',
    unitsLead: '本报告为阶段报告：承诺针对整个计划期，目前检查次数暂时超出范围并不构成违背承诺。',
    unitsLine: '（截至目前；该承诺针对整个计划期，于计划期结束时核验）',
  },

  promise: {
    title: '承诺的含义',
    drawn: (periods) =>
      `在督察日程的${periods}个周期中，每个周期均通过随机抽取确定接受**随机抽查（不预先通知）**的单位。` +
      '抽取之前，每个单位在每个周期被抽中的机会已由公布的计划确定（所有单位相同，或在上下限范围内与单位的风险成正比）。' +
      '下文逐一列出每个单位的**承诺抽中概率**。',
    expected: '将一个单位在各周期的抽中概率相加，即得其**期望检查次数**。',
    rounded:
      '抽取方式保证每个单位实际接受的检查次数等于期望次数**向下或向上取整**：期望12.5次的单位将被检查12次或13次，绝不会是4次或21次。',
    independent:
      '本督察日程逐周期分别抽取：每次抽取均保持承诺的抽中概率，因此平均而言每个单位接受其期望次数的检查，但实际次数与期望次数之差可能超过1次。',
    restated: (from, periods) =>
      `本督察日程曾调整计划：第${from}至${periods}个周期重新抽取，取整承诺仅对这些周期重新作出（即各单位在这些周期内的检查次数与其在这些周期内抽中概率之和相比）；` +
      '此前的检查按原计划抽取，因此全年检查次数不再作出承诺。',
    typeShare: '各警种同样在每个周期获得其期望份额的检查次数（向下或向上取整）。',
    random: (inspectors) =>
      `哪些单位在哪个周期接受检查，始终随机且不预先通知${
        inspectors ? '；督察员亦随机指派，绝不检查本单位，工作量均衡，所检查的警种构成相近' : ''
      }。`,
    other: '专项督察、定向督察（例如核查投诉）和整改回访另有依据确定，单独统计，不属于本承诺范围。',
    check:
      '任何人均可核验抽取过程：依据公布的计划和抽取后公开的随机种子，可以完全重现督察日程。下列指纹（SHA-256哈希值）将本报告与上述文件一一对应。',
  },

  cards: {
    label: '主要数据',
    routine: '已抽取的随机抽查',
    other: '其他检查（专项督察、定向督察、整改回访）',
    units: (promised) => `检查次数为期望次数向下或向上取整的单位${promised ? '' : NOT_PROMISED}`,
    types: (promised) => `检查次数为期望值向下或向上取整的“警种×周期”组合${promised ? '' : NOT_PROMISED}`,
    inspectors: '督察员',
    changes: '已记录的变更（替换督察员、调整计划）',
  },

  manifest: {
    title: '如何核验本督察日程',
    lead:
      '输入哈希值标识公布的计划（单位、风险、督察员、日历）；种子承诺值在抽取前公布，用于锁定随机种子；日程哈希值标识本督察日程本身。' +
      '`fairdraw verify plan.json schedule.json` 命令将重新计算督察日程，并逐一比对每次检查。',
    library: '程序库',
    algorithm: '算法',
    rng: '随机数生成器',
    inputHash: '输入哈希值',
    seedCommitment: '种子承诺值',
    scheduleHash: '日程哈希值',
  },

  types: {
    title: '各警种：期望与实际检查次数',
    chartTitle: '各警种随机抽查的期望次数与实际次数',
    chartDescription:
      '每个警种的条形表示计划期内随机抽查的期望次数（该警种各单位抽中概率之和），圆点表示该警种各单位实际接受的随机抽查次数。',
    tooltip: (type, units, expected, realised, other) =>
      `${type}（${units}个单位）：期望${expected}次，实际${realised}次${other > 0 ? `，另有其他检查${other}次` : ''}`,
    lead: '条形：计划期内随机抽查的期望次数。圆点：实际接受的随机抽查次数。空心方块：另外的非随机检查。',
    caption: '计划期内各警种的随机抽查次数。“取整周期数”：检查次数等于期望值向下或向上取整的周期数。',
    type: '警种',
    units: '单位数',
    probability: '每周期承诺抽中概率',
    expected: '期望次数',
    realised: '实际次数',
    deviation: '偏差',
    periodsRounded: '取整周期数',
    other: '其他检查',
  },

  units: {
    title: '各单位：期望与实际检查次数',
    chartTitle: '各单位随机抽查的期望次数与实际次数',
    chartDescription:
      '每个单位的彩色条形表示其随机抽查的期望次数，灰色区间为该次数向下取整至向上取整的范围（即承诺），圆点为其实际接受的随机抽查次数。',
    tooltip: (id, name, type, expected, realised, other, range) =>
      `${common.named(id, name)}，${type}：随机抽查期望${expected}次，实际${realised}次` +
      `${other > 0 ? `，另有其他检查${other}次` : ''}；每周期承诺抽中概率${range}`,
    sparkline: (id, range) => `${id}的承诺抽中概率：每周期${range}`,
    caption: (fromPeriod, capped, campaigns) =>
      '每个单位每周期的承诺抽中概率（各周期的范围及折线）、随机抽查的期望次数与实际次数' +
      (fromPeriod > 0
        ? `；“取整”比较的是第${fromPeriod}个周期起（即调整计划后重新抽取的部分）的随机抽查次数与其期望值`
        : '') +
      (capped ? '；“封顶”：单位检查次数上限降低了其抽中概率' : '') +
      '。其他检查按类别单独统计' +
      (campaigns.length > 0
        ? `；“专项督察抽中概率”：该单位被专项督察抽中的概率${campaigns.length > 1 ? '（按专项督察分列）' : `（${campaigns[0]!}）`}`
        : '') +
      '。',
    lead: (promised) =>
      `条形：随机抽查期望次数。灰色区间：期望次数向下取整至向上取整${promised ? '，即承诺的范围' : ''}。“取整”：实际次数在该范围之内。圆点：实际接受的随机抽查次数。`,
    capped: '封顶',
    kindCount: (kind, n) => `${KIND[kind] ?? kind}${n}次`,
    unit: '单位',
    type: '警种',
    probability: '每周期承诺抽中概率',
    activePeriods: '启用周期数',
    expected: '期望次数',
    realised: '实际次数',
    deviation: '偏差',
    rounded: '取整',
    other: '其他检查',
    campaignChance: '专项督察抽中概率',
  },

  other: {
    title: '专项督察、定向督察与发现问题',
    lead: '以下检查另有依据确定，不经随机抽取，单独统计，不计入随机抽查的承诺。',
    campaignsCaption: '专项督察：在督察期间内对范围内单位另行随机抽取；不属于随机抽查的承诺。',
    campaign: '专项督察',
    from: '起始日期',
    to: '结束日期',
    drawn: '抽取次数',
    listed: '列入次数',
    inScope: '范围内单位数',
    fairness: '公平方式',
    design: '抽样设计',
    fairnessValue: { equal: '等概率', risk: '按风险权重' },
    directedCaption: '定向督察（例如核查投诉）：由计划确定，不经抽取。',
    unit: '单位',
    date: '日期',
    reason: '事由',
    visit: '检查',
    noVisit: (note) => `无：${note}`,
    findingsCaption: '发现的问题及整改回访：于整改期限后的第一个工作日回访；无法安排回访的，注明原因。',
    found: '发现日期',
    deadline: '整改期限',
    followUp: '回访日期',
    scheduled: '是否安排',
    scheduledYes: (visit) => `是，${visit}`,
    scheduledNo: (note) => `否：${note}`,
  },

  notes: {
    afterEnd: (followUp, end) => `回访日期${d(followUp)}晚于计划期结束日${d(end)}`,
    beforeStart: (followUp, start) => `回访日期${d(followUp)}早于计划期开始日${d(start)}`,
    notActive: (unit, date) => `单位“${unit}”在${d(date)}未启用`,
    closedVisit: (from) => `该单位自${d(from)}起经调整计划撤销，此次检查不再进行`,
    closedFollowUp: (from) => `该单位自${d(from)}起经调整计划撤销，整改回访不再进行`,
    restatedHorizon: (index, from) =>
      `自${d(from)}起，第${index + 1}个周期及以后按调整后的名单重新抽取；在这些周期内，各单位的随机抽查次数为其抽中概率之和向下或向上取整，` +
      `每个周期的总数准确，各警种在每个周期的次数为其期望值向下或向上取整。整个计划期的次数不再重新承诺：${d(from)}之前的检查按原名单抽取。`,
    restatedIndependent: (index, from) =>
      `自${d(from)}起，第${index + 1}个周期及以后按调整后的名单逐周期重新抽取；每个周期的总数准确。`,
    capFull: (unit, kept, cap, from, expected) =>
      `${unit}已有${kept}次检查，达到${cap}次的上限（limits.maxVisitsPerUnit）：自${d(from)}起其随机抽查抽中概率为0，而不是仅按名单计算的${expected}次期望检查`,
    capRoom: (unit, kept, cap, from, room) =>
      `${unit}已有${kept}次检查计入${cap}次的上限：自${d(from)}起其随机抽查抽中概率按上限剩余的${room}次等比例缩减`,
    kind: { restated: '重新承诺', cap: '次数上限' },
  },

  limits: {
    title: '次数限制与调整计划',
    lead: '调整计划后，督察日程对其承诺所作的说明：',
    note: (from, unit) => `（自${d(from)}起${unit ? `，${unit}` : ''}）：`,
    conflictsCaption: '同一单位两次检查的间隔小于最小间隔（limits.minGapDays）且日期无法避开的情形。',
    unit: '单位',
    first: '第一次检查',
    second: '第二次检查',
    days: '间隔天数',
    rule: '规则',
  },

  calendar: {
    title: '检查日历',
    lead: (span, days, busiest) =>
      `每日各类检查次数，${span}：共${days}天有检查，单日最多${busiest}次。鼠标悬停在某一天上可查看当天次数。`,
  },

  inspectors: {
    title: '督察员：工作量与警种构成',
    lead: '督察员随机指派，绝不检查本单位，工作量均衡，所检查的警种构成相近，宽严尺度得以相互抵消。',
    caption: '每名督察员参加的各类检查次数，按被检查单位的警种分列。',
    inspector: '督察员',
    visits: '检查次数',
    routine: '随机抽查',
    other: '其他检查',
  },

  kinds: {
    title: '按类别统计的检查',
    caption: '督察日程中各类检查的次数。',
    kind: '类别',
    visits: '检查次数',
    random: '是否属于随机抽查承诺',
    names: {
      routine: '随机抽查',
      campaign: '专项督察',
      directed: '定向督察（例如核查投诉）',
      'follow-up': '整改回访（核查整改情况）',
    },
    periodsCaption: '每个周期抽取的随机抽查次数（预算）与列入次数，以及其他检查次数。',
    periodsSummary: (n) => `各周期检查次数（共${n}个周期）`,
    period: '周期',
    from: '起始日期',
    to: '结束日期',
    budget: '随机抽查预算',
    listed: '随机抽查列入',
    other: '其他检查',
  },

  charts: {
    expectedRealised: '期望 / 实际',
    weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
    monthFormat: 'L月',
    monthYearFormat: 'yyyy年L月',
    dayFormat: 'yyyy年M月d日 cccc',
    noVisit: '无检查',
    dayTooltip: (day, what) => `${day}：${what}`,
    dayVisits: (count, routine, other) =>
      `${count}次检查${other > 0 ? `（随机抽查${routine}次，其他${other}次）` : ''}`,
    visitsPerDay: '每日检查次数',
    heatTitle: '每日检查次数',
    heatDescription: (days, first, last, max) =>
      `${d(first)}至${d(last)}共${days}天的日历：每列为一周，每行为星期中的一天；颜色越深，当天检查越多（单日最多${max}次）。`,
    loadTooltip: (inspector, n, type) => `${inspector}：检查${type}${n}次`,
    mean: (mean) => `平均${mean}`,
    loadTitle: '各督察员按警种分列的工作量',
    loadDescription: (mean) =>
      `每名督察员参加的检查次数（各类检查），按被检查单位的警种分段；虚线为平均工作量${mean}次。`,
  },

  csv: {
    units: [
      '编号',
      '名称',
      '警种',
      '期望次数',
      '实际次数',
      '偏差',
      '在承诺范围内',
      '其他检查',
      '最小抽中概率',
      '最大抽中概率',
      '启用周期数',
    ],
    pi: (index) => `第${index + 1}期抽中概率`,
    unitsAfter: ['封顶', '承诺期望次数', '承诺实际次数'],
    kindVisits: (kind) => `${KIND[kind] ?? kind}次数`,
    campaignPi: (id) => `专项督察抽中概率_${id}`,
    types: [
      '警种',
      '单位数',
      '期望次数',
      '实际次数',
      '偏差',
      '超出取整范围的周期数',
      '其他检查',
      '最小抽中概率',
      '最大抽中概率',
    ],
    expectedIn: (index) => `第${index + 1}期期望次数`,
    realisedIn: (index) => `第${index + 1}期实际次数`,
    inspectors: ['编号', '检查次数', '随机抽查', '其他检查'],
    yes: '是',
    no: '否',
  },
};
