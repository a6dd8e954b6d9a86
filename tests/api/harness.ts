/**
 * Starts the real HTTP server (port 0) over a real store and talks to it over
 * HTTP with fetch, the way the explorer and notebooks do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { GraphStore } from '../../server/store/port.ts';
import { startServer, type RunningServer } from '../../server/http/server.ts';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  contentType: string | null;
  body: { data?: T | null; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }> };
}

export interface Api {
  server: RunningServer;
  url: string;
  /** POST /graphql; never throws on GraphQL errors. */
  post<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** POST /graphql and fail the test on any error; returns data. */
  data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** POST and expect exactly one error with this code; returns it. */
  error(query: string, variables: Record<string, unknown> | undefined, code: string, headers?: Record<string, string>): Promise<{ message: string; status: number }>;
  close(): Promise<void>;
}

/** A static directory standing in for a built client, so routing can be checked without a client build. */
export function fakeClientDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zg-client-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>explorer</title><div id="app"></div>');
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log("explorer")');
  writeFileSync(join(dir, 'assets', 'app-abc123.css'), 'body{}');
  return dir;
}

export const GRAPHIQL_DIST = new URL('../../server/graphiql/dist/', import.meta.url).pathname;

/** The GraphiQL page is a build output (gitignored): build it as `npm run build:graphiql` would when it is missing. */
export function ensureGraphiqlBuilt(): void {
  if (existsSync(join(GRAPHIQL_DIST, 'index.html'))) return;
  // Under a lock, re-checking inside it: two test files may both find the page missing.
  const build = `test -f '${join(GRAPHIQL_DIST, 'index.html')}' || npx vite build --config server/graphiql/vite.config.ts --logLevel error`;
  execFileSync('flock', [join(tmpdir(), 'zonegraph-graphiql-build.lock'), 'sh', '-c', build], {
    cwd: new URL('../../', import.meta.url).pathname,
    stdio: 'inherit',
  });
}

export async function startApi(
  store: GraphStore,
  options: { ingestToken?: string | null; clientDist?: string; responseCache?: boolean } = {},
): Promise<Api> {
  const server = await startServer({
    ...(options.responseCache === undefined ? {} : { responseCache: options.responseCache }),
    store,
    ingestToken: options.ingestToken ?? null,
    clientDist: options.clientDist ?? fakeClientDist(),
    graphiqlDist: GRAPHIQL_DIST,
    port: 0,
  });
  const url = server.url;
  const post: Api['post'] = async (query, variables, headers = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(variables ? { query, variables } : { query }),
    });
    return { status: res.status, contentType: res.headers.get("content-type"), body: (await res.json()) as never };
  };
  return {
    server,
    url,
    post,
    async data(query, variables) {
      const res = await post(query, variables);
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      expect(res.status).toBe(200);
      return res.body.data as never;
    },
    async error(query, variables, code, headers) {
      const res = await post(query, variables, headers);
      expect(res.body.errors, `expected ${code}, got ${JSON.stringify(res.body)}`).toHaveLength(1);
      const err = res.body.errors![0]!;
      expect(err.extensions?.code, err.message).toBe(code);
      expect(JSON.stringify(err)).not.toMatch(/stacktrace|\.ts:\d+|at [A-Za-z]+ \(/);
      return { message: err.message, status: res.status };
    },
    close: () => server.close(),
  };
}

/** Wraps a store so every port call is counted by method name; behaviour is the real store's. */
export function countingStore(store: GraphStore): { store: GraphStore; calls: Map<string, number>; reset(): void } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string') return value;
      return (...args: unknown[]) => {
        calls.set(prop, (calls.get(prop) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls, reset: () => calls.clear() };
}
