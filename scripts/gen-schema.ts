// Writes schema/plan-input.schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { planInputJsonSchema } from '../src/model/planInputJsonSchema.js';

writeFileSync('schema/plan-input.schema.json', `${JSON.stringify(planInputJsonSchema(), null, 2)}\n`);
console.log('wrote schema/plan-input.schema.json');
