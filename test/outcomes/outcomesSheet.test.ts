import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOutcomesFile } from '../../src/cli/outcomesFile.js';
import { outcomesFromTable } from '../../src/model/outcomesFromSheet.js';
import type { Cell } from '../../src/model/sheetCells.js';
import { writeCsv, writeXlsx } from '../cli/bureau.js';
import { rejection } from '../model/refusals.js';
import { current, planned } from './smallSchedule.js';

// The outcomes sheet: a row per problem repeating the visit, headers and results in English or Chinese.

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-outcomes-'));

/** The sheet in Chinese, as a bureau keeps it: a title row, then a row per problem. */
const CHINESE: Cell[][] = [
  ['2026年3月督察结果'],
  [
    '检查编号',
    '结果',
    '问题类别',
    '问题描述',
    '责任人',
    '整改期限',
    '整改完成日期',
    '投诉人反馈日期',
    '单位反馈日期',
    '备注',
  ],
  ['v-0001', '发现问题', 'law-enforcement', '案卷不全', '李伟', '2026-03-20', '2026/3/18', '', '', ''],
  ['v-0002', '合格', '', '', '', '', '', '', '', '按时'],
  ['v-0001', '发现问题', '执法记录仪', '未按规定使用', '李伟', '2026年3月31日', '', '', '', ''],
  [],
  ['v-0009', '发现问题', 'service', '接警不及时', '王磊', '2026-04-02', '', '2026-03-31', '', ''],
  ['v-0009', '发现问题', 'service', '回访不到位', '王磊', '2026-04-02', '', '', '2026-03-31', ''],
  ['v-0003', '未检查', '', '', '', '', '', '', '', ''],
];

/** What the Chinese sheet records. */
const EXPECTED = {
  schedule: current.manifest.scheduleHash,
  records: [
    {
      visit: 'v-0001',
      result: 'problems',
      problems: [
        {
          category: 'law-enforcement',
          text: '案卷不全',
          responsible: '李伟',
          deadline: '2026-03-20',
          closed: '2026-03-18',
        },
        { category: '执法记录仪', text: '未按规定使用', responsible: '李伟', deadline: '2026-03-31' },
      ],
    },
    { visit: 'v-0002', result: 'compliant' },
    {
      visit: 'v-0009',
      result: 'problems',
      problems: [
        { category: 'service', text: '接警不及时', responsible: '王磊', deadline: '2026-04-02' },
        { category: 'service', text: '回访不到位', responsible: '王磊', deadline: '2026-04-02' },
      ],
      feedback: { complainant: '2026-03-31', unit: '2026-03-31' },
    },
    { visit: 'v-0003', result: 'not-done' },
  ],
};

/** The English sheet of the same outcomes (results in any case, no title, no feedback columns). */
const ENGLISH: Cell[][] = [
  ['Visit', 'Result', 'Category', 'Text', 'Responsible', 'Deadline', 'Closed'],
  ['v-0001', 'problems', 'law-enforcement', 'files', 'Li Wei', '2026-03-20', '2026-03-18'],
  ['v-0002', 'Compliant'],
  ['v-0003', 'NOT-DONE'],
];

/** The sheet read from rows, as file `o.xlsx`. */
const read = (rows: Cell[][]) => outcomesFromTable({ file: 'o.xlsx', rows }, current);

