// Cold starts of several GraphQL bundles, alternated run by run so that the machine's drift touches them alike, and the
// bare GetItem floor: `npx tsx bench/cold-ab.ts <bundle.cjs>...` (COLD_RUNS, 21 by default). Build each bundle, at
// each revision to compare, with `NODE_ENV=production npx tsx bench/bundle.ts <outdir>`. Means with their standard
// error tell a 3 ms change from the noise, which medians of 9 (bench/cold-start.ts) do not.
import { resolve } from 'node:path';
import { bundle } from './bundle.js';
import {
  coldStartOnce,
  lambdaEnvironment,
  publicSearchEvent,
  withEmptyTable,
  type ColdStart,
} from './cold-start.js';
import { fixed } from './stats.js';

const RUNS = Number(process.env.COLD_RUNS ?? 21);
const bundles = process.argv.slice(2).map((file) => resolve(file));
if (bundles.length === 0) throw new Error('usage: npx tsx bench/cold-ab.ts <bundle.cjs>...');
const floor = await bundle('bench/minimal-handler.ts', resolve('.data/bench-out/minimal'));

await withEmptyTable('cold-ab', async (endpoint) => {
  const env = lambdaEnvironment(endpoint, 'cold-ab');
  const runs = new Map<string, ColdStart[]>([...bundles, floor.entry].map((file) => [file, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const file of bundles) runs.get(file)!.push(await coldStartOnce(file, publicSearchEvent(), env));
    runs.get(floor.entry)!.push(await coldStartOnce(floor.entry, {}, env));
  }
  const mean = (samples: ColdStart[], pick: (s: ColdStart) => number) => {
    const values = samples.map(pick);
    const m = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - m) ** 2, 0) / (values.length - 1);
    return { value: m, text: `${fixed(m, 1)} ± ${fixed(Math.sqrt(variance / values.length), 1)}` };
  };
  const floorTotal = mean(runs.get(floor.entry)!, (s) => s.total).value;
  for (const [file, samples] of runs) {
    const total = mean(samples, (s) => s.total);
    console.log(
      `${file}: ${total.text} ms (load ${mean(samples, (s) => s.load).text}, first answer ` +
        `${mean(samples, (s) => s.first).text}, CPU ${mean(samples, (s) => s.cpu).text}); ` +
        `× floor ${fixed(total.value / floorTotal, 2)}`,
    );
  }
});
