import type { Catalogue } from '../catalogue.js';
import { formatDate } from '../format.js';
import { common } from './common.js';

/** An ISO day as Chinese writes it: `2026年3月2日`. */
const d = (iso: string) => formatDate(iso, 'zh-CN');

const NOT_PROMISED_CAMPAIGN = '专项督察：在督察期间内对范围内单位另行随机抽取；不属于随机抽查的承诺。';

/** The start-of-year notice (年度督察计划公示) in Chinese. */
export const notice: Catalogue['notice'] = {
  title: '年度督察计划公示',
  weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  day: (iso) => formatDate(iso, 'zh-CN', { weekday: true }),
  span: (start, end) => `${start}至${end}`,
  ids: (items) => items.join('、'),
  subtitle: {
    periods: (n, kind) => `共${common.periods(n, kind)}`,
    units: (n, types) => `${n}个单位，分属${types}个警种`,
    inspectors: (n) => `${n}名督察员`,
    routine: (n) => `拟抽取随机抽查${n}次`,
  },

  about: {
    title: '公示说明',
    drawn:
      '本计划的督察检查已通过随机方式抽取。本公示列明抽取所依据的全部内容：各周期可被抽中的单位及其抽中概率、抽取规则、' +
      '可参加检查的督察员，以及锁定计划、随机种子和督察日程的指纹。',
    secret:
      '本公示不列出任何一次检查。哪些单位在哪一天由谁检查，在各周期结束前一律不予公布；每个周期结束后，督察部门公布该周期的检查，' +
      '任何人均可依据下文的日程哈希值进行核验。本公示中的日期均来自计划本身：计划期、各周期的起止日期、节假日和调休工作日、' +
      '专项督察期间，以及单位启用或停用的日期。',
    promiseHorizon:
      '整个计划期的随机抽查一并抽取，每个单位接受的检查次数为其期望次数向下或向上取整：期望12.5次的单位将被检查12次或13次。',
    promiseHorizonTypes: '各警种同样在每个周期获得其期望份额的检查次数（向下或向上取整）。',
    promiseIndependent:
      '每个周期分别抽取：每个单位在每个周期的抽中概率与承诺完全一致，因此平均而言接受其期望次数的检查，但实际次数与期望次数之差可能超过1次。',
  },

  anchors: {
    title: '指纹',
    lead:
      '输入哈希值标识计划文件（单位、风险、督察员、日历、规则；不含随机种子）。种子承诺值在抽取前公布，在不泄露随机种子的前提下将其锁定。' +
      '日程哈希值逐周期封存抽取所得的督察日程：它不透露日程的任何内容，此后任何一次检查如有改动，日程哈希值即随之改变。',
    library: '程序库',
    algorithm: '算法',
    rng: '随机数生成器',
    inputHash: '输入哈希值',
    seedCommitment: '种子承诺值',
    seedPublic: '公开值（公开抽取的随机数）',
    scheduleHash: '日程哈希值',
  },

  rules: {
    title: '抽取规则',
    caption: '抽取所依据的计划文件设置。',
    rule: '规则',
    value: '设置',
    horizon: '计划期',
    zone: '时区',
    period: '周期',
    periodValue: (kind, n) => `按${common.period[kind]}划分（共${common.periods(n, kind)}）`,
    workdays: '工作日',
    holidays: '节假日（不安排检查）',
    extraWorkdays: '调休工作日（工作周以外的上班日）',
    none: '无',
    budget: '随机抽查',
    perPeriod: (n, kind, prorated) =>
      `每${common.period[kind]}${n}次${prorated ? '（不完整的周期按工作日数折算）' : ''}`,
    perWorkday: (n) => `每个工作日${n}次`,
    total: (n) => `计划期内共${n}次随机抽查（各周期预算见下文）`,
    fairness: '公平方式',
    fairnessRisk: '抽中概率与各单位的风险权重成正比',
    fairnessEqual: '所有启用单位抽中概率相同',
    bounds: '单位每周期抽中概率的上下限',
    boundsRange: (min, max) => `${min}至${max}`,
    noBounds: '无',
    balance: '均衡',
    balanceType: '按警种均衡：各警种获得其期望份额的检查',
    balanceNone: '无',
    coordination: '统筹方式',
    coordinationHorizon: '整个计划期统一抽取（全年次数向下或向上取整）',
    coordinationIndependent: '各周期分别抽取',
    design: '抽样设计',
    designUnused: (design) => `${design}（计划期统一抽取时不使用）`,
    routineAlgorithm: '随机抽查算法',
    cap: '单位检查次数',
    capValue: (n) => `计划期内同一单位最多检查${n}次（各类检查合计）`,
    gap: '同一单位两次检查的间隔',
    gapValue: (n) => `至少${n}个自然日，安排日期时予以遵守`,
    noLimit: '不限',
    directed: '定向督察',
    directedValue: (n) =>
      n === 0 ? '无' : `${n}次，由计划文件确定（例如核查投诉）；不经抽取，不占用随机抽查预算`,
    findings: '待整改回访的问题',
    findingsValue: (n) => (n === 0 ? '无' : `${n}个；每个问题于整改期限后的第一个工作日回访；不经抽取`),
    periodsSummary: (n) => `各周期的起止日期和随机抽查预算（共${n}个周期）`,
    periodsCaption: '计划期的各个周期（从1开始编号），及其工作日数和随机抽查预算。',
    periodNumber: '周期',
    from: '起始日期',
    to: '结束日期',
    periodWorkdays: '工作日数',
    periodBudget: '随机抽查预算',
    campaignsTitle: '专项督察',
    campaignsCaption: NOT_PROMISED_CAMPAIGN,
    campaign: '专项督察',
    scope: '范围',
    scopeAll: '全部单位',
    scopeTypes: (ids) => `警种：${ids}`,
    scopeRegions: (ids) => `辖区：${ids}`,
    scopeUnits: (ids) => `单位：${ids}`,
    scopeJoin: (parts) => parts.join('；'),
    visits: '检查次数',
    inFrame: '范围内单位数',
    windowWorkdays: '工作日数',
    campaignBounds: '上下限',
    fairnessValue: { equal: '等概率', risk: '按风险权重' },
  },

  frame: {
    title: '抽样框：各单位及其抽中概率',
    lead: '每个单位在每个周期接受随机抽查的概率，已在抽取前由计划确定。各周期概率之和即为该单位随机抽查的期望次数。',
    typesCaption: '各警种：单位数、每周期抽中概率的范围及随机抽查的期望次数。',
    type: '警种',
    units: '单位数',
    chance: '每周期抽中概率',
    expected: '随机抽查期望次数',
    unitsCaption: (capped, campaigns) =>
      '计划中的每个单位：每周期接受随机抽查的概率（一个数值；如在单位启用的各周期之间有变化，则为范围）及随机抽查的期望次数' +
      (capped ? '；“封顶”：单位检查次数上限降低了其抽中概率' : '') +
      (campaigns.length === 0
        ? '。'
        : `；“专项督察抽中概率”：该单位被专项督察抽中的概率${campaigns.length > 1 ? '（按专项督察分列）' : `（${campaigns[0]}）`}。`),
    unit: '单位',
    region: '辖区',
    active: '启用时间',
    activeSpan: (from, to) =>
      from === undefined && to === undefined
        ? '整个计划期'
        : from === undefined
          ? `至${d(to!)}`
          : to === undefined
            ? `${d(from)}起`
            : `${d(from)}至${d(to)}`,
    activePeriods: '启用周期数',
    campaignChance: '专项督察抽中概率',
    capped: '封顶',
  },

  pool: {
    title: '督察员与回避',
    team: (size, pool) => `每次检查由${size}名督察员进行，从下列${pool}名督察员中随机抽取，工作量均衡。`,
    emptyPool: '计划未列出督察员：抽取不为检查指派督察员。',
    homeUnit: '督察员一律不检查本单位。',
    conflicts: '也不检查列为利益冲突的单位。',
    region: '也不检查本单位所在辖区的单位。',
    types: '列明可检查警种的督察员，只检查这些警种的单位。',
    caption: '督察员名单。',
    inspector: '督察员',
    name: '姓名',
    home: '所属单位',
    homeRegion: '所属辖区',
    recusedFrom: '另需回避的单位',
    onlyTypes: '可检查警种',
    allTypes: '全部警种',
  },

  verify: {
    title: '如何核验',
    lead: '任何人均可使用 fairdraw 命令逐步核验抽取过程：',
    keep: '保存本公示，或记下其中的三个指纹。输入哈希值和种子承诺值必须与督察部门在公开抽取随机数之前公布的一致。',
    eachPeriod:
      '每个周期结束后，督察部门以揭示文件（reveal）公布该周期的检查（文件中，本公示的第N个周期记为 "period": N − 1）。' +
      '依据本公示的日程哈希值进行核验，结果必须为 "verified"（核验通过）：',
    changes:
      '如督察部门替换督察员或调整计划，日程哈希值随之改变：督察部门将公布新的日程哈希值及原因，此后的揭示文件依据新值核验。' +
      '督察日程的日志记录每一项变更。',
    yearEnd:
      '计划期结束时，督察部门公布已公开随机种子（或秘密值）的计划文件以及督察日程。核对该计划文件正是本公示所标识的文件（命令将输出上文的输入哈希值）：',
    verifyAll:
      '然后依据计划和随机种子重新推导整个督察日程：该命令核对随机种子与种子承诺值及封存是否相符，重放每一项已记录的变更，结果必须为 "verified"（核验通过）：',
    compare:
      '将最终公平性报告（fairdraw report schedule.json --html report.html）中的承诺抽中概率与本公示逐个单位进行比对。',
  },

  footer: (library, inputHash) =>
    `本公示由${library}根据输入哈希值为${inputHash}的计划文件生成，仅依据计划文件和督察日程的指纹计算：不列出任何一次检查，同一计划始终生成相同的页面。`,

  csv: {
    frame: [
      '编号',
      '名称',
      '警种',
      '辖区',
      '启用日期',
      '停用日期',
      '封顶',
      '最小抽中概率',
      '最大抽中概率',
      '启用周期数',
      '期望次数',
    ],
    pi: (index, kind) => `${common.periodNumbered(kind, index + 1)}抽中概率`,
    campaignPi: (id) => `专项督察抽中概率_${id}`,
    rules: ['字段', '值'],
    yes: '是',
    no: '否',
  },
};
