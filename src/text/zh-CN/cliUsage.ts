// `fairdraw` 命令的帮助文本（`fairdraw --help`，以及用法错误之后），中文。命令名和选项保持英文原样。
// 新增命令时，在这里和 ../en/cliUsage.ts 各加一段。

/** 帮助文本，首行带库的版本号。 */
export const usage = (version: string) => `fairdraw ${version}：公平、随机、可核验的督察检查日程

用法：
  fairdraw init --units units.xlsx [--inspectors inspectors.xlsx] [--holidays holidays.csv]
                --start <日期> --end <日期> [--period day|week|month|quarter] [--zone <IANA 时区>]
                [--visits N] --out plan.json [--force]
      由电子表格（.xlsx，或 UTF-8、GB18030 编码的 .csv；表头中英文均可）生成计划文件，并填入默认值：
      --period week，--zone Asia/Shanghai，每个单位每年约 4 次随机抽查（--visits 指定每个周期的检查次数），
      公平方式 "risk"，检查组 2 人且不检查本单位；不含随机种子（命令会提示下一步：fairdraw hash、
      fairdraw commit）。已有同名文件时不覆盖，除非加 --force。详见 docs/init.md
  fairdraw plan <input.json> [--out schedule.json] [--csv visits.csv] [--bom] [--xlsx visits.xlsx]
                [--weeks N] [--quiet]
      按计划文件抽取督察日程；输出摘要及前 N 个周期的检查（--weeks，0 到 1000 的整数，默认 2），
      以 JSON 写出督察日程；--bom 在 CSV 开头写入 UTF-8 字节顺序标记，使 Excel 正确显示中文
      （--lang zh-CN 时总是写入）；--xlsx 把检查清单写成 Excel 工作簿（日期为 ISO 文本，文本不作公式）；
      随机种子为普通字符串时在 stderr 给出警告（请改用承诺-揭示方式：fairdraw commit）；
      --quiet 不输出任何内容，警告也不输出
  fairdraw substitute <input.json> <schedule.json> --inspector <编号> --dates <d1,d2,...> --reason <文字>
                     [--at <ISO 日期时间>] [--out schedule.json]
      更换某些日期无法到岗的督察员；只改动这些检查，并在 --at（默认：当前时间）记入督察日程的变更记录
      （写回 <schedule.json>，除非指定 --out）；输出新的日程哈希值，须公布
  fairdraw replan <input.json> <schedule.json> [<changes.json>] --from <日期> --reason <文字>
                 [--outcomes outcomes.json|.xlsx|.csv] [--out schedule.json]
      单位新设、撤销或风险权重变化后，从 <日期> 开始的周期起重新抽取督察日程；<changes.json> 为
      {"add": [单位], "close": [编号], "risk": {"编号": 权重}, "findings": [问题]}。--outcomes 为每个
      已登记、有整改期限而尚无回访的问题安排回访（期限早于 <日期> 的，安排在 <日期> 起的第一个工作日，
      并标为逾期回访）。<日期> 之前的检查保持不变；变更记入记录
      （写回 <schedule.json>，除非指定 --out）；输出新的日程哈希值，须公布
  fairdraw verify <input.json> <schedule.json>
      由计划文件（已揭示随机种子）重新推导督察日程，重放变更记录，并列出每一处不一致
  fairdraw reveal <input.json> <schedule.json> <周期序号|summary> [--as-of <日期>] [--force] [--out reveal.json]
                 [--outcomes outcomes.json|.xlsx|.csv]
      揭示一个已结束周期的检查（或计划期结束后揭示汇总），并附上与已公布日程哈希值相连的证明；
      周期从 1 开始编号（揭示文件的 "period" 字段与督察日程的 JSON 一样从 0 开始）；
      截至 --as-of（默认：计划所在时区的今天）尚未结束的周期不予揭示，除非加 --force，
      此时照样揭示并给出警告；--outcomes 在封存部分之外附上本周期各次检查的结果和随机抽查的
      抽中概率，供督察结果公示计算估计值
  fairdraw verify-period <reveal.json> <scheduleHash>
      对照开始时公布的日程哈希值核验一个揭示文件，无需其他周期
  fairdraw verify-page --out verify.html [--title 文字]
      写出一个自包含的网页，内含本库，可在任何浏览器中离线核验督察日程或某一周期的揭示文件
      （需先构建：npm run build）
  fairdraw tasks <schedule.json> --date <yyyy-mm-dd> [--inspector <编号>] [--html tasks.html]
                [--ics tasks.ics] [--xlsx tasks.xlsx] [--title 文字] [--quiet]
      某一天的督察任务单，当天早上发给督察员：每名督察员当天的检查（单位、同组人员、类型、原因），
      只含当天；--html 写出可打印的网页（每名督察员一页），--ics 写出日历文件（每名督察员每次检查
      一个全天事件），--xlsx 写出 Excel 工作簿（每名督察员每次检查一行）
  fairdraw results <reveal.json> <scheduleHash> [--html results.html] [--title 文字] [--quiet]
      已结束周期的督察结果公示：检查了哪些单位、哪一天、由谁检查，以及其揭示文件能否对照已公布的
      日程哈希值核验通过（不通过时退出码为 1，网页上注明未通过核验）；揭示文件附有检查结果时，
      还列出每次检查的结果和本周期随机抽查的估计值
  fairdraw hash <input.json>
      输出计划文件的输入哈希值，与种子承诺值一同公布（随机种子不参与计算，文件中可以不写）
  fairdraw commit
      为承诺-揭示式随机种子生成一个秘密值，并输出它和它的承诺值
  fairdraw commit <秘密值>
      输出一个秘密值的承诺值（熵不足 128 位的秘密值不予接受）
  fairdraw commit --plain <种子>
      输出一个普通随机种子的承诺值（种子若能被猜到，承诺值就什么也隐藏不了）
  fairdraw report <schedule.json> [--as-of <日期>] [--html report.html] [--csv 目录/ | 前缀] [--bom]
                  [--xlsx report.xlsx] [--title 文字] [--quiet]
      公开的公平性报告：承诺的抽中概率，各单位、各警种的期望与实际检查次数，督察员工作量；
      --html 写出自包含的网页（内嵌 SVG，不访问网络），--csv 把 units.csv、types.csv 和 inspectors.csv
      写入一个目录（已存在的目录，或以 / 结尾的路径），或写成 <前缀>-units.csv 等（--bom：带 UTF-8
      字节顺序标记，供 Excel 使用；--lang zh-CN 时总是带上）；--xlsx 把这三张表写成一个 Excel
      工作簿，每表一页；只显示截至 --as-of（默认：今天）已结束的周期：计划期最后一天之前的报告是阶段报告，
      报告中会注明
  fairdraw notice <plan.json> <schedule.json> --html notice.html [--csv 目录/ | 前缀] [--bom] [--title 文字]
                  [--quiet]
      年度督察计划公示，抽取当天即可张贴：抽样框（每个单位每个周期承诺的抽中概率和期望检查次数）、
      规则、督察员名单和回避规则、输入哈希值、种子承诺值和日程哈希值，以及核验方法；不点名任何检查，
      也不含计划文件以外的日期。--html 写出网页，--csv 写出 frame.csv 和 rules.csv
      （加 --bom 或 --lang zh-CN 时带 UTF-8 字节顺序标记）
  fairdraw estimate <plan.json> <schedule.json> <outcomes.json> [--by all|type|region|category|campaign]
                    [--as-of <日期>] [--level 0.95] [--csv 目录/ | 前缀] [--bom] [--quiet]
      依据 --as-of（默认今天）之前已结束周期的随机抽查结果作基于设计的估计：发现问题的“单位-周期”
      所占比例（Hájek 估计量、Deville 标准误、--level 置信区间），按组给出；每个单位的问题率及其
      Wilson 区间，并点名明显高于本警种估计值的单位；定向督察和回访列出但不计入。--csv 写出 groups.csv
      和 units.csv。见 docs/estimation.md
  fairdraw next-year <plan.json> <schedule.json> <outcomes.json> --start <日期> --end <日期>
                     --out plan-next.json [--as-of <日期>] [--force]
      依据发现的问题为下一计划期提出每个单位的风险权重（单位问题率向本警种估计值收缩，上下不超过2倍），
      逐个单位说明理由，并写出下一计划文件（尚无随机种子；不含专项督察、定向督察和问题）。已有文件时
      除非 --force 否则不覆盖。见 docs/estimation.md
  fairdraw register <schedule.json> <outcomes.json|.xlsx|.csv> [--as-of <日期>] [--office]
                    [--html register.html] [--csv 目录/ | 前缀] [--bom] [--xlsx register.xlsx]
                    [--title 文字] [--quiet]
      整改台账：每个已登记的问题及其状态（整改中、已逾期、已整改）、整改期限、责任人和回访，以及每件
      投诉向投诉人和被督察单位的反馈；默认为可公开的版本（只含 --as-of 之前已结束的周期，默认今天，
      不列尚未进行的回访）；--office 为内部版本，含 --as-of 之前的全部检查和将要进行的回访（不得公开）。
      检查结果可为表格，表头中英文均可（visit/检查编号、result/结果……）。--csv 写出 problems.csv、
      complaints.csv 和 unrecorded.csv，--xlsx 写出同样的表。见 docs/outcomes.md
  fairdraw --help | --version

每个命令都接受 --verbose：错误涉及多个问题时全部列出（否则只列前 10 个）；
以及 --lang en|zh-CN：面向人的输出所用的语言（默认：按 LC_ALL、LC_MESSAGES 或 LANG 的区域设置，
zh_CN.* 为 zh-CN，其余为 en）

周期从 1 开始编号：命令行参数（reveal <plan> <schedule> 7 揭示第 7 个周期）、命令输出的文字和
CSV 文件都是如此；只有 JSON（督察日程、揭示文件的 "period" 字段）从 0 开始

退出码：0 成功，1 核验未通过（确有不一致），2 输入有误（信息中指明字段），或本库不支持的版本
（无法判断是否一致）

命令要么写出全部文件，要么一个也不写：有一个文件无法写入时，不替换任何文件（退出码 2）。被替换的
文件保留原有权限；符号链接则写入其指向的目标文件。
`;
