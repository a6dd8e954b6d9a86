/**
 * The explorer's fetch client against a real HTTP server answering the ways
 * a GraphQL server (or a broken proxy, or nothing) can answer.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createClient, describeError } from '../../client/src/api/client.ts';
import { neighbourhood, chunk, MAX_IDS_PER_ARGUMENT } from '../../client/src/api/queries.ts';

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError;
  }
  throw new Error('expected the request to fail');
}

let server: Server;
let base = '';
const received: Array<{ query: string; variables: Record<string, unknown> }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.url === '/ok') return json(200, { data: { stats: { nodes: 3 } } });
      if (req.url === '/not-found') return json(200, { data: null, errors: [{ message: 'No zone with id or name "x".', extensions: { code: 'NOT_FOUND' } }] });
      if (req.url === '/too-complex') return json(400, { errors: [{ message: 'Query too complex.', extensions: { code: 'QUERY_TOO_COMPLEX' } }] });
      if (req.url === '/html') {
        res.writeHead(502, { 'content-type': 'text/html' });
        return res.end('<html>Bad gateway</html>');
      }
      if (req.url === '/echo') {
        const parsed = JSON.parse(body);
        received.push(parsed);
        const nodes = Object.keys(parsed.variables).filter((k) => k.startsWith('ids')).map((k, i) => ({ n: i, ids: parsed.variables[k] }));
        const data: Record<string, unknown> = {};
        for (const { n, ids } of nodes) data[`n${n}`] = { truncated: n === 1, nodes: ids.map((id: string) => ({ id, label: 'Zone', name: id, nameEn: null, pinyin: null, degree: 0 })), relationships: [] };
        return json(200, { data });
      }
      json(404, {});
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('GraphQL fetch client', () => {
  it('returns data', async () => {
    expect(await createClient(`${base}/ok`).request('{ stats { nodes } }')).toEqual({ stats: { nodes: 3 } });
  });

  it('surfaces the server error code (extensions.code) and message', async () => {
    const err = await failure(createClient(`${base}/not-found`).request('{ x }'));
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('NOT_FOUND');
    expect(describeError(err).message).toContain('No zone with id or name "x".');
    const complex = await failure(createClient(`${base}/too-complex`).request('{ x }'));
    expect([complex.code, complex.status]).toEqual(['QUERY_TOO_COMPLEX', 400]);
  });

  it('a non-GraphQL answer becomes HTTP with the status', async () => {
    const err = await failure(createClient(`${base}/html`).request('{ x }'));
    expect([err.code, err.status]).toEqual(['HTTP', 502]);
  });

  it('an unreachable server becomes NETWORK with a message telling the user', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const err = await failure(createClient(`http://127.0.0.1:${port}/graphql`).request('{ x }'));
    expect(err.code).toBe('NETWORK');
    expect(describeError(err).message).toMatch(/Cannot reach the zonegraph server/);
  });

  it('neighbourhood splits more ids than one argument takes into aliased fields and merges the answers', async () => {
    const ids = Array.from({ length: MAX_IDS_PER_ARGUMENT + 5 }, (_, i) => `zone:${i}`);
    const sub = await neighbourhood(createClient(`${base}/echo`), { ids, types: ['DEVELOPS'] });
    const last = received.at(-1)!;
    expect((last.variables.ids0 as string[]).length).toBe(MAX_IDS_PER_ARGUMENT);
    expect((last.variables.ids1 as string[]).length).toBe(5);
    expect(last.variables.types).toEqual(['DEVELOPS']);
    expect(sub.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
    expect(sub.truncated).toBe(true);
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });
});
