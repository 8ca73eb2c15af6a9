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
      `${Math.round(m.level * 1000) / 10}%置信区间：估计值±${m.level === 0.95 ? '1.96' : 'z'}倍标准误，截断至[0, 1]。`,
      '未检查或未录入结果的检查不计入，同一次抽样中已完成检查的权重相应放大（视为抽样内随机缺失）。',
      '定向督察和整改回访不是随机抽取的：只列出，不计入估计。',
      '依据：Hájek 1971；Deville 1993；Tillé《有限总体的抽样与估计》，2020（见docs/estimation.md）。',
    ]
      .filter((s) => s !== '')
      .join(''),
};
