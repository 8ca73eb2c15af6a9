// Writes the published vectors of the schedule seal (docs/spec.md, "The seal"): test/vectors/audit/
// seal-v3.json, the format `fairdraw/seal/v3+rfc6962` that `plan` writes (units point into `profiles`),
// and the earlier formats, which this script still writes byte for byte: seal-v2.json
// (`fairdraw/seal/v2+rfc6962`: period leaves over the period's names and visits, each unit listing its
// probabilities) and seal.json (`fairdraw/seal/v1+rfc6962`: period leaves over the visits alone):
// `npx tsx scripts/sealVectors.ts`. Only rerun on purpose, with a new seal version (the old versions'
// files stay as they are).
import { writeFileSync } from 'node:fs';
import { canonicalJson } from '../src/audit/canonicalJson.js';
import { type CommitRevealSeed, effectiveSeed } from '../src/audit/effectiveSeed.js';
import { hashInput } from '../src/audit/hashInput.js';
import { merkleProof } from '../src/audit/merkle.js';
import { type PlanInput, planInputSchema, type ValidPlanInput } from '../src/model/planInputSchema.js';
import { validate } from '../src/model/validate.js';
import { plan } from '../src/schedule/plan.js';
import {
  inSealFormat,
  SEAL_V1,
  SEAL_V2,
  type SealTree,
  sealSchedule,
  sealTree,
} from '../src/schedule/seal.js';

// The commit-reveal seed of test/vectors/audit/commit-reveal.json, case 0 (published: worthless as a secret).
/** The names of seal-v2.json: `ci-east` and `insp-03` have none. */
const NAMES: Record<string, { name: string }> = {
  'ps-luohe': { name: '漯河派出所' },
  'ps-xiaji': { name: 'Xiaji police station' },
  'tp-urban': { name: 'Urban traffic police' },
  'insp-01': { name: '王磊' },
  'insp-02': { name: 'Li Na' },
};

const input: PlanInput = {
  seed: {
    secret: 'db4ba3fa0e855637218cb621a6467fba4a092463ca2500a1edb3f0571629cbd2',
    public: '5 2 6 1 3 4 4 6 1 2 5 3 6 6 2 1 4 3 5 2',
    commitment: '52578fee1e70074695bdb57be6ca890deda0f384d758e72131549794db1aecf3',
  },
  horizon: {
    start: '2026-01-05',
    end: '2026-01-25',
    zone: 'Asia/Shanghai',
    period: 'week',
    holidays: ['2026-01-14'],
  },
  units: [
    { id: 'ps-luohe', type: 'police-station', risk: 3 },
    { id: 'ps-xiaji', type: 'police-station', risk: 2 },
    { id: 'ci-east', type: 'criminal-investigation', risk: 2 },
    { id: 'tp-urban', type: 'traffic-police', risk: 1 },
  ],
  inspectors: [{ id: 'insp-01', homeUnit: 'ps-luohe' }, { id: 'insp-02' }, { id: 'insp-03' }],
  routine: { visitsPerPeriod: 2 },
  team: { size: 2 },
};

/** The vectors' seed is a commit-reveal seed. */
function commitReveal(seed: ValidPlanInput['seed']): CommitRevealSeed {
  if (typeof seed === 'string') throw new Error('the seal vectors use a commit-reveal seed');
  return seed;
}

const valid = validate(planInputSchema, input);
const inputHash = hashInput(valid);
const seed = effectiveSeed(commitReveal(valid.seed), inputHash);

/** The tree's salts, leaves, proofs, root and head, as the vector files list them. */
function treeVectors(tree: SealTree) {
  return {
    summary: {
      canonicalJson: canonicalJson(tree.summary),
      salt: tree.summarySalt,
      leaf: tree.leaves[tree.periods],
      proof: merkleProof(tree.leaves, tree.periods),
    },
    leaves: tree.leaves.length,
    root: tree.root,
    scheduleHash: tree.head,
  };
}

// fairdraw/seal/v1+rfc6962: the schedule of `input` in that format (no names).
const v1Schedule = sealSchedule(inSealFormat(plan(input), SEAL_V1), seed);
const v1Tree = sealTree(v1Schedule, seed);
const { summary: v1Summary, ...v1Head } = treeVectors(v1Tree);
const v1 = {
  description:
    'The seal of a schedule (docs/spec.md, "The seal"). inputHash = hashInput(inputWithDefaults), the input as ' +
    'validated with its defaults filled in (docs/spec/plan.md section 2); seed = effectiveSeed(input.seed, inputHash). For each period k: salt = deriveSeed(seed, "reveal-salt", k); leaf = SHA-256(0x00 "fairdraw/period/v1" ' +
    '0x00 salt 0x00 decimal(k) 0x00 canonicalJson(visits of period k, schedule order)). Summary: salt = ' +
    'deriveSeed(seed, "reveal-salt", "summary"); leaf = SHA-256(0x00 "fairdraw/summary/v1" 0x00 salt 0x00 ' +
    'canonicalJson(schedule with manifest.scheduleHash = "" and each visit replaced by its period)). root = RFC 6962 ' +
    'Merkle Tree Hash of [period leaves..., summary leaf]; scheduleHash = SHA-256("fairdraw/seal/v1" 0x00 ' +
    'decimal(leaves) 0x00 root). proof = RFC 6962 audit path, bottom-up, "L:"/"R:" + sibling hash.',
  input,
  inputWithDefaults: valid,
  inputHash,
  effectiveSeed: seed,
  schedule: v1Schedule,
  periods: v1Tree.visitsByPeriod.map((visits, k) => ({
    index: k,
    visitsCanonicalJson: canonicalJson(visits),
    salt: v1Tree.periodSalts[k],
    leaf: v1Tree.leaves[k],
    proof: merkleProof(v1Tree.leaves, k),
  })),
  summary: v1Summary,
  ...v1Head,
};
writeFileSync('test/vectors/audit/seal.json', `${JSON.stringify(v1, null, 2)}\n`);
console.log(`wrote test/vectors/audit/seal.json (${v1.leaves} leaves, scheduleHash ${v1.scheduleHash})`);

