/**
 * The Python notebooks in examples/notebooks run top to bottom against the real
 * server (server/main.ts as a child process over the embedded store on the seed
 * graph), executed by nbclient through examples/notebooks/run_notebook.py.
 * Each notebook asserts on what the API returned, so a broken API fails here.
 *
 * Python 3 or the packages of examples/notebooks/requirements.txt missing:
 * skipped with a loud message locally, a failure under CI=true.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipSuite } from '../helpers/prerequisite.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const NOTEBOOK_DIR = join(ROOT, 'examples/notebooks');
const RUNNER = join(NOTEBOOK_DIR, 'run_notebook.py');
const GRAPH = join(ROOT, 'graph-seed/out/graph.ndjson');
const notebooks = readdirSync(NOTEBOOK_DIR).filter((f) => f.endsWith('.ipynb')).sort();

/** Why the notebooks cannot run here, or null when Python and its packages are present. */
function pythonProblem(): string | null {
  const version = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) return 'python3 is not on PATH';
  const check = spawnSync('python3', [RUNNER, '--check'], { encoding: 'utf8', cwd: ROOT });
  if (check.status === 0) return null;
  return `${version.stdout.trim()}: ${check.stderr.trim() || `run_notebook.py --check exited ${check.status}`}`;
}

const skipNotebooks = skipSuite('NOTEBOOK TESTS', pythonProblem(), 'python3 -m pip install -r examples/notebooks/requirements.txt');

function ensureGraph(): void {
  if (existsSync(GRAPH)) return;
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'graph-seed/cli/main.ts', 'build', '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (build.status !== 0) throw new Error(`building ${GRAPH} failed (exit ${build.status}):\n${build.stderr}`);
}

/** Starts server/main.ts on a free port; resolves with its GraphQL URL once it prints it. */
function startServer(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', ZONEGRAPH_GRAPH: GRAPH },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within 180 s:\n${output}`));
    }, 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /API (http:\/\/\S+\/graphql)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before serving:\n${output}`));
    });
  });
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runNotebook(notebook: string, url: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('python3', [RUNNER, join(NOTEBOOK_DIR, notebook)], {
      cwd: ROOT,
      env: { ...process.env, ZONEGRAPH_URL: url, MPLBACKEND: 'Agg', PYDEVD_DISABLE_FILE_VALIDATION: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    // nbclient bounds each cell (120 s) and the kernel start (180 s); this bounds the whole run.
    const timer = setTimeout(() => child.kill('SIGKILL'), 290_000);
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The runner's report without the kernel's routine start-up warnings. */
function failureReport(run: Run): string {
  const stderr = run.stderr
    .split('\n')
    .filter((line) => !/Kernel is running over TCP without encryption/.test(line))
    .join('\n');
  return `run_notebook.py exited ${run.code}\n${stderr}\n${run.stdout}`;
}

describe.skipIf(skipNotebooks)('Python notebooks against the real server', () => {
  let server: { child: ChildProcess; url: string } | undefined;

  beforeAll(async () => {
    ensureGraph();
    server = await startServer();
  }, 400_000);

  afterAll(() => {
    server?.child.kill('SIGTERM');
  });

  it('finds the notebooks', () => {
    expect(notebooks.length).toBeGreaterThanOrEqual(5);
  });

  for (const notebook of notebooks) {
    it(`${notebook} runs top to bottom`, async () => {
      const run = await runNotebook(notebook, server!.url);
      if (run.code !== 0) expect.fail(`${notebook} failed:\n${failureReport(run)}`);
      expect(run.stdout).toContain(`ok ${notebook}`);
    }, 300_000);
  }
});
