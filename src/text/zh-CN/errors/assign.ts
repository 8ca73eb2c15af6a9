import type { Catalogue } from '../../catalogue.js';
import type { Ineligibility } from '../../en/errors/assign.js';

const q = (value: unknown) => JSON.stringify(value);

const WORDING: Readonly<Record<Ineligibility | 'onTeam', string>> = {
  homeUnit: '需回避（所属单位）',
  conflict: '需回避（利益冲突）',
  region: '需回避（同一辖区）',
  type: '不具备该警种的检查资格',
  unavailable: '当天不可用',
  noCapacity: '没有工作量（maxPerPeriod 或 maxPerDay 为 0）',
  onTeam: '已在检查组中',
};

const FIX: Readonly<Record<Exclude<Ineligibility, 'type'>, string>> = {
  homeUnit: '增加其他单位的督察员',
  conflict: '增加没有这些利益冲突的督察员',
  region: '增加其他辖区的督察员（或从 team.recusal 中删去 "region"）',
  unavailable: '增加在这些检查日期可以出勤的督察员',
  noCapacity: '给 maxPerPeriod 或 maxPerDay 为 0 的督察员分配工作量',
};

/** Choices joined as Chinese joins them: `甲、乙或丙`. */
const either = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}，或${items.at(-1)}`;

export const assign: Catalogue['errors']['assign'] = {
  teamSizeBad: (got) => `必须是不小于 1 的整数，实际为 ${got}`,
  duplicateInspector: (id, earlier) => `编号 "${id}" 重复（inspectors[${earlier}] 已使用此编号）`,
  capacityBad: (got) => `必须是不小于 0 的整数，实际为 ${got}`,
  teamsCount: (teams, visits) => `有 ${teams} 个检查组，却有 ${visits} 次检查`,
  unknownInspector: (id) => `没有编号为 ${q(id)} 的督察员`,
  teamTooBig: (members, size) => `有 ${members} 名督察员，超过检查组人数 ${size}`,
  listedTwice: (id) => `${id} 被列了两次`,
  datePeriods: (date, period, earlier) =>
    `日期 ${date} 在此属于周期 ${period}，在前面的一次检查中却属于周期 ${earlier}`,
  shortVisit: (f) =>
    `单位 ${f.unit} 在 ${f.date} 需要 ${f.need} 名督察员，符合条件的只有 ${f.eligible.length} 名` +
    (f.eligible.length > 0 ? `（${f.eligible.join('、')}）` : '') +
    (f.excluded.length > 0
      ? `：${f.excluded.map((x) => `${x.ids.join('、')} ${WORDING[x.reason]}`).join('；')}`
      : ''),
  overCapacity: (f) =>
    `${f.date === undefined ? `周期 ${f.period} 内` : `${f.date}`}，检查 ${f.visits.map((v) => `${v.id}（${v.unit}，${v.date}）`).join('、')} ` +
    `共需 ${f.need} 个督察员名额，工作量上限只允许 ${f.filled} 个：` +
    (f.limits.length > 0
      ? `${f.limits.map((l) => `${l.inspector} 已达 ${l.limit} ${l.max}${l.date === undefined ? '' : `（${l.date}）`}`).join('、')}；`
      : '') +
    '其他督察员均不符合这些检查的条件',
  staffing: (f) => {
    const binding: string[] = [];
    const fixes: string[] = [];
    const types = f.unqualified.join('、');
    if (f.shortVisits > 0) {
      const need = f.mode.assign ? `检查组人数 team.size ${f.mode.teamSize}` : '替换所需的人数';
      const why = f.reasons.map((r) => (r === 'type' ? `不具备该警种（${types}）的检查资格` : WORDING[r]));
      binding.push(
        `${f.shortVisits} 次检查符合条件的督察员少于${need}` +
          (why.length > 0 ? `；其他督察员被排除的原因（按人数从多到少）：${why.join('、')}` : '：督察员太少'),
      );
      for (const r of f.reasons.slice(0, 2))
        fixes.push(r === 'type' ? `增加具备 ${types} 检查资格的督察员` : FIX[r]);
    }
    if (f.unstaffed > 0) {
      const where = [
        ...(f.periods > 0 ? [`${f.periods} 个周期内`] : []),
        ...(f.dates > 0 ? [`${f.dates} 个日期`] : []),
      ].join('和');
      binding.push(
        `${where}有 ${f.unstaffed} 次检查缺少 ${f.missingSlots} 个督察员名额` +
          (f.limits.length > 0 ? `，受 ${f.limits.join(' 和 ')} 限制` : ''),
      );
      for (const limit of f.limits) fixes.push(`提高 ${limit}`);
    }
    const adds = f.reasons.slice(0, 2).some((r) => r !== 'noCapacity');
    if (!adds) fixes.push('增加督察员');
    const last = f.mode.assign
      ? '减少 team.size'
      : '减少替换的日期（计划中的督察员及其工作量上限全年保持不变）';
    const fix = f.mode.assign ? either([...new Set(fixes), last]) : last;
    const lead = f.mode.assign ? '' : `无法替换 ${f.mode.inspector}：`;
    return (
      `${lead}${f.shortVisits + f.unstaffed} 次检查无法配齐督察员。${binding.join('。')}。` +
      `解决办法：${fix}。每次检查的情况见错误的 problems 列表。`
    );
  },
};
