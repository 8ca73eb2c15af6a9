// What `verify` and `verifyPeriod` explain about a difference can be said in Chinese: every phrase of
// the catalogue's `errors.verification`, with sample values, holds Chinese and no English sentence; and
// the differences of real bad schedules and reveals say in Chinese what they say in English (their
// `message` stays English, byte for byte), through `differenceMessage`, the CLI and the results page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatVerification } from '../../src/cli/format.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { periodNotice } from '../../src/report/periodNotice.js';
import { periodNoticeHtml } from '../../src/report/periodNoticeHtml.js';
import { plan } from '../../src/schedule/plan.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { sealSchedule } from '../../src/schedule/seal.js';
import { differenceExpected, differenceMessage, type Verification } from '../../src/schedule/Verification.js';
import { verify } from '../../src/schedule/verify.js';
import { verifyPeriod } from '../../src/schedule/verifyPeriod.js';
import { text } from '../../src/text/catalogue.js';
import { outcomesOf } from '../outcomes/fixtures.js';

const CJK = /[\u3400-\u9fff]/;
/** Four English words in a row: a sentence nobody translated. */
const ENGLISH = /\b[a-z]{2,}(?: [a-z]{2,}){3,}\b/i;

const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const schedule: Schedule = plan(county);
const hash = schedule.manifest.scheduleHash;
const END = { asOf: '2026-12-27' };

/** Sample values for every phrase that takes some. */
const SAMPLES: Record<string, unknown[]> = {
  withdrawnVersion: ['campaigns', '"campaign-draw@1"', 'campaign-draw@2'],
  unknownLogKind: ['"audit"', ['substitution', 'replan']],
  logEntryNotReplayed: [0, 'replan', '重新计划的开始日期早于上一次替换'],
  unknownVersion: ['library', '"fairdraw@9.0.0"', ['fairdraw@0.1.0']],
  unknownStepVersion: ['routine', '"horizon-flow@9"', 'horizon-flow@1'],
  invalidScheduleField: ['必须是整数'],
  unknownSealFormat: ['"fairdraw/seal/v9+rfc6962"'],
  probabilityNeeded: ['routine', 'v-0007'],
  replayable: ['replan'],
  secret: ['52578fee1e70074695bdb57be6ca890deda0f384d758e72131549794db1aecf3'],
  auditPath: [3, 52],
  dayFrom: ['2026-03-02'],
};

