// Writes test/vectors/audit/seal.json, the published vectors of the schedule seal (docs/spec.md, "The
// seal"): `npx tsx scripts/sealVectors.ts`. Only rerun on purpose, with a new seal version.
import { writeFileSync } from 'node:fs';
import { canonicalJson } from '../src/audit/canonicalJson.js';
import { effectiveSeed } from '../src/audit/effectiveSeed.js';
import { hashInput } from '../src/audit/hashInput.js';
import { merkleProof } from '../src/audit/merkle.js';
import { type PlanInput, planInputSchema } from '../src/model/planInputSchema.js';
import { validate } from '../src/model/validate.js';
import { plan } from '../src/schedule/plan.js';
import { sealTree } from '../src/schedule/seal.js';

// The commit-reveal seed of test/vectors/audit/commit-reveal.json, case 0 (published: worthless as a secret).
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

const valid = validate(planInputSchema, input);
const inputHash = hashInput(valid);
const seed = effectiveSeed(valid.seed as never, inputHash);
const schedule = plan(input);
const tree = sealTree(schedule, seed);
const vectors = {
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
  schedule,
  periods: tree.visitsByPeriod.map((visits, k) => ({
    index: k,
    visitsCanonicalJson: canonicalJson(visits),
    salt: tree.periodSalts[k],
    leaf: tree.leaves[k],
    proof: merkleProof(tree.leaves, k),
  })),
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
writeFileSync('test/vectors/audit/seal.json', `${JSON.stringify(vectors, null, 2)}\n`);
console.log(
  `wrote test/vectors/audit/seal.json (${vectors.leaves} leaves, scheduleHash ${vectors.scheduleHash})`,
);
