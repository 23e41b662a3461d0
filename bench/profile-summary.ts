// Self time of a .cpuprofile by package (or file) and by function: `tsx bench/profile-summary.ts <file>`.
import { readFileSync } from 'node:fs';

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
const profile = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
// Idle time is waiting on DynamoDB Local (another process): left out.
const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
profile.samples.forEach((id, i) => {
  if (!idle.has(id)) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
const where = (url: string) => {
  const m = url.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
  if (m) return m[1]!;
  return url.replace(/^.*\/perf\//, '') || '(native)';
};
const add = (map: Map<string, number>, key: string, t: number) => map.set(key, (map.get(key) ?? 0) + t);
const packages = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, t] of self) {
  const { callFrame } = byId.get(id)!;
  add(packages, where(callFrame.url), t);
  add(
    functions,
    `${callFrame.functionName || '(anonymous)'} ${where(callFrame.url)}:${callFrame.lineNumber}`,
    t,
  );
}
const top = (map: Map<string, number>, n: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, t]) => `${((100 * t) / total).toFixed(1).padStart(5)} %  ${k}`)
    .join('\n');
console.log(`By package or file:\n${top(packages, 25)}\n\nBy function:\n${top(functions, 40)}`);
