import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../../generated/graphql';
import { useSession } from '../session/SessionProvider';
import { request } from './client';
import { ApiError } from './errors';

export type QueryState<Result> = {
  data: Result | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Runs the query again with the same variables (after a mutation changed what it shows). */
  refetch: () => void;
};

/**
 * Runs a query as the signed-in user, again whenever its variables or the user change; an answer that arrives
 * after newer variables is dropped (the request is aborted). `skip` waits, e.g. for a route parameter.
 */
export function useQuery<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  { skip = false }: { skip?: boolean } = {},
): QueryState<Result> {
  const token = useSession().session?.token;
  const [state, setState] = useState<{ data?: Result; error?: ApiError; loading: boolean }>({
    loading: !skip,
  });
  const [generation, setGeneration] = useState(0);
  // Variables are compared by value: callers build a new object on every render.
  const variablesKey = JSON.stringify(variables);

  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    request(document, JSON.parse(variablesKey) as Variables, { token, signal: controller.signal }).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ error: asApiError(error), loading: false });
      },
    );
    return () => controller.abort();
  }, [document, variablesKey, token, skip, generation]);

  const refetch = useCallback(() => setGeneration((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, refetch };
}

export type MutationState<Result> = {
  data: Result | undefined;
  error: ApiError | undefined;
  loading: boolean;
};

/**
 * Returns a function that runs the mutation as the signed-in user: it resolves to the data, or to undefined
 * when the API refused (the error is then in the state, for an Alert and the form's field messages).
 */
export function useMutation<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
): [(variables: Variables) => Promise<Result | undefined>, MutationState<Result>] {
  const token = useSession().session?.token;
  const [state, setState] = useState<MutationState<Result>>({
    data: undefined,
    error: undefined,
    loading: false,
  });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const mutate = useCallback(
    async (variables: Variables) => {
      setState({ data: undefined, error: undefined, loading: true });
      try {
        const data = await request(document, variables, { token });
        if (mounted.current) setState({ data, error: undefined, loading: false });
        return data;
      } catch (error) {
        if (mounted.current) setState({ data: undefined, error: asApiError(error), loading: false });
        return undefined;
      }
    },
    [document, token],
  );
  return [mutate, state];
}

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(
    'INTERNAL_SERVER_ERROR',
    'Une erreur inattendue est survenue. Réessayez dans un instant.',
  );
}
