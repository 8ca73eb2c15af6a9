import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import writeXlsxFile from 'write-excel-file/node';
import type { Cell } from '../../src/model/sheetCells.js';

// A county public-security bureau of 25 units and 12 inspectors, as its staff keep it in Excel:
// Chinese headers and names, a title row above the header, dates typed as dates. The tests write it
// as .xlsx (write-excel-file) and as CSV in GB18030 (iconv-lite: Node has no GB18030 encoder) or
// UTF-8, so no spreadsheet is committed as a binary.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The units sheet: a title, an empty row, the header (row 3), then 25 units from row 4. */
export function bureauUnits(): Cell[][] {
  const unit = (
    id: number,
    name: string,
    type: string,
    risk: number,
    region: string,
    from: Cell = null,
    to: Cell = null,
    note: Cell = null,
  ): Cell[] => [id, name, type, risk, region, from, to, note];
  return [
    ['城关县公安局 2027年度督察对象名单', null, null, null, null, null, null, null],
    [],
    ['编号', '名称', '警种', '风险', '辖区', '启用日期', '停用日期', '备注'],
    unit(101, '城关派出所', '派出所', 4, '城区'),
    unit(102, '东关派出所', '派出所', 3, '城区'),
    unit(103, '西街派出所', '派出所', 3, '城区'),
    unit(104, '南关派出所', '派出所', 3, '城南'),
    unit(105, '北城派出所', '派出所', 3, '城北', null, null, '2026年整改已回访'),
    unit(106, '河口派出所', '派出所', 3, '东部'),
    // opens on 1 July (a date cell); the spreadsheet keeps it from the start of the year
    unit(107, '新区派出所', '派出所', 2, '东部', day('2027-07-01')),
    unit(108, '石桥派出所', '派出所', 2, '西部'),
    unit(109, '柳堡派出所', '派出所', 2, '西部'),
    unit(110, '高坪派出所', '派出所', 2, '北部'),
    unit(111, '刑侦大队', '刑侦', 3, '城区'),
    unit(112, '禁毒大队', '刑侦', 3, '城区'),
    unit(113, '经侦大队', '刑侦', 2, '城区'),
    unit(114, '交警大队', '交警', 2, '城区'),
    unit(115, '交警城区中队', '交警', 2, '城区'),
    unit(116, '交警高速中队', '交警', 1, '北部'),
    unit(117, '治安大队', '治安', 2, '城区'),
    unit(118, '网安大队', '治安', 1, '城区'),
    unit(119, '巡特警大队', '巡特警', 2, '城区'),
    unit(120, '看守所', '监管', 2, '西部'),
    unit(121, '拘留所', '监管', 2, '西部'),
    // closes on 30 September, typed in a cell formatted as a number: Excel's serial 46660
    unit(122, '戒毒所', '监管', 1, '北部', null, 46660),
    unit(123, '户政服务大厅', '户政', 1, '城区'),
    unit(124, '出入境管理大队', '户政', 1, '城区'),
    unit(125, '法制大队', '法制', 1, '城区'),
  ];
}

/** The inspectors sheet (header in row 1): home units by name or by id, types and dates as people write them. */
export function bureauInspectors(): Cell[][] {
  return [
    ['编号', '姓名', '所属单位', '可检查警种', '每期上限', '不可用日期'],
    ['D01', '陈静', '城关派出所', '派出所、刑侦', 3, null],
    ['D02', '王磊', 102, null, 3, null],
    ['D03', '李娜', null, '派出所;交警', 3, null],
    ['D04', '张伟', '刑侦大队', null, 3, '2027-03-01~2027-03-05'],
    ['D05', '刘洋', '交警大队', null, 3, null],
    ['D06', '杨帆', null, null, 2, null],
    ['D07', '赵敏', '看守所', null, 3, day('2027-05-06')],
    ['D08', '黄涛', null, null, 3, null],
    ['D09', '周杰', '治安大队', null, 3, null],
    ['D10', '吴红', null, null, 3, '2027-07-19、2027/7/20'],
    ['D11', '徐强', '巡特警大队', null, 3, null],
    ['D12', '孙丽', null, null, 3, null],
  ];
}

/**
 * The holidays sheet, as a bureau types the year's holiday notice: 休 for a day off, 班 for a worked
 * weekend day, dates in three spellings; 1 to 3 January fall before the horizon (it starts on the 4th).
 * (Dates made up for the test, in the form of the State Council's notice.)
 */
export function bureauHolidays(): Cell[][] {
  return [
    ['日期', '类型'],
    ['2027-01-01', '休'],
    ['2027-01-02', '休'],
    ['2027-01-03', '休'],
    ...['06', '07', '08', '09', '10', '11', '12', '13'].map((d) => [`2027/2/${Number(d)}`, '休']),
    ['2027/2/14', '班'],
    ['2027/2/20', '班'],
    ['2027年4月5日', '休'],
    ['2027-04-25', '班'],
    ...['01', '02', '03', '04', '05'].map((d) => [`2027-05-${d}`, '休']),
    ['2027-06-09', '休'],
    ['2027-09-15', '休'],
    ['2027-09-26', '班'],
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => [`2027-10-${d}`, '休']),
    ['2027年10月9日', '班'],
  ];
}

/** Writes rows as an .xlsx workbook of one sheet (dates shown as 2027/7/1, as on a Chinese Windows). */
export async function writeXlsx(path: string, rows: readonly (readonly Cell[])[]): Promise<string> {
  const width = Math.max(...rows.map((r) => r.length));
  const data = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
  writeFileSync(path, await writeXlsxFile(data as any, { dateFormat: 'yyyy/m/d' }).toBuffer());
  return path;
}

/** A cell as Excel writes it in a CSV file: a date as 2027/7/1, a number as it is. */
function csvText(cell: Cell): string {
  if (cell instanceof Date) {
    return `${cell.getUTCFullYear()}/${cell.getUTCMonth() + 1}/${cell.getUTCDate()}`;
  }
  const text = cell === null || cell === undefined ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes rows as a CSV file as Excel saves it: GB18030 ("CSV (comma delimited)" on a Chinese Windows) or UTF-8, with or without a byte-order mark. */
export function writeCsv(
  path: string,
  rows: readonly (readonly Cell[])[],
  encoding: 'gb18030' | 'utf-8' | 'utf-8-bom',
): string {
  const text = rows.map((r) => r.map(csvText).join(',')).join('\r\n') + '\r\n';
  const bytes =
    encoding === 'gb18030'
      ? iconv.encode(text, 'gb18030')
      : Buffer.from(encoding === 'utf-8-bom' ? `\uFEFF${text}` : text, 'utf8');
  writeFileSync(path, bytes);
  return path;
}
