/**
 * server/main.ts as a process: configuration from the environment, one clear
 * line and exit 1 on a bad start, serving and a clean exit on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGraphFile } from '../../shared/graph-file.ts';
import { smallGraph } from '../fixtures/small-graph.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function startMain(env: Record<string, string>, onLine?: (line: string, kill: () => void) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (b: Buffer) => {
      stdout += b.toString();
      if (onLine) for (const line of b.toString().split('\n').filter(Boolean)) onLine(line, () => child.kill('SIGTERM'));
    });
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('server/main.ts', () => {
  for (const [name, env, message] of [
    ['a bad PORT', { PORT: 'eighty' }, /PORT must be an integer/],
    ['a missing graph file', { PORT: '0', ZONEGRAPH_GRAPH: '/nonexistent/graph.ndjson' }, /graph file .* does not exist/],
    ['a short ingest token', { PORT: '0', ZONEGRAPH_INGEST_TOKEN: 'short' }, /ZONEGRAPH_INGEST_TOKEN is too short/],
    ['NEO4J_URI without a password', { PORT: '0', NEO4J_URI: 'bolt://127.0.0.1:1' }, /NEO4J_PASSWORD/],
  ] as const) {
    it(`exits 1 with one line on ${name}`, async () => {
      const run = await startMain(env);
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines, run.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^zonegraph: /);
      expect(lines[0]).toMatch(message);
    }, 90_000);
  }

  it('serves the configured graph file and exits cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zg-main-'));
    const file = join(dir, 'graph.ndjson');
    await writeGraphFile(file, smallGraph());
    let answer: any = null;
    const run = await startMain(
      { PORT: '0', HOST: '127.0.0.1', ZONEGRAPH_GRAPH: file, ZONEGRAPH_INGEST_TOKEN: 'a-long-enough-token-0123456789' },
      (line, kill) => {
        const url = /^zonegraph: (http:\/\/127\.0\.0\.1:\d+)\//.exec(line)?.[1];
        if (!url) return;
        fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { nodes store } }' }) })
          .then((r) => r.json())
          .then((body) => (answer = body))
          .finally(kill);
      },
    );
    expect(run.stdout).toMatch(/ingest enabled/);
    expect(answer).toEqual({ data: { stats: { nodes: smallGraph().nodes.length, store: 'embedded' } } });
    expect(run.code).toBe(0);
  }, 90_000);
});
