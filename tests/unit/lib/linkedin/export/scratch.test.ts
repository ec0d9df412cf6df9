import { readFileSync, readdirSync } from 'node:fs';
import { it } from 'vitest';
import { readExport } from '@/lib/linkedin/export/read-export';
import { buildImportPlan } from '@/lib/linkedin/export/plan';

it('scratch', () => {
  const dir = '../shared/fixtures/linkedin-export/';
  for (const f of readdirSync(dir)) {
    try {
      const name = f.replace(/^.*__/, '').replace('.sample.csv', '');
      const { records, files } = readExport([{ name, bytes: new Uint8Array(readFileSync(dir + f)) }]);
      const plan = buildImportPlan(records);
      console.log(f, JSON.stringify(files), JSON.stringify({ ...plan, contacts: plan.contacts.slice(0, 2), touchpoints: plan.touchpoints.slice(0, 2), skipped: plan.skipped.slice(0, 3), nc: plan.contacts.length, nt: plan.touchpoints.length, ns: plan.skipped.length }, null, 1));
    } catch (e) {
      console.log(f, 'ERROR', (e as Error).message);
    }
  }
});
