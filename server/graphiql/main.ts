/// <reference types="vite/client" />
/** The bundled GraphiQL page at /graphiql: no CDN, one tab per example question. */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { EXAMPLES } from './examples.ts';

type FetcherParams = { query: string; operationName?: string | null; variables?: unknown };
type FetcherOpts = { headers?: Record<string, unknown> };

/** Operation names a document defines (enough of a parse for the check below). */
const operationNames = (query: string): string[] =>
  [...query.replace(/#[^\n]*/g, '').matchAll(/\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g)].map((m) => m[1]!);

async function fetcher(params: FetcherParams, opts?: FetcherOpts): Promise<unknown> {
  // Right after a tab switch GraphiQL can still send the previous tab's operation name; drop a name the document lacks.
  if (params.operationName && !operationNames(params.query).includes(params.operationName)) {
    params = { ...params, operationName: null };
  }
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

// GraphiQL fills the editors of the first tab from these props, not from defaultTabs[0].
const first = tabs[0]!;

// createElement rather than JSX: the repository's tsconfig has no JSX setting, and this page needs none.
createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, {
    fetcher: fetcher as never,
    defaultTabs: tabs,
    query: first.query,
    variables: first.variables,
    headers: first.headers,
    defaultEditorToolsVisibility: 'variables',
    shouldPersistHeaders: false,
  }),
);
