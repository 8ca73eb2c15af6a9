import type { Catalogue } from '../catalogue.js';

export const register: Catalogue['register'] = {
  title: '整改台账',
  publicSubtitle: (through, ended, total) =>
    ended === 0 ? `共${total}个周期，尚无周期结束` : `截至${through}：共${total}个周期，已结束${ended}个`,
  officeSubtitle: (asOf) => `截至${asOf}（督察部门内部使用）`,
  publicNote: (through, allEnded) =>
    through === ''
      ? '公开台账：尚无周期结束，故不列任何检查。'
      : allEnded
        ? `公开台账：本日程所有周期均已结束，各项整改状态以${through}为准。`
        : `公开台账：仅列已结束周期内的检查，各项整改状态均以${through}（最后一个已结束周期的最后一天）为准。不列尚未进行的检查，也不列尚未进行的回访日期。`,
  officeNote: '仅供督察部门内部使用，不得公开张贴：本台账列有尚未进行的回访及其日期。',
  cards: {
    problems: '登记问题',
    open: '整改中',
    overdue: '已逾期',
    closed: '已整改',
    complaints: '投诉件',
    awaitingFeedback: '待反馈投诉件',
  },
  sections: {
    problems: '问题及整改情况',
    complaints: '投诉办理及反馈',
    unrecorded: '尚未录入结果的检查',
  },
  leads: {
    problems: '问题自整改期限次日起至整改完成前为已逾期；整改期限当日仍在期限内。',
    complaints: '每次定向督察检查，以及向投诉人和被投诉单位反馈结果的日期。',
    unrecorded: '所列期间内已进行、但尚未录入检查结果的检查。',
  },
  none: {
    problems: '未登记问题。',
    complaints: '无定向督察检查。',
    unrecorded: '所有检查均已录入结果。',
  },
  columns: {
    visit: '检查编号',
    date: '检查日期',
    unit: '单位',
    kind: '检查类型',
    category: '问题类别',
    problem: '问题描述',
    responsible: '责任人',
    deadline: '整改期限',
    status: '整改状态',
    closed: '整改完成日期',
    followUp: '整改回访',
    reason: '督察事由',
    result: '结果',
    problems: '问题数',
    rectified: '已整改数',
    feedbackComplainant: '向投诉人反馈',
    feedbackUnit: '向单位反馈',
  },
  kinds: {
    routine: '随机抽查',
    campaign: '专项督察',
    directed: '定向督察（投诉）',
    'follow-up': '整改回访',
  },
  results: { compliant: '合格', problems: '发现问题', 'not-done': '未检查' },
  notRecorded: '未录入',
  statuses: { open: '整改中', overdue: '已逾期', closed: '已整改' },
  daysOverdue: (n) => `逾期${n}天`,
  closedLate: '逾期后整改',
  followUp: {
    done: (visit, date) => `${visit}，${date}`,
    scheduled: '已安排',
    scheduledOn: (visit, date) => `已安排：${visit}，${date}`,
    unscheduled: '本日程未安排',
    late: '补回访',
    none: '无',
  },
  noFeedback: '尚未反馈',
  footer: (scheduleHash, outcomesHash) =>
    scheduleHash === outcomesHash
      ? `日程哈希值 ${scheduleHash}；检查结果按此日程录入。`
      : `日程哈希值 ${scheduleHash}；检查结果按其此前版本 ${outcomesHash} 录入。`,
  summary: {
    heading: (audience, through) =>
      audience === 'office'
        ? `整改台账，截至${through}（内部使用，不得公开）`
        : through === ''
          ? '整改台账（公开）：尚无周期结束'
          : `整改台账（公开），截至${through}`,
    counts: (problems, open, overdue, closed) =>
      `  问题${problems}个：整改中${open}个，已逾期${overdue}个，已整改${closed}个`,
    complaints: (complaints, awaiting) => `  投诉件${complaints}件，待反馈${awaiting}件`,
    unrecorded: (n) => `  尚未录入结果的检查${n}次`,
    wrote: (paths) => `已写入 ${paths.join('、')}`,
  },
  followUpsAdded: (n, late) =>
    n === 0
      ? '所有设有整改期限的登记问题均已安排回访'
      : `为登记问题新增回访${n}次${late > 0 ? `（其中${late}次为补回访：应于 --from 之前进行，安排在其后第一个工作日）` : ''}`,
};