/** The Chinese messages of a verification's differences (and unsealed members), each checked. */
function inChinese(v: Verification): string[] {
  return [...v.differences, ...(v.unsealed ?? [])].flatMap((d) => {
    if (d.message === undefined) return [];
    expect(differenceMessage(d, 'en')).toBe(d.message);
    const zh = differenceMessage(d, 'zh-CN')!;
    expect(zh).not.toBe(d.message);
    expect(zh).toMatch(CJK);
    expect(zh.replace(/"[^"]*"/g, '""')).not.toMatch(ENGLISH);
    return [zh];
  });
}

describe('the explanations of differences, in Chinese', () => {
  it('every phrase of errors.verification holds Chinese and no English sentence; English and Chinese have the same keys', () => {
    const { expected: enExpected, ...en } = text('en').errors.verification;
    const { expected: zhExpected, ...zh } = text('zh-CN').errors.verification;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(zhExpected).sort()).toEqual(Object.keys(enExpected).sort());
    for (const [key, phrase] of [...Object.entries(zh), ...Object.entries(zhExpected)]) {
      const said: string =
        typeof phrase === 'function'
          ? (phrase as (...a: unknown[]) => string)(...(SAMPLES[key] ?? []))
          : phrase;
      expect(said, key).toMatch(CJK);
      expect(said.replace(/"[^"]*"/g, '""').replace(/\b[\w.]+\.[\w.]+\b/g, ''), key).not.toMatch(ENGLISH);
    }
  });

  it('verify: another plan, another seed, an unknown version, an unknown log entry, a field no schedule has', () => {
    const other = structuredClone(county);
    other.routine.visitsPerPeriod += 1;
    expect(inChinese(verify(other, schedule))).toEqual([
      '输入不是抽取该督察日程时所用的计划（其规范哈希值不同），因此未再比对其他内容',
    ]);

    const reseeded = { ...county, seed: `${county.seed}-another` };
    expect(inChinese(verify(reseeded, schedule))).toEqual(['输入的随机种子不是督察日程所承诺的那个']);

    const future = structuredClone(schedule);
    future.manifest.library = 'fairdraw@9.0.0';
    const [library] = inChinese(verify(county, sealSchedule(future, county.seed)));
    expect(library).toMatch(/^不支持的版本：督察日程写明的程序库为 "fairdraw@9.0.0"，本程序未实现/);

    const logged = structuredClone(schedule) as unknown as { log: unknown[] };
    logged.log.push({ kind: 'audit', at: '2026-03-01' });
    const [kind] = inChinese(verify(county, sealSchedule(logged as unknown as Schedule, county.seed)));
    expect(kind).toMatch(/^不支持的变更记录类型 "audit"：本程序只能重放 substitution、replan/);
  });

  it('verifyPeriod: another seal format, a field no reveal has, a changed visit, a short proof, outcomes that do not fit', () => {
    const reveal = JSON.parse(JSON.stringify(revealPeriod(county, schedule, 8, END)));
    expect(inChinese(verifyPeriod({ ...reveal, seal: 'fairdraw/seal/v9+rfc6962' }, hash))[0]).toMatch(
      /^揭示文件使用的封存格式为 "fairdraw\/seal\/v9\+rfc6962"/,
    );
    expect(inChinese(verifyPeriod({ ...reveal, note: 'x' }, hash))).toContain(
      '揭示文件中没有这个字段：证明不覆盖它，因此不能作为已核验的内容公布',
    );
    const moved = structuredClone(reveal);
    moved.visits[0].period = 9;
    expect(inChinese(verifyPeriod(moved, hash))).toContain('揭示的检查必须属于所揭示的周期');
    expect(inChinese(verifyPeriod({ ...reveal, proof: reveal.proof.slice(1) }, hash))).toEqual([
      '证明的长度或各步方向与叶序号和叶数不符',
    ]);
    const changed = structuredClone(reveal);
    changed.visits[0].date = '2026-02-17';
    expect(inChinese(verifyPeriod(changed, hash))).toEqual([
      '揭示的数据、盐值、证明和叶数算不出公布的日程哈希值：揭示文件被改动过，或属于另一份督察日程',
    ]);

    const outcomes = outcomesOf(schedule, '2026-12-27', () => 'compliant');
    const withOutcomes = JSON.parse(JSON.stringify(revealPeriod(county, schedule, 8, { ...END, outcomes })));
    const unsealed = inChinese(verifyPeriod(withOutcomes, hash));
    expect(unsealed).toHaveLength(3);
    expect(unsealed[0]).toMatch(/^检查发现的情况是督察部门自己的记录/);
    const doubled = structuredClone(withOutcomes);
    doubled.outcomes.records.push(doubled.outcomes.records[0]);
    expect(inChinese(verifyPeriod(doubled, hash))).toContain('同一检查的第二条记录');

    // What should be there, where a difference describes it: in the run's language too.
    const untyped = structuredClone(withOutcomes);
    const unit = Object.keys(untyped.outcomes.types)[0]!;
    delete untyped.outcomes.types[unit];
    const [missing] = verifyPeriod(untyped, hash).differences;
    expect(missing!.expected).toBe('the police type of the unit');
    expect(differenceExpected(missing!, 'en')).toBe('the police type of the unit');
    expect(differenceExpected(missing!, 'zh-CN')).toBe('该单位的警种');
    expect(formatVerification('week-9.json', verifyPeriod(untyped, hash), 'zh-CN').stdout).toContain(
      `outcomes.types.${unit}：应为 "该单位的警种"`,
    );
  });

  it('the CLI and the results page say them in the run’s language', () => {
    const other = structuredClone(county);
    other.routine.visitsPerPeriod += 1;
    const v = verify(other, schedule);
    const zh = formatVerification('schedule.json', v, 'zh-CN').stdout!;
    expect(zh).toContain('    输入不是抽取该督察日程时所用的计划');
    const en = formatVerification('schedule.json', v, 'en').stdout!;
    expect(en).toContain('    the input is not the frame the schedule was drawn from');

    const reveal = JSON.parse(JSON.stringify(revealPeriod(county, schedule, 8, END)));
    reveal.visits[0].date = '2026-02-17';
    const notice = periodNotice(reveal, hash);
    expect(periodNoticeHtml(notice, { lang: 'zh-CN' })).toContain('揭示文件被改动过，或属于另一份督察日程');
    expect(periodNoticeHtml(notice)).toContain('something in the reveal was changed');
  });
});
