/** The HTTP surface besides /graphql: the explorer's static files, the bundled GraphiQL page, /healthz. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../server/store/embedded/index.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { EXAMPLES } from '../../server/graphiql/examples.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { ensureGraphiqlBuilt, GRAPHIQL_DIST, startApi, type Api } from './harness.ts';

describe('HTTP: explorer, GraphiQL, health', () => {
  let api: Api;
  let store: GraphStore;
  beforeAll(async () => {
    ensureGraphiqlBuilt();
    store = createEmbeddedStore(smallGraph());
    api = await startApi(store);
  }, 180_000);
  afterAll(async () => {
    await api.close();
    await store.close();
  });

  it('serves the explorer index with no-cache and hashed assets as immutable, with content types', async () => {
    const index = await fetch(`${api.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toContain('<title>explorer</title>');
    const js = await fetch(`${api.url}/assets/app-abc123.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    const css = await fetch(`${api.url}/assets/app-abc123.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('falls back to index.html for app routes, 404s for missing files, never leaves the root', async () => {
    const route = await fetch(`${api.url}/zone/zone%3A%E6%AD%A6%E6%B1%89`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>explorer</title>');
    expect((await fetch(`${api.url}/assets/missing-123.js`)).status).toBe(404);
    for (const path of ['/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd.txt', '/assets/..%2f..%2f..%2fpackage.json']) {
      const res = await fetch(`${api.url}${path}`);
      expect(await res.text()).not.toMatch(/root:|"name": "zonegraph"/);
    }
    expect((await fetch(`${api.url}/`, { method: 'DELETE' })).status).toBe(405);
  });

  it('serves the bundled GraphiQL page with no CDN references', async () => {
    for (const path of ['/graphiql', '/graphiql/']) {
      const res = await fetch(`${api.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await res.text();
      expect(html).toContain('id="graphiql"');
      expect(html).not.toMatch(/(src|href)="https?:/);
      const scripts = [...html.matchAll(/(?:src|href)="(\/graphiql\/assets\/[^"]+)"/g)].map((m) => m[1]!);
      expect(scripts.length).toBeGreaterThan(0);
      for (const asset of scripts) {
        const a = await fetch(`${api.url}${asset}`);
        expect(a.status, asset).toBe(200);
        expect(a.headers.get('content-type')).toMatch(/^text\/(javascript|css)/);
      }
    }
    const bundle = readFileSync(join(GRAPHIQL_DIST, 'index.html'), 'utf8');
    expect(bundle).not.toMatch(/unpkg|jsdelivr|cdnjs/);
  });

  it('every GraphiQL example validates and runs against the fixture (ingest aside)', async () => {
    for (const example of EXAMPLES.filter((e) => !e.mutation)) {
      const res = await api.post(example.query, example.variables);
      expect(res.body.errors, `${example.title}: ${JSON.stringify(res.body.errors)}`).toBeUndefined();
    }
    const ingest = EXAMPLES.find((e) => e.mutation)!;
    const res = await api.post(ingest.query, ingest.variables);
    expect(res.body.errors![0]!.extensions!.code).toBe('INGEST_DISABLED');
  });

  it('sends a browser opening /graphql to GraphiQL, with no CDN landing page', async () => {
    const res = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/graphiql');
    const withQuery = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ stats { nodes } }')}`, { headers: { accept: 'text/html, application/json' } });
    expect(await withQuery.text()).not.toMatch(/cdn\.apollographql/);
  });

  it('reports health', async () => {
    const res = await fetch(`${api.url}/healthz`);
    expect(await res.json()).toEqual({ ok: true, store: 'embedded' });
  });
});
