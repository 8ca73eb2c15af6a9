import type { Catalogue } from '../catalogue.js';

const PERIOD = { day: '工作日', week: '周', month: '月', quarter: '季度' } as const;
const COUNTED = { day: '个工作日', week: '周', month: '个月', quarter: '个季度' } as const;

export const common: Catalogue['common'] = {
  langName: '中文',
  period: { ...PERIOD },
  periodNumbered: (kind, n) =>
    `第${n}${kind === 'month' ? '个月' : kind === 'day' ? '个工作日' : PERIOD[kind]}`,
  periods: (n, kind) => `${n}${COUNTED[kind]}`,
  named: (id, name) => (name ? `${name}（${id}）` : id),
  list: (items) => items.join('、'),
};
