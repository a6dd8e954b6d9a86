/// <reference types="vite/client" />
/** The bundled GraphiQL page at /graphiql: no CDN, one tab per example question. */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { EXAMPLES } from './examples.ts';

type FetcherParams = { query: string; operationName?: string | null; variables?: unknown };
type FetcherOpts = { headers?: Record<string, unknown> };

async function fetcher(params: FetcherParams, opts?: FetcherOpts): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  for (const [k, v] of Object.entries(opts?.headers ?? {})) if (typeof v === 'string') headers[k] = v;
  const response = await fetch(new URL('/graphql', window.location.href), { method: 'POST', headers, body: JSON.stringify(params) });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
  }
}

const tabs = EXAMPLES.map((e) => ({
  query: e.query,
  variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined,
  headers: e.mutation ? JSON.stringify({ Authorization: 'Bearer <ZONEGRAPH_INGEST_TOKEN>' }, null, 2) : undefined,
}));

// createElement rather than JSX: the repository's tsconfig has no JSX setting, and this page needs none.
createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, { fetcher: fetcher as never, defaultTabs: tabs, defaultEditorToolsVisibility: 'variables', shouldPersistHeaders: false }),
);
