import type { Catalogue } from '../catalogue.js';

/** The large fairness report in Chinese. */
export const reportScale: Catalogue['reportScale'] = {
  units: {
    lead: (units, limit) =>
      `本督察日程共有${units}个单位，超过本页逐一列出的上限（${limit}个）。本页改为展示各单位偏差和承诺抽中概率的分布、偏离期望次数最多的单位，以及封顶单位和超出承诺范围的单位。`,
    fullTable:
      '逐个单位的完整表格（含每个周期的承诺抽中概率）见 `fairdraw report` 以 `--csv`（文件 `units.csv`）或 `--xlsx`（工作表 `units`）输出的 `units` 表。',
    deviationTitle: '各单位随机抽查实际次数减期望次数的分布',
    deviationDescription: (units, min, max) =>
      `每个条形表示实际次数减期望次数落在该区间内的单位数：共${units}个单位，最小${min}，最大${max}。虚线标出0。`,
    deviationAxis: '每个单位的随机抽查实际次数减期望次数',
    deviationTooltip: (from, to, n) => `${from}至${to}：${n}个单位`,
    probabilityTitle: '各单位各周期承诺抽中概率的分布',
    probabilityDescription: (pairs, zero) =>
      `每个条形表示承诺抽中概率落在该区间内的“单位×周期”个数：抽中概率为正的共${pairs}个${zero > 0 ? `；另有${zero}个抽中概率为0（该单位在该周期未启用），未计入` : ''}。`,
    probabilityAxis: '单位在一个周期内被随机抽查的承诺抽中概率',
    probabilityTooltip: (from, to, n) => `${from}至${to}：${n}个“单位×周期”`,
    above: (n) => `实际次数高于期望次数最多的${n}个单位，按偏差从大到小排列。`,
    below: (n) => `实际次数低于期望次数最多的${n}个单位，按偏差从小到大排列。`,
    capped: (n) => `因单位检查次数上限而降低抽中概率的单位（${n}个）`,
    cappedCaption: '封顶单位：单位检查次数上限（`limits.maxVisitsPerUnit`）降低了其抽中概率。',
    outside: (n) => `超出承诺范围的单位（${n}个）`,
    outsideCaption: '随机抽查实际次数既不是期望次数向下取整、也不是向上取整的单位。',
    more: (n) => `另有${n}个未在此列出，见完整表格。`,
  },
  inspectors: {
    lead: (inspectors, limit, extremes) =>
      `共有${inspectors}名督察员，超过本页逐一列出的上限（${limit}名）。图中展示其工作量的分布，表中列出检查次数最多和最少的各${extremes}名。`,
    fullTable:
      '逐名督察员的完整表格（含各警种的检查次数）见 `fairdraw report` 以 `--csv`（文件 `inspectors.csv`）或 `--xlsx`（工作表 `inspectors`）输出的 `inspectors` 表。',
    title: '督察员工作量的分布',
    description: (inspectors, min, max, mean) =>
      `每个条形表示各类检查总次数落在该区间内的督察员人数：共${inspectors}名，最少${min}次，最多${max}次，平均${mean}次。`,
    axis: '每名督察员的检查次数',
    tooltip: (range, n) => `${range}次：${n}名督察员`,
    busiest: (n) => `检查次数最多的${n}名督察员，按次数从多到少排列。`,
    quietest: (n) => `检查次数最少的${n}名督察员，按次数从少到多排列。`,
  },
  moreInSchedule: (n, key) => `另有${n}条未在此列出，督察日程文件中列有全部（\`${key}\`）。`,
  unitRates: (units, above) =>
    `各单位的问题发现率（共${units}个单位）见 \`fairdraw estimate --csv\` 输出的 \`units\` 表；下表仅列出明显高于本警种的${above}个单位。`,
  moreNames: (n) => `另有${n}个。`,
};
