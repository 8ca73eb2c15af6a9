import { readFileSync } from 'node:fs';

// The county example as a Chinese bureau writes it: Chinese names of its units and inspectors, of its
// police types, regions and campaign (the ids stay as they are). For the zh-CN page tests and screenshots.

/** The Chinese name of each unit of examples/county.json, by id. */
export const UNIT_NAMES: Readonly<Record<string, string>> = {
  'ps-chengguan': '城关派出所',
  'ps-luohe': '洛河派出所',
  'ps-liubao': '六堡派出所',
  'ps-xiaji': '下集派出所',
  'ps-yanjiang': '沿江派出所',
  'ps-dongba': '东坝派出所',
  'ps-xiqiao': '西桥派出所',
  'ps-nanxi': '南溪派出所',
  'ps-beiling': '北岭派出所',
  'ps-hetang': '荷塘派出所',
  'ps-taiping': '太平派出所',
  'ps-baishi': '白石派出所',
  'ps-shuangjiang': '双江派出所',
  'ps-gaoping': '高坪派出所',
  'ps-xincheng': '新城派出所',
  'ci-brigade': '县公安局刑事侦查大队',
  'ci-east': '刑侦大队东部中队',
  'ci-west': '刑侦大队西部中队',
  'ci-narcotics': '禁毒中队',
  'po-brigade': '治安管理大队',
  'po-wenbao': '文保中队',
  'po-security': '内保中队',
  'po-special': '特行管理中队',
  'tp-brigade': '交通警察大队',
  'tp-urban': '交警城区中队',
  'tp-expressway': '交警高速公路中队',
  'tp-east': '交警东部中队',
  'tp-vehicles': '车辆管理所',
  'ha-centre': '户政服务大厅',
  'ha-luohe': '洛河户籍窗口',
  'ha-nanxi': '南溪户籍窗口',
  'dc-county': '县看守所',
  'dc-custody': '县行政拘留所',
  'dc-rehab': '强制隔离戒毒所',
  'pt-special': '特警巡警大队',
  'pt-east': '巡警东部中队',
  'pt-south': '巡警南部中队',
  'pt-north': '巡警北部中队',
  'mp-longkou': '龙口海上派出所',
  'mp-shima': '石马港海上派出所',
};

/** The Chinese name of each inspector of examples/county.json, by id. */
export const INSPECTOR_NAMES: Readonly<Record<string, string>> = {
  'insp-01': '王磊',
  'insp-02': '李娜',
  'insp-03': '张伟',
  'insp-04': '刘洋',
  'insp-05': '陈静',
  'insp-06': '杨帆',
  'insp-07': '赵敏',
  'insp-08': '黄涛',
  'insp-09': '周杰',
  'insp-10': '吴红',
  'insp-11': '徐强',
  'insp-12': '孙丽',
  'insp-13': '马骏',
  'insp-14': '朱慧',
  'insp-15': '胡斌',
  'insp-16': '郭平',
  'insp-17': '何霞',
  'insp-18': '林峰',
  'insp-19': '高燕',
  'insp-20': '罗刚',
  'insp-21': '郑华',
  'insp-22': '梁凯',
  'insp-23': '宋宇',
  'insp-24': '唐锐',
  'insp-25': '韩波',
};

const TYPES: Readonly<Record<string, string>> = {
  'police-station': '派出所',
  'criminal-investigation': '刑侦',
  'public-order': '治安',
  'traffic-police': '交警',
  'household-administration': '户政',
  'detention-centre': '监管',
  patrol: '巡特警',
  'marine-police': '海上派出所',
};

const REGIONS: Readonly<Record<string, string>> = {
  centre: '城区',
  east: '东片',
  west: '西片',
  north: '北片',
  south: '南片',
};

/**
 * The county plan with the Chinese names of its units, inspectors, police types, regions, campaign and
 * directed visits' reasons.
 */
export function countyZhInput(): any {
  const input = JSON.parse(readFileSync('examples/county.json', 'utf8'));
  for (const u of input.units) {
    u.name = UNIT_NAMES[u.id];
    u.type = TYPES[u.type];
    u.region = REGIONS[u.region];
  }
  for (const x of input.inspectors) {
    x.name = INSPECTOR_NAMES[x.id];
    if (x.types) x.types = x.types.map((t: string) => TYPES[t]);
  }
  for (const d of input.directed) d.reason = d.reason.replace(/^complaint (.*)$/, '群众投诉（$1号）');
  for (const c of input.campaigns) {
    c.name = '春季打击赌博专项行动：一线派出所';
    c.scope.types = c.scope.types.map((t: string) => TYPES[t]);
  }
  return input;
}

/** A schedule of the county (its units and inspectors by id) with their Chinese names written in. */
export function withZhNames<S extends { units: { id: string }[]; inspectors: { id: string }[] }>(
  schedule: S,
): S {
  for (const u of schedule.units) (u as { name?: string }).name = UNIT_NAMES[u.id];
  for (const x of schedule.inspectors) (x as { name?: string }).name = INSPECTOR_NAMES[x.id];
  return schedule;
}

/**
 * The runs of three or more English words in `text`, once every string in `data` (ids, names, types,
 * hashes: what the plan and schedule give) and every `fairdraw ...` command are taken out. A page in
 * Chinese has none.
 */
export function englishRuns(text: string, data: readonly string[]): string[] {
  let rest = text.replace(/fairdraw(?: [\w.<>/=-]+| <[^>]*>)+/g, ' ');
  for (const s of [...data].filter((x) => x.length > 0).sort((a, b) => b.length - a.length))
    rest = rest.split(s).join(' ');
  return rest.match(/[A-Za-z]{2,}(?:[\s,;:()'’]+[A-Za-z]{2,}){2,}/g) ?? [];
}
