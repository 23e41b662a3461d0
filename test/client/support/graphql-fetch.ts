import { vi } from 'vitest';

/** One GraphQL call the page made: its operation's name and variables. */
export type Call = { operation: string; variables: Record<string, unknown> };

/**
 * Stands in for the API behind `fetch`: records every call, and answers each with what `answer` gives for it (`nth`:
 * how many calls of that operation so far, this one included). `answer` may throw, as a lost answer does.
 */
export function stubGraphqlFetch(answer: (call: Call, nth: number) => object): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(init.body as string) as { query: string; variables: Record<string, unknown> };
      const call = {
        operation: /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? '',
        variables: body.variables,
      };
      calls.push(call);
      const nth = calls.filter((c) => c.operation === call.operation).length;
      return new Response(JSON.stringify(answer(call, nth)), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return calls;
}

/** A lost answer: what `fetch` throws when the network fails. */
export const lostAnswer = () => new TypeError('Failed to fetch');
