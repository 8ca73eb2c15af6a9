import type { Catalogue } from '../../catalogue.js';

const q = (value: unknown) => JSON.stringify(value);

export const report: Catalogue['errors']['report'] = {
  duplicateUnit: (id) => `单位 ${q(id)} 重复`,
  probabilitiesCount: (values, periods) => `有 ${values} 个值，而周期有 ${periods} 个`,
  periodIndex: (index, found) => `必须是 ${index}，实际为 ${found}`,
  spanTooLong: (start, end, years) => `周期和检查跨越 ${start}..${end}，超过 ${years} 年`,
  unknownUnit: (id) => `未知的单位 ${q(id)}`,
  routineOutside: (period, periods) => `随机抽查位于周期 ${period}，但督察日程只有 ${periods} 个周期`,
  findingMissing: (finding, findings) => `指向问题 ${finding}，但督察日程只列出 ${findings} 个问题`,
  noInspector: (id) => `督察日程中没有督察员 ${q(id)}（工作量统计和各次检查的检查组中都没有）`,
  notPeriodReveal: '必须是由 revealPeriod 生成的某一周期的公布内容',
  summaryReveal: '为 "summary"：督察结果公示须由某一周期的公布内容生成（fairdraw reveal ... <周期>）',
  replanned:
    '是一次重新计划：年度督察计划公示须由 `plan` 抽取的督察日程生成（可含替换），因为重新计划给出的抽中概率取决于已经进行的检查；请改为公布新的日程哈希值（见 docs/replan.md）',
};

export const cli: Catalogue['errors']['cli'] = {
  cannotRead: (code) => `无法读取文件（${code}）`,
  cannotWrite: (code) => `无法写入文件（${code}）`,
  refused: (code, why) => `无法写入文件（${code}）：${why}`,
  tooManyLinks: '符号链接层数过多',
  notDirectory: (directory) => `${directory} 不是目录`,
  notWritable: (directory) => `目录 ${directory} 不可写`,
  isDirectory: '它是一个目录',
  notRegularFile: '它不是普通文件',
  readOnly: '该文件是只读的',
  noDirectory: (directory) => `没有目录 ${directory}`,
  namedTwice: (first) => `无法写入文件：被指定了两次（另一次为 ${first}）`,
  notJson: (detail) => `不是有效的 JSON（${detail}）`,
  outExists: '已存在：请另选 --out，或加上 --force 覆盖它',
  periodArgument: (got) => `必须是周期编号（从1开始）或 "summary"，实际为 ${q(got)}`,
  outcomesNotSummary:
    '只能用于某个周期的揭示（该周期的督察结果公示会显示检查结果）：汇总揭示文件不含检查结果',
  bundleMissing: (directory) =>
    `${directory} 旁缺少本程序的浏览器版本（verify-page.global.js）：请运行 npm run build`,
};
