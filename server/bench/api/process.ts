/**
 * A server under test as a child process (its own core, like production):
 * started with `node --import tsx`, ready when it prints its URL, stopped by
 * its pid — SIGTERM, then SIGKILL if it lingers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export interface ServerProcess {
  /** Base URL as the server printed it. */
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export function startServerProcess(
  script: string,
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 120_000,
  /** Extra node flags (e.g. --cpu-prof, which NODE_OPTIONS does not accept). */
  nodeArgs: readonly string[] = [],
): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
      cwd: REPO,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let started = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start within ${timeoutMs / 1000} s:\n${output}`));
    }, timeoutMs);
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const stop = async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 20_000) output = output.slice(-20_000);
      const url = ready.exec(output)?.[1];
      if (url && !started) {
        started = true;
        clearTimeout(timer);
        resolve({ url, pid: child.pid!, stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!started) reject(new Error(`${script} exited (${code ?? signal}) before serving:\n${output}`));
    });
  });
}
