import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The rooms of `functions/` and the doors between them, read from the import statements (type imports included:
 * a type shared both ways is a dependency both ways). `generated/` is codegen output (its mappers name every
 * domain's records) and stands outside the graph; `graphql/` is the wiring layer: it may import every domain, and no
 * domain may import it.
 */
const ROOT = 'functions';
const OUTSIDE_THE_GRAPH = new Set(['generated']);

type Edge = { from: string; to: string; file: string; specifier: string };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g;
const domainOf = (file: string) => relative(ROOT, file).split('/')[0]!;

function domainEdges(): Edge[] {
  return sourceFiles(ROOT).flatMap((file) => {
    const from = domainOf(file);
    return [...readFileSync(file, 'utf8').matchAll(IMPORT)].flatMap((match) => {
      const target = normalize(join(dirname(file), match[1]!));
      if (!target.startsWith(`${ROOT}/`)) return [];
      const to = domainOf(target);
      if (to === from || OUTSIDE_THE_GRAPH.has(from) || OUTSIDE_THE_GRAPH.has(to)) return [];
      return [{ from, to, file, specifier: match[1]! }];
    });
  });
}

/** The strongly connected components with more than one domain (Tarjan), each a cycle to break. */
function cycles(edges: Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) next.set(e.from, (next.get(e.from) ?? new Set()).add(e.to));
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return found;
}

/** Each cycle with the imports that make it, so a failure says which line to change. */
const explain = (edges: Edge[], component: string[]) =>
  [
    `cycle between ${component.join(', ')}:`,
    ...edges
      .filter((e) => component.includes(e.from) && component.includes(e.to))
      .map((e) => `  ${e.from} → ${e.to}: ${e.file} imports ${e.specifier}`),
  ].join('\n');

describe('the import graph between domains', () => {
  const edges = domainEdges();

  it('finds the imports it checks (the parser reads the code base)', () => {
    expect(edges.some((e) => e.from === 'graphql' && e.to === 'subsidies')).toBe(true);
  });

  it('has no cycle', () => {
    const found = cycles(edges);
    expect(found.map((component) => explain(edges, component)).join('\n\n')).toBe('');
  });

  it('keeps shared/ free of any domain, and no domain imports the graphql wiring', () => {
    const wrong = edges
      .filter((e) => e.from === 'shared' || e.to === 'graphql')
      .map((e) => `${e.file} imports ${e.specifier}`);
    expect(wrong).toEqual([]);
  });
});
