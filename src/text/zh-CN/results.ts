import type { Catalogue } from '../catalogue.js';
import { formatDate } from '../format.js';

/** The results notice of one period (督察结果公示) in Chinese. */
export const results: Catalogue['results'] = {
  title: (k, total) => `第${k}期督察结果公示（共${total}期）`,
  subtitle: (first, last, visits, units) =>
    `${first === last ? first : `${first}至${last}`} · ${visits}次检查 · ${units}个单位`,
  noVisits: '本周期无检查',
  verified: '核验通过',
  verifiedText: (k, scheduleHash) =>
    `以下正是第${k}期封存于督察日程中的全部检查，该督察日程的哈希值已在本周期开始前公布（${scheduleHash}）：公开的盐值和证明均指向该哈希值。督察日程封存后，本清单未作任何改动。`,
  notVerified: '核验未通过',
  differentText: (scheduleHash) =>
    `本清单与本周期开始前公布的日程哈希值（${scheduleHash}）不符：揭示文件已被改动，或属于另一督察日程。请勿采信，并向督察部门索取其公布的揭示文件。`,
  unsupportedText: (scheduleHash) =>
    `本清单无法依据公布的日程哈希值（${scheduleHash}）核验：揭示文件采用的封存格式本版本fairdraw尚不支持。采信之前，请使用支持该格式的版本核验。`,
  differencesLead: '核验发现的不符之处：',
  expected: '应为',
  found: '实为',
  nothing: '（无）',
  visitsTitle: '本周期检查',
  visitsLead:
    '本周期的全部各类检查，按日期排列：被检查单位及参加检查的督察员。随机抽查系随机抽取、不预先通知；专项督察、定向督察和整改回访另有依据确定。',
  visitsCaption: (visits, k) => `第${k}期的${visits}次检查，按日期排列。`,
  noVisit: '本周期未进行检查。',
  visitColumns: ['日期', '星期', '单位', '检查类别', '督察员', '检查编号'],
  kinds: {
    routine: '随机抽查',
    campaign: '专项督察',
    directed: '定向督察',
    'follow-up': '整改回访',
  },
  kindCampaign: (kind, campaign) => `${kind} ${campaign}`,
  kindReason: (kind, reason) => `${kind}：${reason}`,
  ids: (items) => items.join('、'),
  noInspector: '未列明',
  checkTitle: '如何核验本清单',
  checkSteps: [
    '本周期开始前，督察部门公布了日程哈希值：一个SHA-256指纹，封存了每个周期的检查，每个周期各有其秘密盐值，因此无法从中读出任何一次检查。',
    '本周期结束后，督察部门公布本周期的揭示文件：本周期的检查、本周期的盐值，以及将其与日程哈希值相关联的证明（默克尔审计路径），且不打开任何其他周期。',
  ],
  checkCommand: {
    before: '任何人均可重新核验：',
    command: 'fairdraw verify-period reveal.json <日程哈希值>',
    after: '只有当这些检查、该盐值和该证明指向公布的哈希值时，才会显示“verified”（核验通过）。',
  },
  checkRows: {
    period: '周期',
    periodValue: (k, total) => `第${k}期（共${total}期；揭示文件中的编号为${k - 1}，从0开始计数）`,
    seal: '封存格式',
    hash: '公布的日程哈希值',
    verdict: '核验结果',
  },
  footer:
    '本页面由fairdraw仅依据本周期的揭示文件和公布的日程哈希值生成；同一揭示文件和哈希值始终生成相同的页面。',
  outcomeColumns: ['检查结果', '抽中概率'],
  outcome: {
    compliant: '合格',
    problems: '发现问题',
    'not-done': '未检查',
    unrecorded: '尚未录入',
  },
  problem: (category, deadline) =>
    deadline === undefined ? category : `${category}（整改期限：${formatDate(deadline, 'zh-CN')}）`,
  problems: (result, problems) => `${result}：${problems.join('；')}`,
  outcomesLead:
    '每次检查的结果列于其后：合格、发现问题（按问题类别列出，并注明各问题的整改期限）或未检查。问题的责任人和整改完成情况见整改台账。',
  estimateTitle: '本周期随机抽查结果的估计',
  estimand: (k) =>
    `估计对象：第${k}期随机抽查范围内（本周期抽中概率大于0）的单位中，若接受随机抽查会发现问题的单位所占比例，按全部单位和按警种分列。`,
  estimateAll: (label, value) => `${label}：${value}`,
  estimateAllCi: (ci, interval) => `（${ci}：${interval}）`,
  estimateCaption: (k) => `第${k}期发现问题的单位比例估计值，按警种分列。`,
  method: (m) =>
    [
      '采用Hájek估计量 Σ(y/π) ÷ Σ(1/π)，对本周期已完成的随机抽查按督察日程报告的抽中概率加权。',
      '标准误：按Deville高熵抽样方差近似公式对本周期的抽样计算；抽样使各警种的检查次数接近其期望值时，该方差偏保守（见docs/estimation.md）。',
      m.collapsed > 0 ? '本周期只完成了一次抽中概率小于1的检查：仅凭本周期无法估计标准误。' : '',
      `${Math.round(m.level * 1000) / 10}%置信区间：估计值±${m.z.toFixed(2)}倍标准误，截断至[0, 1]。`,
      '未检查或未录入结果的检查不计入，已完成检查的权重相应放大（视为抽样内随机缺失）。',
      '专项督察、定向督察和整改回访不计入：专项督察的抽样可能跨越多个周期，定向督察和整改回访不是随机抽取的。',
      '依据：Hájek 1971；Deville 1993；Tillé《有限总体的抽样与估计》，2020（见docs/estimation.md）。',
    ]
      .filter((s) => s !== '')
      .join(''),
  uncounted: (kind, visits, withProblems) =>
    `${kind}：完成${visits}次，${withProblems}次发现问题（已在上文列出，不计入估计）`,
  noEstimate: '无法估计：本揭示文件中有随机抽查缺少抽中概率或警种（见页首核验结果）。',
  unsealed:
    '各次检查的结果、抽中概率和各单位的警种是本周期结束后附在揭示文件中的，不在封存范围内。同一核验（fairdraw verify-period）会确认它们与封存的检查相符；抽中概率和警种可在年度结束后对照督察部门公布的汇总揭示文件（其中的单位部分）核对；检查结果是督察部门的记录。',
};
