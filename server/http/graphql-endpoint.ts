/**
 * POST/GET /graphql over Node's http module through Apollo's integration API
 * (executeHTTPGraphQLRequest), with our body and query-size ceilings in front.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { ApiContext } from '../graphql/context.ts';
import { ErrorCode } from '../graphql/errors.ts';
import { LIMITS } from '../graphql/limits.ts';
import { readBody } from './body.ts';
import { matchesEtag, ResponseCache, type CachedAnswer } from './response-cache.ts';
import { sendGraphQLError } from './respond.ts';

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, authorization, accept',
  'access-control-max-age': '600',
};

export interface GraphQLEndpoint {
  apollo: ApolloServer<ApiContext>;
  context(req: IncomingMessage): Promise<ApiContext>;
  /** Answers to read queries until the graph changes; null: every request is executed. */
  cache: ResponseCache | null;
}

/** A stored answer, or 304 when the client already holds these bytes. */
function replay(req: IncomingMessage, res: ServerResponse, answer: CachedAnswer): void {
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  for (const [key, value] of Object.entries(CORS_HEADERS)) res.setHeader(key, value);
  res.setHeader('etag', answer.etag);
  if (matchesEtag(req.headers['if-none-match'], answer.etag)) {
    res.removeHeader('content-type');
    res.removeHeader('content-length');
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = answer.status;
  res.setHeader('content-length', answer.body.length);
  res.end(answer.body);
}

function tooLargeQuery(query: unknown): boolean {
  return typeof query === 'string' && Buffer.byteLength(query) > LIMITS.maxQueryBytes;
}

const queryTooLarge = (res: ServerResponse) =>
  sendGraphQLError(res, 400, ErrorCode.QUERY_TOO_LARGE, `The query text is larger than ${LIMITS.maxQueryBytes} bytes.`, CORS_HEADERS);

function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  const essence = value.split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json' || essence === 'application/graphql-response+json';
}

function charsetOf(value: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(value ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

export async function handleGraphQL(endpoint: GraphQLEndpoint, req: IncomingMessage, res: ServerResponse, search: string): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'OPTIONS') {
    res.writeHead(204, CORS_HEADERS);
    res.end();
    return;
  }
  if (method !== 'GET' && method !== 'POST') {
    sendGraphQLError(res, 405, 'METHOD_NOT_ALLOWED', '/graphql answers GET and POST.', { allow: 'GET, POST', ...CORS_HEADERS });
    return;
  }

  const params = new URLSearchParams(search);
  if (method === 'GET' && !params.has('query') && (req.headers.accept ?? '').includes('text/html')) {
    // A browser opening /graphql: send it to the IDE.
    res.writeHead(302, { location: '/graphiql', 'cache-control': 'no-store' });
    res.end();
    return;
  }

  let body: unknown;
  let cacheKey: string | null = null;
  if (method === 'POST') {
    const read = await readBody(req, LIMITS.maxBodyBytes);
    if (read.kind === 'aborted') return;
    if (read.kind === 'too-large') {
      sendGraphQLError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is larger than ${LIMITS.maxBodyBytes} bytes.`, {
        connection: 'close',
        ...CORS_HEADERS,
      });
      return;
    }
    const contentType = req.headers['content-type'];
    if (isJsonContentType(contentType)) {
      const charset = charsetOf(contentType);
      if (charset !== null && charset !== 'utf-8' && charset !== 'utf8') {
        sendGraphQLError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', `Unsupported charset "${charset}": send UTF-8.`, CORS_HEADERS);
        return;
      }
      const text = read.body.toString('utf8');
      if (endpoint.cache) {
        cacheKey = ResponseCache.key(method, req.headers.accept, contentType, text);
        const hit = endpoint.cache.get(cacheKey);
        if (hit) return replay(req, res, hit);
      }
      try {
        body = JSON.parse(text);
      } catch {
        sendGraphQLError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.', CORS_HEADERS);
        return;
      }
      if (body && typeof body === 'object' && tooLargeQuery((body as { query?: unknown }).query)) {
        queryTooLarge(res);
        return;
      }
    } else if (contentType === undefined && read.body.length === 0) {
      body = undefined;
    } else {
      sendGraphQLError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'POST /graphql takes Content-Type: application/json.', CORS_HEADERS);
      return;
    }
  } else if (tooLargeQuery(params.get('query'))) {
    queryTooLarge(res);
    return;
  } else if (endpoint.cache && params.has('query')) {
    cacheKey = ResponseCache.key(method, req.headers.accept, undefined, search);
    const hit = endpoint.cache.get(cacheKey);
    if (hit) return replay(req, res, hit);
  }
  const startedAt = endpoint.cache?.currentVersion() ?? 0;

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers, search, body };
  try {
    let context: ApiContext | null = null;
    const response = await endpoint.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => (context = await endpoint.context(req)),
    });
    const status = response.status ?? 200;
    if (endpoint.cache && cacheKey !== null && status === 200 && response.body.kind === 'complete' && (context as ApiContext | null)?.answer.cacheable) {
      const answer = endpoint.cache.store(cacheKey, startedAt, status, [...response.headers], Buffer.from(response.body.string, 'utf8'));
      return replay(req, res, answer);
    }
    for (const [key, value] of response.headers) res.setHeader(key, value);
    for (const [key, value] of Object.entries(CORS_HEADERS)) res.setHeader(key, value);
    res.statusCode = status;
    if (response.body.kind === 'complete') {
      // One buffer with its length: a string body without one goes out chunked, in more writes.
      const bytes = Buffer.from(response.body.string, 'utf8');
      res.setHeader('content-length', bytes.length);
      res.end(bytes);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  } catch {
    // executeHTTPGraphQLRequest formats its own failures; reaching here is a bug, not the client's doing.
    sendGraphQLError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.', CORS_HEADERS);
  }
}
