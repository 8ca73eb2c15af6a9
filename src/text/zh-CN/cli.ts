import type { Catalogue } from '../catalogue.js';
import { day, span } from './cliDate.js';
import { cliInit } from './cliInit.js';
import { cliReport } from './cliReport.js';
import { usage } from './cliUsage.js';
import { common } from './common.js';

/** 各类检查在摘要中的名称。 */
const kinds: Record<string, string> = {
  routine: '随机抽查',
  campaign: '专项督察',
  directed: '定向督察',
  'follow-up': '整改回访',
};

/**
 * 命令行面向人的输出：摘要、进度和警告、用法错误和帮助文本。库的错误信息（FairdrawError）不在此处。
 * 编号、哈希值、文件名和计划文件中的取值（`risk`、`maxent`）原样输出。
 */
export const cli: Catalogue['cli'] = {
  usage,
  noCommand: '未指定命令',
  unknownCommand: (quoted) => `未知命令 ${quoted}`,
  moreProblems: (n) => `……另有${n}个问题（加 --verbose 全部列出）`,
  staffingProblems: '涉及的检查（在其周期揭示之前须保密：不得公布以下各行）：',
  warning: (text) => `警告：${text}`,
  date: day,
  items: (items) => items.join('，'),
  wrote: (paths) => `已写出 ${paths.join('、')}`,
  expected: (what) => `参数应为 ${what}`,
  progress: {
    plan: '正在抽取',
    verify: '正在核验',
    report: '正在生成报告',
    steps: {
      read: '已读取计划文件',
      frame: '周期与固定检查',
      draw: '已抽取检查并指派督察员',
      seal: '已封存',
      'check-seal': '已核对封存',
      redraw: '已重新推导督察日程',
      replay: '已重放变更记录',
      compare: '已比对',
      'check-schedule': '已读取并核对督察日程',
      tally: '已统计检查',
      estimates: '已计算估计值',
      page: '已生成页面',
      tables: '已生成表格',
      workbook: '已生成工作簿',
    },
  },
  expects: {
    plan: '一个计划文件',
    report: '一个督察日程文件',
    commit: '不带参数、一个秘密值，或 --plain <种子>',
    notice: '--html <文件> 或 --csv <目录/>（或两者都给）',
    replanOutcomes: '<计划文件> <督察日程> <变更文件>（或以 --outcomes 代替变更文件）',
  },
  options: {
    needsValue: (name) => `选项 --${name} 需要一个值`,
    unknown: (name) => `未知选项 --${name}`,
    wholeNumber: (name, min, max, quoted) =>
      `选项 --${name} 须为 ${min} 到 ${max} 之间的整数，实际为 ${quoted}`,
    asOf: (quoted) => `选项 --as-of 须为 yyyy-mm-dd 格式的日期，实际为 ${quoted}`,
    lang: (quoted) => `--lang 须为 en 或 zh-CN，实际为 ${quoted}`,
    by: (values, quoted) => `选项 --by 须为 ${values.join('、')} 之一，实际为 ${quoted}`,
    level: (quoted) => `选项 --level 须为 0 到 1 之间的数，如 0.95，实际为 ${quoted}`,
    date: (name, quoted) => `选项 --${name} 须为 yyyy-mm-dd 格式的存在的日期，实际为 ${quoted}`,
    startAfterEnd: (start, end) => `选项 --start 不得晚于 --end（${start} > ${end}）`,
  },
  kinds,
  visitKind: (kind, campaign, reason) =>
    `${kinds[kind] ?? kind}${campaign ? ` ${campaign}` : ''}${reason ? `：${reason}` : ''}`,
  hashes: {
    input: (hash) => `输入哈希值 ${hash}`,
    seed: (hash) => `种子承诺值 ${hash}`,
    schedule: (hash) => `日程哈希值 ${hash}`,
  },
  plan: {
    head: (h) =>
      `fairdraw：${span(h.start, h.end)}（${h.zone}），共${common.periods(h.periods, h.period)}，` +
      `${h.units}个单位，${h.inspectors}名督察员`,
    routine: (r) =>
      `随机抽查：${r.visits}次，公平方式 ${r.fairness}，协调方式 ${r.coordination}，` +
      `均衡方式 ${r.balance}，算法 ${r.algorithm}`,
    calendar: (c) =>
      `官方日历 ${c.name}（${c.source}）：计划期内节假日${c.holidays}天、` +
      `调休工作日${c.workdays}天，已在计算输入哈希值之前逐日写入计划`,
    ignored: (holidays, workdays) =>
      `已忽略：计划期外列出的节假日${holidays}天、调休工作日${workdays}天（不计入哈希值，不影响日程）`,
    campaign: (c) =>
      `专项督察 ${c.id}：${c.visits}次，${span(c.from, c.to)}，范围内${c.scope}个单位，` +
      `公平方式 ${c.fairness}，抽样设计 ${c.design}`,
    directed: (n) => `定向督察：${n}次（不随机抽取，不占随机抽查名额）`,
    findings: (n, scheduled) =>
      `问题：${n}个，已安排整改回访${scheduled}次` +
      (scheduled < n ? `，${n - scheduled}个未安排（见 schedule.findings）` : ''),
    cap: (cap, top, capped) =>
      `限制：每个单位最多检查${cap}次（各类检查合计）；检查次数最多的单位${top}次；` +
      (capped.length === 0
        ? '上限未降低任何单位的抽中概率'
        : `上限降低了以下单位的抽中概率：${capped.join('、')}`),
    gap: (days, pairs) =>
      `限制：同一单位两次检查至少间隔${days}天；间隔不足的有${pairs}对（见 schedule.conflicts）`,
    typeColumns: {
      type: '警种',
      units: '单位',
      expected: '期望次数',
      realised: '实际次数',
      perPeriod: '各周期',
    },
    rounded: '均为向下或向上取整',
    notRounded: '有周期超出取整范围',
    unitColumns: {
      unit: '单位',
      type: '警种',
      risk: '风险',
      maxPi: '最大概率',
      expected: '期望次数',
      visits: '检查次数',
    },
    visitKind: (kind) => `  （${kind}）`,
    firstPeriods: (n, kind) => `前${common.periods(n, kind)}的检查：`,
    loads: '督察员工作量（检查次数：按警种）：',
    load: (who, mix) => `${who}：${mix}`,
    noOut: '（加 --out schedule.json 可写出完整的督察日程）',
    seedGuessable:
      '随机种子是普通字符串，而且可以被猜到：猜中的人能推导出\n' + '  每一次检查，包括不预先通知的检查。\n',
    seedUnguessable:
      '随机种子是普通字符串。它也许难以猜到，但不构成承诺：\n' +
      '  谁也无法核实它是在抽取之前确定的，而不是从许多种子中挑出来的。\n',
    seedCure:
      '  请改用承诺-揭示方式（fairdraw commit），公众可以据此核实随机种子是在抽取之前\n' +
      '  确定的：见 docs/runbook.md 第1步。\n',
  },
  report: cliReport,
  verification: {
    verified: (what) => `核验通过：${what}`,
    notVerified: (what, count) => `核验未通过：${what}：${count}处不一致`,
    unsupported: (what) => `无法核验：${what} 使用了本库未实现的版本，未经核验`,
    difference: (path, expected, found) => `  ${path}：应为 ${expected}，实为 ${found}`,
    nothing: '（无）',
    more: (n) => `  ……另有${n}处`,
    schedule: (schedulePath, inputPath) => `${schedulePath}（对照 ${inputPath}）`,
    reveal: (which, revealPath, hash) => `${revealPath} 中的${which}（日程哈希值 ${hash}）`,
    summary: '汇总',
    period: (n) => `第${n}个周期`,
    unsealed: (path, checkAgainst) =>
      checkAgainst === null
        ? `  未封存：${path}：检查结果是督察部门的记录，不在封存范围内`
        : `  未封存：${path}：计划期结束后，可对照汇总揭示文件中的 ${checkAgainst} 核对（该部分已封存）`,
  },
  newHash: (hash) =>
    `新的日程哈希值 ${hash}\n` +
    '请连同日期和原因一并公布：此后所作的揭示都对照这个哈希值核验' +
    '（此前所作的揭示仍对照当时的哈希值核验）\n',
  substitute: {
    head: (inspector, n) => `已更换督察员 ${inspector}，涉及${n}次检查：`,
    line: (visit, date, from, to) => `  ${visit}  ${day(date)}  ${from} → ${to}`,
  },
  replan: {
    head: (from, kept, replaced, drawn) =>
      `已自${day(from)}起重新抽取：保留${kept}次检查，${replaced}次检查改为重新抽取的${drawn}次`,
    note: (message) => `  说明：${message}`,
  },
  reveal: {
    wrote: (which, path) => `已将${which}的揭示写入 ${path}`,
    early: (n, start, end, asOf) =>
      `第${n}个周期（${span(start, end)}）截至${day(asOf)}尚未结束：现在揭示会提前公开仍将不预先通知进行的检查；已按 --force 照样揭示`,
    earlySummary: (end, asOf) =>
      `汇总包含整个计划期的统计，计划期至${day(end)}结束，晚于${day(asOf)}：应在计划期结束后才揭示；已按 --force 照样揭示`,
  },
  results: {
    title: (n, of) => `第${n}个周期督察结果（共${of}个周期）`,
    verified: (title, hash) => `${title}：对照已公布的日程哈希值 ${hash} 核验通过`,
    notVerified: (title, hash, unsupported) =>
      `${title}：对照已公布的日程哈希值 ${hash} 核验未通过` +
      (unsupported ? '（本版本无法核验这种封存格式）' : ''),
    listHead: (subtitle) => `${subtitle}：`,
    noVisit: '本周期没有检查',
    subtitle: (first, last, visits, units) =>
      `${first === last ? day(first) : span(first, last)} · 检查${visits}次 · 涉及${units}个单位`,
    weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
    outcome: (result, probability) =>
      ` · ${result}${probability === undefined ? '' : ` · 抽中概率 ${probability}`}`,
    estimateHead: (k, visits, level) =>
      `第${k}个周期已完成的${visits}次随机抽查的估计值（发现问题的单位比例，${Math.round(level * 1000) / 10}%置信区间）：`,
    estimateLine: (key, estimate, se, ci, visits, withProblems) =>
      `  ${key}${estimate}  标准误 ${se}  ${ci}  （计入${visits}次，${withProblems}次发现问题）`,
    uncounted: (kind, visits, withProblems) => `  不计入：${kind}完成${visits}次，${withProblems}次发现问题`,
    noEstimate: '无法估计：揭示文件中有随机抽查缺少抽中概率或警种',
  },
  notice: {
    summary: (hash, units, periods, inspectors) =>
      `日程 ${hash} 的年度督察计划公示：${units}个单位，${periods}个周期，${inspectors}名督察员；未点名任何检查`,
  },
  commit: {
    secret: (secret) => `秘密值  ${secret}`,
    commitment: (commitment) => `承诺值  ${commitment}`,
    next: (secret, commitment) =>
      '请妥善保管秘密值，在督察日程核验之前不得泄露（务必安全存放：丢失后无法找回）。\n' +
      '请立即公布承诺值，连同计划文件的输入哈希值（fairdraw hash <input.json>），并说明\n' +
      '公开随机值从何而来（在公开会议上掷骰子，或未来某一轮随机信标）。\n' +
      '公开随机值产生后，把计划文件的 seed 设为\n' +
      `  { "secret": "${secret}", "public": "<公开随机值，与公布的完全一致>", "commitment": "${commitment}" }\n` +
      '然后运行 fairdraw plan。详见 docs/audit.md。\n',
    plainHint:
      '（如仍要对普通种子作承诺，请用 fairdraw commit --plain <种子>；能猜到种子的人一猜便知，这样的承诺什么也隐藏不了）',
  },
  init: cliInit,
};
