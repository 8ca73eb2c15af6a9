import type { Catalogue } from '../catalogue.js';
import { day, span } from './cliDate.js';

// `fairdraw report` 以文字输出的公平性报告（`cli` 部分的一部分）。

/** 公平性报告的各行；编号原样输出，日期按中文书写。 */
export const cliReport: Catalogue['cli']['report'] = {
  head: (h) =>
    `公平性报告：${span(h.start || '-', h.end || '-')}，${h.periods}个周期，` +
    `${h.units}个单位，${h.types}个警种，${h.inspectors}名督察员`,
  visits: (total, kinds) => `检查：${total}次（${kinds || '无'}）；只有随机抽查属于承诺范围`,
  library: (library, algorithm) => `程序库 ${library}，算法 ${algorithm}`,
  promises: (routine, unitCounts, typeCounts) =>
    `随机抽查算法 ${routine || '（未记录）'}：承诺抽中概率` +
    `${unitCounts ? '，整个计划期内各单位的检查次数为期望值向下或向上取整' : ''}` +
    `${typeCounts ? '，每个周期各警种的检查次数为期望值向下或向上取整' : ''}`,
  kept: (k) =>
    `${k.units}个单位中有${k.unitsWithin}个的检查次数为期望值向下或向上取整` +
    `${k.from !== undefined ? `（自第${k.from}个周期起，由重新抽取重新确定）` : ''}` +
    `${k.soFar ? '（截至目前；该承诺针对整个计划期，在计划期结束时核验）' : k.unitCounts ? '' : '（未作承诺）'}；` +
    `${k.typePeriods}个（警种，周期）检查次数中有${k.typePeriodsWithin}个为向下或向上取整` +
    `${k.typeCounts ? '' : '（未作承诺）'}`,
  typeColumns: {
    type: '警种',
    units: '单位',
    pi: '各周期抽中概率',
    expected: '期望次数',
    realised: '实际次数',
    deviation: '偏差',
    rounded: '取整的周期',
    other: '其他',
  },
  unitColumns: {
    unit: '单位',
    type: '警种',
    pi: '各周期抽中概率',
    expected: '期望次数',
    realised: '实际次数',
    deviation: '偏差',
    rounded: '取整',
    other: '其他',
    detail: '其他类型的检查、专项督察抽中概率',
  },
  within: { yes: '是', notYet: '暂未', no: '未兑现' },
  capped: '受上限限制',
  campaigns: '专项督察：',
  campaign: (c) =>
    `  ${c.id} ${span(c.from, c.to)}：列出${c.visits}次检查（抽取${c.planned}次），` +
    `范围内${c.scope}个单位，${c.fairness}，${c.design}`,
  directed: '定向督察：',
  directedVisit: (date, unit, reason, visit, note) =>
    `  ${day(date)} ${unit}：${reason} → ${visit !== undefined ? visit : `未安排（${note}）`}`,
  findings: '问题（发现日期、整改期限、回访日期）：',
  finding: (f) =>
    `  ${f.unit} ${day(f.date)}，整改期限${day(f.deadline)}，回访${day(f.followUp)}：` +
    `${f.visit !== undefined ? `已安排 ${f.visit}` : `未安排（${f.note}）`}`,
  conflicts: (n) => `间隔冲突（${n}对）：`,
  conflict: (unit, first, second, days, rule) =>
    `  ${unit} ${day(first)}与${day(second)}：相隔${days}天（${rule}）`,
  notes: '说明：',
  note: (kind, from, unit, message) => `  ${kind}，自${day(from)}起${unit ? `（${unit}）` : ''}：${message}`,
  loads: '督察员工作量（检查次数：随机抽查 + 其他；按警种）：',
  load: (who, routine, other, mix) => `${who}（${routine} + ${other}）：${mix}`,
  calendar: (visitDays, days, busiest) => `日历：${days}天中有${visitDays}天安排了检查，单日最多${busiest}次`,
  extremes: (shown, all, what) =>
    `  （共 ${all} 个${what === 'units' ? '单位' : '督察员'}，此处列出 ${shown} 个：先列高于期望最多的，再列低于期望最多的；` +
    `全部${what === 'units' ? '单位' : '督察员'}见 fairdraw report --csv 目录 或 --xlsx 文件 中的 ${what} 表）`,
  extremeLoads: (shown, all) =>
    `  （共 ${all} 名督察员，此处列出 ${shown} 名：先列工作量最多的，再列最少的；全部督察员见 fairdraw report --csv 目录 或 --xlsx 文件 中的 inspectors 表）`,
};
