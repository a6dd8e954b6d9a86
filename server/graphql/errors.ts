/**
 * The error vocabulary of the API. Every error a client sees carries an
 * `extensions.code` it can branch on; none carries a stack trace.
 */
import { GraphQLError, type GraphQLFormattedError } from './graphql-js.ts';
import { unwrapResolverError } from '@apollo/server/errors';
import { StoreError } from '../store/port.ts';

export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INGEST_DISABLED: 'INGEST_DISABLED',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function apiError(code: string, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const notFound = (what: string, ref: string): GraphQLError =>
  apiError(ErrorCode.NOT_FOUND, `No ${what} with id or name "${ref}".`, { ref });

export const badInput = (message: string, argument?: string): GraphQLError =>
  apiError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});

/** A relationship or fact points at a node the store does not have: a store inconsistency, not the client's fault. */
export const danglingReference = (id: string): GraphQLError =>
  apiError('INCONSISTENT_GRAPH', `The graph refers to ${id}, which the store does not hold.`, { ref: id });

/** Errors raised before execution (limits): Apollo turns extensions.http into the response status. */
export const requestRejected = (code: ErrorCode, message: string, status = 400): GraphQLError =>
  new GraphQLError(message, { extensions: { code, http: { status } } });

/**
 * graphql-js reports a literal argument of the wrong type (bad enum value,
 * string for Int) as a validation failure; to a client that is bad input.
 */
const ARGUMENT_VALUE_MESSAGE =
  /cannot represent|does not exist in "[^"]+" enum|Expected value of type|Expected type "[^"]+"|is not a valid value/;

/** Apollo formatError hook: keep what helps the client, drop what leaks internals. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  if (original instanceof StoreError) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: original.code } };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && ARGUMENT_VALUE_MESSAGE.test(formatted.message)) {
    return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (code === ErrorCode.INTERNAL_SERVER_ERROR || code === undefined) {
    // A bug or a crashed dependency: say so without leaking its text.
    if (!(original instanceof GraphQLError)) {
      // The client gets a generic message; the operator gets the real one.
      console.error(`[zonegraph] internal error at ${formatted.path?.join('.') ?? '(request)'}:`, original);
      return {
        message: 'Internal server error.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
  }
  const { stacktrace: _dropped, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  return { ...formatted, extensions };
}
