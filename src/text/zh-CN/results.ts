import type { Catalogue } from '../catalogue.js';

/** The results notice of one period (督察结果公示) in Chinese. */
export const results: Catalogue['results'] = {
  title: (k, total) => `第${k}期督察结果公示（共${total}期）`,
  subtitle: (first, last, visits, units) =>
    `${first === last ? first : `${first}至${last}`} · ${visits}次检查 · ${units}个单位`,
  noVisits: '本周期无检查',
  verified: '核验通过',
  verifiedText: (k, scheduleHash) =>
    `以下正是第${k}期封存于督察日程中的全部检查，该督察日程的哈希值已在本周期开始前公布（${scheduleHash}）：公开的盐值和证明均指向该哈希值。督察日程封存后，本清单未作任何改动。`,
  notVerified: '核验未通过',
  differentText: (scheduleHash) =>
    `本清单与本周期开始前公布的日程哈希值（${scheduleHash}）不符：揭示文件已被改动，或属于另一督察日程。请勿采信，并向督察部门索取其公布的揭示文件。`,
  unsupportedText: (scheduleHash) =>
    `本清单无法依据公布的日程哈希值（${scheduleHash}）核验：揭示文件采用的封存格式本版本fairdraw尚不支持。采信之前，请使用支持该格式的版本核验。`,
  differencesLead: '核验发现的不符之处：',
  expected: '应为',
  found: '实为',
  nothing: '（无）',
  visitsTitle: '本周期检查',
  visitsLead:
    '本周期的全部各类检查，按日期排列：被检查单位及参加检查的督察员。随机抽查系随机抽取、不预先通知；专项督察、定向督察和整改回访另有依据确定。',
  visitsCaption: (visits, k) => `第${k}期的${visits}次检查，按日期排列。`,
  noVisit: '本周期未进行检查。',
  visitColumns: ['日期', '星期', '单位', '检查类别', '督察员', '检查编号'],
  kinds: {
    routine: '随机抽查',
    campaign: '专项督察',
    directed: '定向督察',
    'follow-up': '整改回访',
  },
  kindCampaign: (kind, campaign) => `${kind} ${campaign}`,
  kindReason: (kind, reason) => `${kind}：${reason}`,
  ids: (items) => items.join('、'),
  noInspector: '未列明',
  checkTitle: '如何核验本清单',
  checkSteps: [
    '本周期开始前，督察部门公布了日程哈希值：一个SHA-256指纹，封存了每个周期的检查，每个周期各有其秘密盐值，因此无法从中读出任何一次检查。',
    '本周期结束后，督察部门公布本周期的揭示文件：本周期的检查、本周期的盐值，以及将其与日程哈希值相关联的证明（默克尔审计路径），且不打开任何其他周期。',
  ],
  checkCommand: {
    before: '任何人均可重新核验：',
    command: 'fairdraw verify-period reveal.json <日程哈希值>',
    after: '只有当这些检查、该盐值和该证明指向公布的哈希值时，才会显示“verified”（核验通过）。',
  },
  checkRows: {
    period: '周期',
    periodValue: (k, total) => `第${k}期（共${total}期；揭示文件中的编号为${k - 1}，从0开始计数）`,
    seal: '封存格式',
    hash: '公布的日程哈希值',
    verdict: '核验结果',
  },
  footer:
    '本页面由fairdraw仅依据本周期的揭示文件和公布的日程哈希值生成；同一揭示文件和哈希值始终生成相同的页面。',
};
