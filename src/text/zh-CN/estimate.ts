import type { Catalogue } from '../catalogue.js';
import { formatDate } from '../format.js';

const BY_WORDS = { all: '', type: '，按警种分列', region: '，按辖区分列', category: '', campaign: '' };

/** 估计值（`estimate`、`fairdraw estimate`、公平性报告的估计值部分）。 */
export const estimate: Catalogue['estimate'] = {
  estimand: (by, periods, lastDay) => {
    const date = formatDate(lastDay, 'zh-CN');
    if (by === 'campaign')
      return `截至${date}已结束的每项专项督察：其范围内（在范围内且整个时段内在册）的单位中，接受该专项督察检查会发现问题的比例。`;
    const what = by === 'category' ? '会发现该类别问题' : '会发现问题';
    return `估计对象：截至${date}已结束的${periods}个周期内，随机抽查范围内（抽中概率大于0）的每个单位每个周期，若接受随机抽查${what}的比例${BY_WORDS[by]}。`;
  },
  method: (m) =>
    [
      `采用Hájek估计量 Σ(y/π) ÷ Σ(1/π)，对已完成的${m.by === 'campaign' ? '专项督察' : '随机抽查'}按督察日程报告的抽中概率加权。`,
      `标准误：按Deville高熵抽样方差近似公式${m.by === 'campaign' ? '对该专项督察抽样计算' : '逐周期计算后相加'}${m.horizon ? '（计划期统筹抽样时偏保守）' : ''}。`,
      m.collapsed > 0 ? `有${m.collapsed}个周期只有一次检查，计算方差时与下一周期合并。` : '',
      `${Math.round(m.level * 1000) / 10}%置信区间：估计值±${m.z.toFixed(2)}倍标准误，截断至[0, 1]。`,
      '未检查或未录入结果的检查不计入，同一次抽样中已完成检查的权重相应放大（视为抽样内随机缺失）。',
      '定向督察和整改回访不是随机抽取的：只列出，不计入估计。',
      '依据：Hájek 1971；Deville 1993；Tillé《有限总体的抽样与估计》，2020（见docs/estimation.md）。',
    ]
      .filter((s) => s !== '')
      .join(''),
  allUnits: '全部单位',
  noRegion: '（未填辖区）',
  groupColumns: {
    all: '范围',
    type: '警种',
    region: '辖区',
    category: '问题类别',
    campaign: '专项督察',
    visits: '计入的检查',
    withProblems: '发现问题',
    notDone: '未检查',
    unrecorded: '未录入',
    estimate: '估计值',
    standardError: '标准误',
    ci: (level) => `${Math.round(level * 1000) / 10}%置信区间`,
  },
  unitColumns: {
    unit: '单位',
    type: '警种',
    visits: '随机抽查次数',
    withProblems: '发现问题次数',
    problems: '问题数',
    rate: '发现问题比例',
    ci: (level) => `${Math.round(level * 1000) / 10}% Wilson区间`,
    typeEstimate: '警种估计值',
    above: '明显高于警种',
  },
  percent: (x) => (x === null ? '-' : `${(Math.round(x * 1000) / 10).toFixed(1)}%`),
  interval: (ci) =>
    ci === null
      ? '-'
      : `${(Math.round(ci[0] * 1000) / 10).toFixed(1)}%–${(Math.round(ci[1] * 1000) / 10).toFixed(1)}%`,
  yes: '是',
  no: '否',
  heading: (periods, lastDay) => `截至${formatDate(lastDay, 'zh-CN')}已结束${periods}个周期的估计值`,
  uncounted: (kind, visits, withProblems) =>
    `${kind}：完成${visits}次，${withProblems}次发现问题（非随机抽取，不计入估计）`,
  kindName: { routine: '随机抽查', campaign: '专项督察', directed: '定向督察', 'follow-up': '整改回访' },
  flagged: (n) =>
    n === 0
      ? '没有单位的发现问题比例明显高于其警种（每个单位的Wilson区间都覆盖警种估计值）。'
      : `${n}个单位的发现问题比例明显高于其警种（Wilson区间整体高于警种估计值）：`,
  notRanked: '各单位只列出，不按次数排名：风险越高的单位按设计被抽查得越多，发现的问题自然也多。',
  section: {
    title: '随机抽查结果的估计',
    units: '各单位随机抽查发现问题的比例',
    unitsCaption: '各单位的随机抽查次数、发现问题次数、比例及其Wilson区间。',
    groupsCaption: '按警种估计的发现问题的单位周期比例。',
  },
};