// fairdraw/seal/v2+rfc6962: the same plan with names, some units and inspectors left without one.
const named: PlanInput = {
  ...input,
  units: input.units.map((u) => ({ ...u, ...NAMES[u.id] })),
  inspectors: (input.inspectors ?? []).map((x) => ({ ...x, ...NAMES[x.id] })),
};
const validNamed = validate(planInputSchema, named);
const namedHash = hashInput(validNamed);
const namedSeed = effectiveSeed(commitReveal(validNamed.seed), namedHash);
const v2Schedule = sealSchedule(inSealFormat(plan(named), SEAL_V2), namedSeed);
const v2Tree = sealTree(v2Schedule, namedSeed);
const v2 = {
  description:
    'The seal of a schedule in the format fairdraw/seal/v2+rfc6962 (docs/spec.md, "The seal"): as seal.json ' +
    '(fairdraw/seal/v1+rfc6962) but for the period leaves and the head. For each period k: names = { "units": ' +
    '{ id: name } for each unit a visit of period k names and schedule.units gives a name, "inspectors": the same ' +
    'for each inspector id of those visits and schedule.inspectors }; leaf = SHA-256(0x00 "fairdraw/period/v2" 0x00 ' +
    'salt 0x00 decimal(k) 0x00 canonicalJson({ "names": names, "visits": visits of period k, schedule order })). ' +
    'Summary leaf as in v1 (label "fairdraw/summary/v1"). scheduleHash = SHA-256("fairdraw/seal/v2" 0x00 ' +
    'decimal(leaves) 0x00 root).',
  input: named,
  inputWithDefaults: validNamed,
  inputHash: namedHash,
  effectiveSeed: namedSeed,
  schedule: v2Schedule,
  periods: v2Tree.visitsByPeriod.map((visits, k) => ({
    index: k,
    names: v2Tree.namesByPeriod![k],
    periodCanonicalJson: canonicalJson({ names: v2Tree.namesByPeriod![k], visits }),
    salt: v2Tree.periodSalts[k],
    leaf: v2Tree.leaves[k],
    proof: merkleProof(v2Tree.leaves, k),
  })),
  ...treeVectors(v2Tree),
};
writeFileSync('test/vectors/audit/seal-v2.json', `${JSON.stringify(v2, null, 2)}\n`);
console.log(`wrote test/vectors/audit/seal-v2.json (${v2.leaves} leaves, scheduleHash ${v2.scheduleHash})`);

// fairdraw/seal/v3+rfc6962: the same named plan in the format `plan` writes.
const v3Schedule = plan(named);
const v3Tree = sealTree(v3Schedule, namedSeed);
const v3 = {
  description:
    'The seal of a schedule in the format fairdraw/seal/v3+rfc6962 (docs/spec.md, "The seal"): leaves and tree as ' +
    'seal-v2.json, over a schedule in which each unit names one of schedule.profiles (the distinct vectors of ' +
    'routine probabilities per period, in the order the units first have them) by its index, units[].profile, ' +
    'instead of listing units[].probabilities. scheduleHash = SHA-256("fairdraw/seal/v3" 0x00 decimal(leaves) 0x00 root).',
  input: named,
  inputWithDefaults: validNamed,
  inputHash: namedHash,
  effectiveSeed: namedSeed,
  schedule: v3Schedule,
  periods: v3Tree.visitsByPeriod.map((visits, k) => ({
    index: k,
    names: v3Tree.namesByPeriod![k],
    periodCanonicalJson: canonicalJson({ names: v3Tree.namesByPeriod![k], visits }),
    salt: v3Tree.periodSalts[k],
    leaf: v3Tree.leaves[k],
    proof: merkleProof(v3Tree.leaves, k),
  })),
  ...treeVectors(v3Tree),
};
writeFileSync('test/vectors/audit/seal-v3.json', `${JSON.stringify(v3, null, 2)}\n`);
console.log(`wrote test/vectors/audit/seal-v3.json (${v3.leaves} leaves, scheduleHash ${v3.scheduleHash})`);