describe('outcomesFromTable', () => {
  it('reads Chinese headers and results, a row per problem, dates in the forms init reads', () => {
    expect(read(CHINESE)).toEqual(EXPECTED);
  });

  it('reads English headers in any case and results in any case', () => {
    expect(read(ENGLISH).records).toEqual([
      {
        visit: 'v-0001',
        result: 'problems',
        problems: [
          {
            category: 'law-enforcement',
            text: 'files',
            responsible: 'Li Wei',
            deadline: '2026-03-20',
            closed: '2026-03-18',
          },
        ],
      },
      { visit: 'v-0002', result: 'compliant' },
      { visit: 'v-0003', result: 'not-done' },
    ]);
  });

  it('records against the current hash of the schedule it is read with', () => {
    expect(outcomesFromTable({ file: 'o.csv', rows: ENGLISH }, planned).schedule).toBe(
      planned.manifest.scheduleHash,
    );
  });

  it('names the file, row and column of a wrong cell', () => {
    const rows = (...data: Cell[][]) => [CHINESE[1]!, ...data];
    const cases: [Cell[][], string, string][] = [
      [
        rows(['v-0002', '好']),
        'o.xlsx, row 2, column 结果',
        '"好" is not a result: write 合格 (compliant), 发现问题 (problems), 未检查 (not-done)',
      ],
      [
        rows(['v-0001', '发现问题', 'x', '', '', '2026-02-30']),
        'o.xlsx, row 2, column 整改期限',
        '"2026-02-30" is not a date',
      ],
      [
        rows(['v-0001', '发现问题', '', 'no category']),
        'o.xlsx, row 2, column 问题类别',
        'every problem needs its category',
      ],
      [
        rows(['v-0002', '合格', 'x']),
        'o.xlsx, row 2, column 问题类别',
        'only a row whose result is 发现问题 (problems) describes a problem',
      ],
      [
        rows(['', '合格']),
        'o.xlsx, row 2, column 检查编号',
        'is empty; every row names the visit it records',
      ],
      [
        rows(['v-0002', '合格'], ['v-0002', '合格']),
        'o.xlsx, row 3, column 检查编号',
        'a second row for visit v-0002 (the first is row 2)',
      ],
      [
        rows(['v-0001', '发现问题', 'x'], ['v-0001', '合格']),
        'o.xlsx, row 3, column 结果',
        'is 合格 (compliant), but row 2 gives 发现问题 (problems) for visit v-0001',
      ],
      [rows(['v-0100', '合格']), 'o.xlsx, row 2, column 检查编号', 'unknown visit id "v-0100"'],
      [
        rows(['v-0004', '发现问题', 'x', '', '', '2026-03-08']),
        'o.xlsx, row 2, column 整改期限',
        '2026-03-08 is before the visit v-0004 itself (2026-03-09)',
      ],
      [
        rows(['v-0002', '合格', '', '', '', '', '', '', '2026-03-06']),
        'o.xlsx, row 2, column 单位反馈日期',
        'only a directed visit (a complaint) has feedback',
      ],
      [
        rows(
          ['v-0009', '合格', '', '', '', '', '', '2026-03-20'],
          ['v-0009', '合格', '', '', '', '', '', '2026-03-21'],
        ),
        'o.xlsx, row 3, column 检查编号',
        'a second row for visit v-0009',
      ],
      [
        rows(
          ['v-0009', '发现问题', 'x', '', '', '', '', '2026-03-20'],
          ['v-0009', '发现问题', 'y', '', '', '', '', '2026-03-21'],
        ),
        'o.xlsx, row 3, column 投诉人反馈日期',
        'is 2026-03-21, but row 2 gives 2026-03-20 for visit v-0009',
      ],
    ];
    for (const [sheet, path, message] of cases) {
      const e = rejection(() => read(sheet));
      expect(e.path, message).toBe(path);
      expect(e.message).toContain(message);
    }
  });

  it("names a wrong header and a missing column, in the sheet's language", () => {
    const unknown = rejection(() =>
      read([
        ['检查编号', '结果', '问题'],
        ['v-0002', '合格', ''],
      ]),
    );
    expect(unknown.path).toBe('o.xlsx, row 1, column 问题');
    expect(unknown.message).toContain(
      'the columns of the outcomes sheet are 检查编号 (visit), 结果 (result)',
    );
    const missing = rejection(() =>
      read([
        ['visit', 'category'],
        ['v-0002', ''],
      ]),
    );
    expect(missing.path).toBe('o.xlsx, row 1');
    expect(missing.message).toContain('missing the column result (结果)');
    const none = rejection(() => read([['no header here']]));
    expect(none.path).toBe('o.xlsx');
  });

  it('lists every problem, each at its cell', () => {
    const e = rejection(() =>
      read([CHINESE[1]!, ['v-0002', '好'], ['v-0100', '合格'], ['v-0001', '发现问题']]),
    );
    expect(e.problems.map((p) => p.path)).toEqual([
      'o.xlsx, row 2, column 结果',
      'o.xlsx, row 4, column 问题类别',
    ]);
    // The visit ids are checked once the cells are right.
    const ids = rejection(() => read([CHINESE[1]!, ['v-0100', '合格'], ['v-0200', '合格']]));
    expect(ids.problems.map((p) => p.path)).toEqual([
      'o.xlsx, row 2, column 检查编号',
      'o.xlsx, row 3, column 检查编号',
    ]);
  });
});

describe('readOutcomesFile', () => {
  it('reads the same outcomes from .xlsx, CSV in UTF-8 with and without a BOM, and CSV in GB18030', async () => {
    const xlsx = await writeXlsx(join(dir, 'outcomes.xlsx'), CHINESE);
    expect(await readOutcomesFile(xlsx, current)).toEqual(EXPECTED);
    for (const encoding of ['utf-8', 'utf-8-bom', 'gb18030'] as const) {
      const csv = writeCsv(join(dir, `outcomes-${encoding}.csv`), CHINESE, encoding);
      expect(await readOutcomesFile(csv, current), encoding).toEqual(EXPECTED);
    }
  });

  it('reads an .xlsx date cell as its day', async () => {
    const rows = [CHINESE[1]!, ['v-0001', '发现问题', 'x', '', '', new Date(Date.UTC(2026, 2, 20))]];
    const xlsx = await writeXlsx(join(dir, 'dates.xlsx'), rows);
    expect((await readOutcomesFile(xlsx, current)).records[0]!.problems![0]!.deadline).toBe('2026-03-20');
  });

  it('reads a JSON file with readOutcomes, naming the field', async () => {
    const path = join(dir, 'outcomes.json');
    writeFileSync(path, JSON.stringify(EXPECTED));
    expect(await readOutcomesFile(path, current)).toEqual(EXPECTED);
    writeFileSync(path, JSON.stringify({ ...EXPECTED, records: [{ visit: 'v-0100', result: 'compliant' }] }));
    await expect(readOutcomesFile(path, current)).rejects.toThrow(
      'outcomes.records[0].visit: unknown visit id',
    );
  });

  it('names the file and row of a wrong cell of a CSV file', async () => {
    const csv = writeCsv(join(dir, 'bad.csv'), [CHINESE[1]!, ['v-0002', '合 格']], 'gb18030');
    await expect(readOutcomesFile(csv, current)).rejects.toThrow(
      `${csv}, row 2, column 结果: "合 格" is not a result`,
    );
  });
});
