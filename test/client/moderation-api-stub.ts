import { vi } from 'vitest';

export type RecordedCall = { operation: string; variables: Record<string, unknown>; token?: string };
type Answer = object | ((variables: Record<string, unknown>) => object);

/**
 * The API as the pages see it, answered per operation name: each operation's answers are used in turn (the last
 * one again when they run out). Every call is recorded with its variables and bearer token.
 */
/** A few lines of client/public/communes.tsv (INSEE code, name, postal codes, département). */
export const COMMUNES_TSV = [
  '69123\tLyon\t69001 69002 69003\t69',
  '38185\tGrenoble\t38000 38100\t38',
  '27377\tLyons-la-Forêt\t27480\t27',
].join('\n');

export function stubApiByOperation(answers: Record<string, Answer[]>) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    // Static assets are not the API's; the communes list of a commune field is a few communes.
    if (url === '/communes.tsv') return new Response(COMMUNES_TSV);
    if (url !== '/graphql' || !init) return new Response('', { status: 404 });
    const body = JSON.parse(init.body as string) as { query: string; variables: Record<string, unknown> };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    const authorization = (init.headers as Record<string, string>).authorization;
    calls.push({ operation, variables: body.variables, token: authorization?.replace('Bearer ', '') });
    const queue = answers[operation];
    if (!queue || queue.length === 0) throw new Error(`No answer stubbed for ${operation}`);
    const next = queue.length > 1 ? queue.shift()! : queue[0]!;
    const answer = typeof next === 'function' ? next(body.variables) : next;
    return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, callsOf: (operation: string) => calls.filter((call) => call.operation === operation) };
}
