import type { Catalogue } from '../../catalogue.js';

export const sampling: Catalogue['errors']['sampling'] = {
  numberAtLeast0: (got) => `必须是不小于 0 的数，实际为 ${got}`,
  finiteAtLeast0: (got) => `必须是不小于 0 的有限数，实际为 ${got}`,
  integerAtLeast0: (got) => `必须是不小于 0 的整数，实际为 ${got}`,
  periodShort: (period, visits, capped, cappedSum, others, most, each, short) =>
    `周期 ${period} 须安排 ${visits} 次检查；其中 ${capped} 个已达上限的单位占 ${cappedSum}，` +
    `其余 ${others} 个单位最多只能承担 ${most}（每个 ${each}），还差 ${short}`,
  numbersInUnit: '必须是由 0 到 1 之间的数组成的列表',
  designOneOf: (designs, got) => `必须是 ${designs.join('、')} 之一，实际为 ${got}`,
  orderMaxent: '只适用于 pivotal 和 systematic 抽样设计',
  orderLength: (units, got) => `必须把每个单位恰好列出一次（共 ${units} 个），实际列出 ${got} 个`,
  orderIndex: (last, got) => `必须是 0 到 ${last} 之间的单位序号，实际为 ${got}`,
  orderRepeats: (unit) => `单位序号 ${unit} 重复`,
  pivotalTooMany: (most, got) =>
    `固定顺序的 pivotal 联合抽中概率计算量为 O(M^3)，最多支持 ${most} 个非整数单位，实际为 ${got} 个`,
  enumerationTooMany: (design, most, got) =>
    `随机顺序的 ${design} 抽样设计的联合抽中概率没有已知的解析式，只能在非整数单位不超过 ${most} 个时逐一枚举所有顺序精确计算（实际为 ${got} 个）。请传入 { order } 使用固定顺序的设计，或改用 maxent`,
  sumNotInteger: (sum) => `之和必须是整数样本量（容差 1e-9），实际为 ${sum}`,
  fractionalSum: (most, got) => `严格介于 0 与 1 之间的各项之和必须是 1 到 ${most} 之间的整数，实际为 ${got}`,
  notConverged: (residual, evaluations) => `最大熵拟合未收敛（计算 ${evaluations} 次后残差为 ${residual}）`,
  notIntegral: '某个单位或分层的合计在容差内接近整数，却无法调整为恰好的整数',
  cannotAdjust: (n) => `无法在不改变 0 或 1 概率的情况下调整为恰好合计 ${n}`,
  periodsNotArray: '必须是由各周期组成的列表',
  notRng: '必须是随机数生成器 Rng（带 next() 的对象）',
  probabilitiesNotArray: '必须是概率的列表',
  rowLength: (units, got) => `必须像 pi[0] 一样每个单位一项（共 ${units} 项），实际为 ${got} 项`,
  labelsNotArray: '必须是标签的列表',
  labelsLength: (units, got) => `必须每个单位一个标签（共 ${units} 个），实际为 ${got} 个`,
  labelBad: (got) => `必须是文本或有限的数，实际为 ${got}`,
  optionsObject: '必须是对象 { seed, design?, strata?, version? }',
  versionOneOf: (versions, design, got) =>
    `${design} 抽样设计的版本必须是 ${versions.join('、')} 之一，实际为 ${got}`,
  weightsNotArray: '必须是由不小于 0 的有限数组成的列表',
  tooManyDraws: (positive, n) => `不得超过权重为正的单位数（${positive}），实际为 ${n}`,
  weightRatio: (largest, smallest) =>
    `最大的正权重（${largest}）是最小的正权重（${smallest}）的 1e300 倍以上`,
  floorTooHigh: (units, floor, least, n) =>
    `${units} 个权重为正的单位在下限 ${floor} 下至少需要抽取 ${least} 次，但 n = ${n}`,
  ceilingTooLow: (units, ceiling, most, n) =>
    `${units} 个权重为正的单位在上限 ${ceiling} 下最多只能抽取 ${most} 次，但 n = ${n}`,
};
