// Self time of a .cpuprofile by layer, package (or file) and function: `tsx bench/profile-summary.ts <file>`.
// Samples are wall-clock: idle time (waiting on DynamoDB Local, another process) and `writev` are left out. On this
// machine `writev` to the loopback socket is mostly time off the CPU (the kernel hands the request to DynamoDB Local's
// threads inside the call): `process.cpuUsage` counts 0.05 ms of system time per request where the samples see
// milliseconds. The shares are of what is left; with the CPU per call that bench/profile.ts records in the file,
// they are also given in ms per call.
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
  bench?: { calls: number; cpuMsPerCall: number };
};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
const left = new Set(
  profile.nodes
    .filter((n) => n.callFrame.functionName === '(idle)' || n.callFrame.functionName === 'writev')
    .map((n) => n.id),
);
// The first sample's delta is the time since the profile's start (the inspector's own `dispatch`): left out too.
profile.samples.forEach((id, i) => {
  if (i > 0 && !left.has(id)) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
const where = (url: string) => {
  const m = url.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
  if (m) return m[1]!;
  return url.replace(/^file:\/\/.*?\/(functions|bench|scripts|test)\//, '$1/') || '(native)';
};
const LAYERS: [string, RegExp][] = [
  ['AWS SDK', /^@(aws-sdk|smithy|aws-crypto)\//],
  [
    'node http, streams, sockets',
    /^node:(_http|http|net|internal\/(streams|stream_base|http|net|timers)|timers|events|buffer)/,
  ],
  ['graphql-js', /^graphql$/],
  ['Apollo Server and its Lambda integration', /^@apollo|^@as-integrations/],
  ['our code', /^(functions|bench|test)\//],
];
const layerOf = (functionName: string, place: string) => {
  if (functionName === '(garbage collector)') return 'garbage collection';
  return LAYERS.find(([, re]) => re.test(place))?.[0] ?? (place === '(native)' ? 'native (other)' : 'other');
};
const add = (map: Map<string, number>, key: string, t: number) => map.set(key, (map.get(key) ?? 0) + t);
const layers = new Map<string, number>();
const packages = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, t] of self) {
  const { callFrame } = byId.get(id)!;
  const place = where(callFrame.url);
  add(layers, layerOf(callFrame.functionName, place), t);
  add(packages, place, t);
  add(functions, `${callFrame.functionName || '(anonymous)'} ${place}:${callFrame.lineNumber}`, t);
}
const perCall = profile.bench?.cpuMsPerCall;
const top = (map: Map<string, number>, n: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([k, t]) =>
        `${((100 * t) / total).toFixed(1).padStart(5)} %${perCall ? ` ${((perCall * t) / total).toFixed(2).padStart(5)} ms` : ''}  ${k}`,
    )
    .join('\n');
console.log(
  `${perCall ? `${perCall.toFixed(2)} ms CPU per call (process.cpuUsage), over ${profile.bench!.calls} calls\n\n` : ''}By layer:\n${top(layers, 10)}\n\nBy package or file:\n${top(packages, 25)}\n\nBy function:\n${top(functions, 40)}`,
);
