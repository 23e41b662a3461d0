import { graphql, http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

type Answer =
  { data: Record<string, JsonBodyType> } | { errors: { message: string; extensions: { code: string } }[] };
type Resolver = (variables: Record<string, unknown>) => Answer;

/**
 * The API mocked by operation name with MSW (the network, not the code, is replaced): `answer('Op', …)` sets what an
 * operation answers, `calls` records every operation with its variables, `uploads` every PUT to a signed link.
 */
export function mockApi() {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const uploads: { url: string; contentType: string | null; size: number }[] = [];
  const answers = new Map<string, Resolver>();
  const server = setupServer(
    graphql.operation(({ operationName, variables }) => {
      calls.push({ operation: operationName, variables });
      const resolve = answers.get(operationName);
      return HttpResponse.json(
        resolve
          ? resolve(variables)
          : { errors: [{ message: `${operationName} non simulé`, extensions: { code: 'NOT_FOUND' } }] },
      );
    }),
    http.put('*/documents/*', async ({ request }) => {
      uploads.push({
        url: request.url,
        contentType: request.headers.get('content-type'),
        size: (await request.arrayBuffer()).byteLength,
      });
      return new HttpResponse(null, { status: 200 });
    }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    calls.length = 0;
    uploads.length = 0;
    answers.clear();
  });
  afterAll(() => server.close());
  return {
    calls,
    uploads,
    answer: (operation: string, resolve: Resolver | Answer) =>
      answers.set(operation, typeof resolve === 'function' ? resolve : () => resolve),
    refuse: (operation: string, code: string, message: string) =>
      answers.set(operation, () => ({ errors: [{ message, extensions: { code } }] })),
  };
}
