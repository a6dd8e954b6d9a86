/**
 * The explorer's only connection to the world: POST /graphql on the same
 * origin. Every failure becomes an ApiError with a code the UI can explain:
 * the server's extensions.code, or NETWORK / HTTP / BAD_RESPONSE when the
 * server could not be reached or answered with something that is not GraphQL.
 */

export type ApiErrorCode = 'NETWORK' | 'HTTP' | 'BAD_RESPONSE' | 'ABORTED' | string;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: ApiErrorCode,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export interface GraphQLClient {
  request<T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T>;
}

export function createClient(endpoint = '/graphql', fetchImpl: typeof fetch = (...a) => fetch(...a)): GraphQLClient {
  return {
    async request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
      let response: Response;
      try {
        response = await fetchImpl(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
          body: JSON.stringify({ query, variables }),
          signal,
        });
      } catch (err) {
        if (signal?.aborted) throw new ApiError('Request cancelled.', 'ABORTED');
        throw new ApiError(`The server is unreachable (${(err as Error).message}).`, 'NETWORK');
      }
      let body: GraphQLResponse<T>;
      try {
        body = (await response.json()) as GraphQLResponse<T>;
      } catch {
        if (!response.ok) throw new ApiError(`The server answered HTTP ${response.status}.`, 'HTTP', response.status);
        throw new ApiError('The server answered with something that is not JSON.', 'BAD_RESPONSE', response.status);
      }
      const first = body.errors?.[0];
      if (first) throw new ApiError(first.message, first.extensions?.code ?? (response.ok ? 'GRAPHQL_ERROR' : 'HTTP'), response.status);
      if (!response.ok) throw new ApiError(`The server answered HTTP ${response.status}.`, 'HTTP', response.status);
      if (body.data === undefined || body.data === null) throw new ApiError('The server answered without data.', 'BAD_RESPONSE', response.status);
      return body.data;
    },
  };
}

/** What to tell the user about a failure, by code. */
export function describeError(err: unknown): { code: string; message: string } {
  if (err instanceof ApiError) {
    const hint: Record<string, string> = {
      NETWORK: 'Cannot reach the zonegraph server. Is it running? Retry when it is back.',
      HTTP: 'The server returned an error status.',
      NOT_FOUND: 'Not found in the graph.',
      BAD_USER_INPUT: 'The request was not accepted.',
      QUERY_TOO_COMPLEX: 'The view asks for too much at once; narrow it with filters.',
      QUERY_TOO_LARGE: 'The view asks for too much at once; narrow it with filters.',
      INTERNAL_SERVER_ERROR: 'The server failed while answering.',
    };
    const prefix = hint[err.code];
    return { code: err.code, message: prefix && err.code !== 'NETWORK' ? `${prefix} ${err.message}` : (prefix ?? err.message) };
  }
  return { code: 'CLIENT_ERROR', message: err instanceof Error ? err.message : String(err) };
}
