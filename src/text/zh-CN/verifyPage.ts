import type { Catalogue } from '../catalogue.js';

export const verifyPage: Catalogue['verifyPage'] = {
  title: '督察日程核验',
  lead: '在本浏览器中离线核验：已公示的督察日程或周期公开文件，是否与已公示的计划文件和随机种子生成的结果完全一致。所选文件不会离开本机。',
  planLabel: '计划文件（plan.json，随机种子已公开）',
  scheduleLabel: '督察日程（schedule.json）或周期公开文件（week-7.json）',
  hashLabel: '已公示的日程哈希值（仅核验周期公开文件时填写）',
  button: '核验',
  howTitle: '使用方法',
  how: [
    '选择督察部门公示的计划文件（随机种子公开后的版本）。',
    '选择完整的督察日程，或某个已结束周期的公开文件。',
    '核验周期公开文件时，粘贴督察部门年初公示的日程哈希值。',
    '点击“核验”。“核验通过”表示每一项检查、每个抽中概率和每个检查组都与公示的输入所生成的结果一致，且周期公开文件属于公示的日程哈希值。',
  ],
  planFile: '计划文件',
  scheduleFile: '督察日程或周期公开文件',
  choose: (what) => `请先选择${what}。`,
  notJson: (name) => `${name} 不是 JSON 文件。`,
  hashNeeded: '周期公开文件须与已公示的日程哈希值比对：请先粘贴日程哈希值。',
  checking: '正在核验…',
  verified: '核验通过',
  notVerified: '核验未通过',
  verifiedDetail: (subject) => `${subject}与公示的输入所生成的结果完全一致。`,
  status: (status, subject) =>
    status === 'unsupported'
      ? `${subject}由本页面未实现的 fairdraw 版本生成，无法判断其是否正确。`
      : `${subject}与公示的输入所生成的结果不一致：`,
  wholeSchedule: '督察日程',
  reveal: (period) => `第${period}个周期的公开文件`,
  difference: (path, expected, found, note) =>
    `${path}：应为 ${expected}，实为 ${found}${note ? `（${note}）` : ''}`,
  more: (n) => `……另有${n}处不一致。`,
  footer: 'fairdraw 核验页面：程序库已内嵌于本文件，不发出任何网络请求。',
  wrote: (path) =>
    `已写入 ${path}：用任意浏览器打开，选择计划文件和督察日程（或周期公开文件并填写已公示的日程哈希值），点击“核验”；页面不发出任何网络请求`,
};
