/**
 * Fuzzing the live server over HTTP: random bytes, random JSON, malformed
 * and deeply nested GraphQL, oversized bodies, odd methods and headers, and
 * random but schema-shaped queries with random arguments. Every response must
 * be a proper GraphQL answer (data, or errors with messages and codes) with a
 * 200/204/400/405/406/413/415 status — never a 5xx, never an internal error, never a hang — and
 * the server must answer a normal query afterwards. Seeded, so a failure
 * replays: ZONEGRAPH_FUZZ_SEED=<n>.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from '../../server/graphql/graphql-js.ts';
import { loadTypeDefs } from '../../server/graphql/schema.ts';
import { LIMITS } from '../../server/graphql/limits.ts';
import { createEmbeddedStore } from '../../server/store/embedded/index.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { startApi, type Api } from './harness.ts';

const REQUESTS = 3000;
const CONCURRENCY = 8;
const SEED = Number(process.env.ZONEGRAPH_FUZZ_SEED ?? 20261123);

/** mulberry32: small, seedable, good enough to pick cases. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof rng>;

interface FuzzRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

const graph = smallGraph();
const IDS = [...graph.nodes.map((n) => n.id), ...graph.relationships.slice(0, 10).map((r) => r.id), ...graph.documents.map((d) => d.id)];
const NAMES = ['武汉经开区', '東湖高新區', 'wuhan', 'new energy vehicles', '汽车', '鄂政发〔2021〕40号', '', ' ', '%', '"', '\\', '\u0000', '😀', 'x'.repeat(300)];
const TOKENS = ['{', '}', '(', ')', '[', ']', ':', '!', '$', '...', '@', '=', '|', '"', '"""', '#', 'query', 'mutation', 'subscription', 'fragment', 'on', 'null', 'true', '1e999', '-0', '0x1', 'search', 'entity', 'zone', '__schema', '__typename', 'id', 'name', 'text', 'stats', '\n', ' ', ',', '\u2028', '\uFEFF'];

const schema = buildSchema(loadTypeDefs());

function randomValue(r: Rng, type: GraphQLInputType, depth = 0): string {
  if (isNonNullType(type)) return randomValue(r, type.ofType, depth);
  if (r.chance(0.05)) return 'null';
  if (isListType(type)) {
    const n = r.chance(0.1) ? r.int(300) : r.int(4);
    return `[${Array.from({ length: n }, () => randomValue(r, type.ofType, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) return r.chance(0.9) ? r.pick(type.getValues()).name : r.pick(['Planet', 'zone', 'ALL', '"Zone"']);
  if (isInputObjectType(type)) {
    if (depth > 3) return '{}';
    const fields = Object.values(type.getFields()).filter(() => r.chance(0.5));
    return `{ ${fields.map((f) => `${f.name}: ${randomValue(r, f.type, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return String(r.pick([0, 1, 2, 5, -1, -1000, 499, 500, 501, 5000, 2147483647, 2 ** 31, 3.5]));
      case 'Float':
        return String(r.pick([0, 0.5, -1, 1e308]));
      case 'Boolean':
        return r.pick(['true', 'false', '1']);
      case 'ID':
      case 'String':
        return JSON.stringify(r.chance(0.6) ? r.pick(IDS) : r.pick(NAMES));
    }
  }
  return '"?"';
}

function selection(r: Rng, type: GraphQLNamedType, depth: number): string {
  if (!(isObjectType(type) || isInterfaceType(type))) return '';
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  const chosen = fields.filter(() => r.chance(0.3));
  if (chosen.length === 0) chosen.push(r.pick(fields));
  const parts = chosen.map((f) => {
    const args = f.args.filter((a) => isNonNullType(a.type) || r.chance(0.4));
    const argText = args.length ? `(${args.map((a) => `${a.name}: ${randomValue(r, a.type)}`).join(', ')})` : '';
    const named = getNamedType(f.type);
    const sub = isObjectType(named) || isInterfaceType(named) ? (depth > 5 ? '{ __typename }' : `{ ${selection(r, named, depth + 1)} }`) : '';
    return `${f.name}${argText} ${sub}`;
  });
  if (isInterfaceType(type) && r.chance(0.5)) parts.push(`... on Zone { kind industries { role } }`);
  return parts.join(' ');
}

function schemaShapedQuery(r: Rng): string {
  const root = r.chance(0.9) ? schema.getQueryType()! : schema.getMutationType()!;
  return `${root.name === 'Mutation' ? 'mutation' : 'query'} { ${selection(r, root, 0)} }`;
}

function randomJson(r: Rng, depth = 0): unknown {
  const k = r.int(depth > 4 ? 4 : 7);
  switch (k) {
    case 0: return r.int(1e6) - 5e5;
    case 1: return r.pick(NAMES);
    case 2: return r.chance(0.5);
    case 3: return null;
    case 4: return Array.from({ length: r.int(5) }, () => randomJson(r, depth + 1));
    default: {
      const keys = ['query', 'variables', 'operationName', 'extensions', 'x', '__proto__', 'constructor'];
      return Object.fromEntries(Array.from({ length: r.int(4) }, () => [r.pick(keys), randomJson(r, depth + 1)]));
    }
  }
}

function makeRequest(r: Rng, i: number): FuzzRequest {
  const json = { 'content-type': 'application/json' };
  const post = (kind: string, body: string | Uint8Array, headers: Record<string, string> = json): FuzzRequest => ({ kind, method: 'POST', path: '/graphql', headers, body });
  switch (i % 12) {
    case 0: {
      const bytes = new Uint8Array(r.int(2000));
      for (let j = 0; j < bytes.length; j++) bytes[j] = r.int(256);
      return post('random bytes', bytes);
    }
    case 1:
      return post('random json', JSON.stringify(randomJson(r)));
    case 2: {
      const text = Array.from({ length: 1 + r.int(60) }, () => r.pick(TOKENS)).join(r.pick(['', ' ']));
      return post('token soup', JSON.stringify({ query: text }));
    }
    case 3: {
      const depth = r.pick([13, 50, 500, 3000]);
      return post('deep nesting', JSON.stringify({ query: `{ ${'entity(id: "x") { ... on Zone { locatedIn { '.repeat(0)}${'search(text: "a") { entity { relationships { start { '.repeat(Math.min(depth, 150))}id${' } } } }'.repeat(Math.min(depth, 150))} }` }));
    }
    case 4: {
      const depth = r.pick([100, 1000, 5000]);
      return post('deep brackets', JSON.stringify({ query: `${'{a'.repeat(depth)}${'}'.repeat(depth)}` }));
    }
    case 5: {
      const nested = `${'['.repeat(r.pick([100, 5000, 100000]))}${']'.repeat(1)}`;
      return post('deep json', `{"query":"{ stats { nodes } }","variables":{"v":${nested}}}`);
    }
    case 6:
      return r.chance(0.08)
        ? post('huge body', JSON.stringify({ query: '{ stats { nodes } }', variables: { pad: 'x'.repeat(LIMITS.maxBodyBytes + r.int(1000)) } }))
        : post('large query', JSON.stringify({ query: `{ stats { nodes } } #${'y'.repeat(LIMITS.maxQueryBytes + r.int(5000) - 2500)}` }));
    case 7: {
      const method = r.pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']);
      const q = r.chance(0.5) ? schemaShapedQuery(r) : Array.from({ length: r.int(20) }, () => r.pick(TOKENS)).join(' ');
      const extra = r.pick(['', '&variables=%7Bbad', '&variables={}', '&operationName=x', '&query=again', '&extensions=[]']);
      return { kind: `method ${method}`, method, path: `/graphql?query=${encodeURIComponent(q)}${extra}`, headers: r.chance(0.2) ? { 'content-type': 'text/plain' } : {} };
    }
    case 8: {
      const headers: Record<string, string> = r.pick<Record<string, string>>([
        { 'content-type': 'application/json; charset=latin1' },
        { 'content-type': 'application/x-www-form-urlencoded' },
        { 'content-type': 'multipart/form-data; boundary=x' },
        { 'content-type': 'application/json', accept: 'text/html' },
        { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        { 'content-type': 'application/json', authorization: 'Bearer \u00ff' },
        {},
      ]);
      return post('odd headers', JSON.stringify({ query: schemaShapedQuery(r) }), headers);
    }
    case 9: {
      const variables = { text: r.pick(NAMES), ids: Array.from({ length: r.int(250) }, () => r.pick(IDS)), n: r.pick([-1, 0, 10, 501, 1e9, 'x', null]) };
      return post('variables', JSON.stringify({ query: `query($text: String!, $ids: [ID!]!, $n: Int) { search(text: $text, limit: $n) { score } neighbourhood(ids: $ids, limit: $n) { truncated } entities(first: $n) { totalCount } }`, variables }));
    }
    default:
      return post('schema-shaped', JSON.stringify({ query: schemaShapedQuery(r), operationName: r.chance(0.05) ? 'Nope' : undefined }));
  }
}

describe('fuzzing the HTTP API', () => {
  let api: Api;
  let store: GraphStore;
  beforeAll(async () => {
    store = createEmbeddedStore(smallGraph());
    api = await startApi(store);
  });
  afterAll(async () => {
    await api.close();
    await store.close();
  });

  it(`answers ${REQUESTS} hostile requests properly (seed ${SEED}) and keeps serving`, async () => {
    const r = rng(SEED);
    const requests = Array.from({ length: REQUESTS }, (_, i) => makeRequest(r, i));
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const i = next++;
        const req = requests[i]!;
        const where = `#${i} ${req.kind} ${req.method}`;
        try {
          const res = await fetch(`${api.url}${req.path}`, {
            method: req.method,
            headers: req.headers,
            body: req.method === 'GET' || req.method === 'HEAD' ? undefined : (req.body as BodyInit | undefined),
            signal: AbortSignal.timeout(15_000),
          });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const text = await res.text();
          if (![200, 204, 400, 405, 406, 413, 415].includes(res.status)) problems.push(`${where}: status ${res.status}: ${text.slice(0, 200)}`);
          if (req.method === 'HEAD' || req.method === 'OPTIONS' || res.status === 204) continue;
          let body: any;
          try {
            body = JSON.parse(text);
          } catch {
            problems.push(`${where}: not JSON (${res.status}): ${text.slice(0, 200)}`);
            continue;
          }
          const errors = body.errors as Array<{ message?: unknown; extensions?: { code?: unknown } }> | undefined;
          if (!('data' in body) && !(Array.isArray(errors) && errors.length > 0)) problems.push(`${where}: neither data nor errors`);
          for (const e of errors ?? []) {
            if (typeof e.message !== 'string' || e.message === '') problems.push(`${where}: error without message`);
            if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') problems.push(`${where}: internal error for ${String(req.body).slice(0, 300)}`);
          }
          if (/stacktrace|\bat [\w.<>]+ \(.*:\d+:\d+\)/.test(text)) problems.push(`${where}: stack trace in response`);
        } catch (err) {
          problems.push(`${where}: request failed: ${(err as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.info(`fuzz statuses: ${[...statuses].sort().map(([s, n]) => `${s}×${n}`).join(' ')}`);
    expect(problems.slice(0, 20)).toEqual([]);
    const after = await api.data('{ search(text: "武汉经开区") { entity { id } } stats { nodes } }');
    expect(after.search[0].entity.id).toBe('zone:武汉经济技术开发区');
    expect(after.stats.nodes).toBe(graph.nodes.length);
  }, 300_000);
});
