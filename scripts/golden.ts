// Rewrites the golden schedules under test/golden/ from the bundled examples: `npm run golden`.
// Only run this on purpose, when a draw changes together with its algorithm version in the manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { plan } from '../src/schedule/plan.js';

for (const name of ['county']) {
  const input = JSON.parse(readFileSync(`examples/${name}.json`, 'utf8'));
  writeFileSync(`test/golden/${name}.schedule.json`, `${JSON.stringify(plan(input), null, 2)}\n`);
  console.log(`wrote test/golden/${name}.schedule.json`);
}
