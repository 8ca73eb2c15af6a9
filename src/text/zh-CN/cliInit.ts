import type { Catalogue } from '../catalogue.js';
import { span } from './cliDate.js';

// `fairdraw init` 输出的摘要（`cli` 部分的一部分）。

/** 周期的名称：周、月、季度。 */
const PER: Readonly<Record<string, string>> = { day: '工作日', week: '周', month: '月', quarter: '季度' };
/** 若干个周期：52周、12个月、4个季度。 */
const COUNTED: Readonly<Record<string, string>> = {
  day: '个工作日',
  week: '周',
  month: '个月',
  quarter: '个季度',
};

/** 计划文件的内容、代为选定的默认值，以及下一步。 */
export const cliInit: Catalogue['cli']['init'] = {
  wrote: (out, sources) => `已由 ${sources.join('、')} 写出 ${out}：`,
  horizon: (start, end, zone, n, kind) =>
    `  计划期      ${span(start, end)}（${zone}）：共${n}${COUNTED[kind] ?? '个周期'}`,
  units: (units, types) => `  单位        ${units}个，分属${types}个警种`,
  inspectors: (n, teamSize, byName) =>
    `  督察员      ${n}名，每个检查组${teamSize}人，不检查本单位（team.recusal "homeUnit"）` +
    (byName > 0 ? `；其中${byName}名的所属单位按名称填写，已改写为编号` : ''),
  noInspectors: '  督察员      无（加 --inspectors 可为检查分配督察员）',
  holidays: (holidays, workdays, outside) =>
    `  节假日      节假日${holidays}天，调休工作日${workdays}天` +
    (outside > 0 ? `（计划期外的${outside}个日期未写入）` : ''),
  noHolidays: '  节假日      无（加 --holidays，或在 horizon.holidays 和 horizon.extraWorkdays 中列出）',
  routine: (visits, kind, byDefault) =>
    `  随机抽查    每${PER[kind] ?? '个周期'}${visits}次` +
    (byDefault ? '（默认值：每个单位每年约4次；可修改 routine.visitsPerPeriod，或加 --visits）' : '') +
    '，公平方式 "risk"（按风险权重的比例抽取单位）',
  next: (out) => [
    '计划文件尚无随机种子：种子决定抽取结果，因此要在计划确定之后公开选定。',
    '下一步：',
    `  1. 阅读 ${out}，修改不合适的默认值（见 docs/init.md）`,
    `  2. fairdraw hash ${out}   （输入哈希值，须公布）`,
    '  3. fairdraw commit   （生成须保密的秘密值及其承诺值，承诺值与输入哈希值一同公布）',
    `  4. 公开随机值确定后，在 ${out} 中加入`,
    '       "seed": { "secret": "<秘密值>", "public": "<公开随机值>", "commitment": "<承诺值>" }',
    `  5. fairdraw plan ${out} --out schedule.json`,
  ],
};
