import type { Catalogue } from '../catalogue.js';
import { formatDate } from '../format.js';

const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
const times = (x: number) => `×${Math.round(x * 100) / 100}`;

/** 下一年度的风险权重（`proposeRisk`、`fairdraw next-year`）。 */
export const nextYear: Catalogue['nextYear'] = {
  rule: (bound) =>
    `各单位随机抽查发现问题的比例向其警种估计值收缩（经验贝叶斯：同一警种各单位之间的差异超出偶然越多，单位自身的检查结果所占分量越大），风险权重乘以收缩后比例与警种估计值之比，增减均不超过${bound}倍。未被随机抽查的单位，或所属警种未发现问题的单位，风险权重不变。`,
  reason: (f) => {
    const found = `${f.visits}次随机抽查中${f.withProblems}次发现问题`;
    if (f.risk === 0) return '风险权重为0（按风险抽取时不会被抽中）：保持为0';
    if (f.typeEstimate === null) return `${f.type}警种没有完成的随机抽查：风险权重${f.risk}不变`;
    if (f.typeEstimate === 0) return `${f.type}警种的随机抽查均未发现问题：风险权重${f.risk}不变`;
    if (f.visits === 0)
      return `未被随机抽查：沿用${f.type}警种估计值${pct(f.typeEstimate)}，风险权重${f.risk}不变`;
    if (!Number.isFinite(f.m))
      return `${found}；${f.type}警种各单位之间的差异未超出偶然，按警种估计值${pct(f.typeEstimate)}计：风险权重${f.risk}不变`;
    const factor = f.raw !== f.factor ? `${times(f.raw)}，限定为${times(f.factor)}` : times(f.factor);
    return `${found}（${pct(f.withProblems / f.visits)}）；${f.type}警种估计值${pct(f.typeEstimate)}；收缩后比例${pct(f.shrunk!)}（先验权重${Math.round(f.m * 10) / 10}次）：风险权重${f.risk} → ${f.proposed}（${factor}）`;
  },
  unitLine: (named, reason) => `  ${named}：${reason}`,
  heading: (units, periods, lastDay) =>
    `根据截至${formatDate(lastDay, 'zh-CN')}已结束${periods}个周期的随机抽查结果，为${units}个单位提出的风险权重：`,
  wrote: (out, start, end) =>
    `已写入${out}：${formatDate(start, 'zh-CN')}至${formatDate(end, 'zh-CN')}的计划文件`,
  closed: (ids) => `未列入（新计划期开始前已撤销）：${ids.join('、')}`,
  leftOut: (campaigns, directed, findings) =>
    `未列入（属于上一计划期）：专项督察${campaigns}项、定向督察${directed}次、整改问题${findings}个（请补充新年度的安排）`,
  holidays:
    '原计划文件自行列出了节假日：请在horizon.holidays和horizon.extraWorkdays中列出新计划期的节假日和调休工作日（或设置horizon.calendar）。',
  next: (out) => [
    '计划文件还没有随机种子：随机种子决定抽取结果，须在计划确定后公开选定。',
    '下一步：',
    `  1. 阅读${out}，修改不再适用的内容（督察员、随机抽查次数、专项督察）`,
    `  2. fairdraw hash ${out}   （输入哈希值，予以公示）`,
    '  3. fairdraw commit   （生成须保管的密钥及其种子承诺值，与输入哈希值一并公示）',
    `  4. 公开随机值确定后，在${out}中加入 "seed": { "secret": ..., "public": ..., "commitment": ... }`,
    `  5. fairdraw plan ${out} --out schedule.json`,
  ],
};
