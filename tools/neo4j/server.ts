/**
 * Start a real Neo4j 5.26 LTS (Community) server for tests and benchmarks, without Docker.
 *
 * The server is the tiny Java launcher in tools/neo4j (neo4j-harness, embedded, Bolt only),
 * built with Maven by tools/neo4j/build.sh on first use. Needs `java` (17+) on PATH, and `mvn`
 * on PATH unless the launcher has already been built.
 *
 *   const neo = await startNeo4j({ password: 'secret' });
 *   const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.username, neo.password));
 *   ...
 *   await neo.stop();
 *
 * The launcher exits on its own when our stdin pipe closes, so a crashed or killed Node
 * process does not leave an orphaned JVM behind.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StartNeo4jOptions {
  /** Password for user `neo4j` (auth is always enabled). Default: a random one. */
  password?: string;
  /**
   * Parent directory for the store. The launcher creates (and on clean stop deletes) a random
   * sub-directory in it. Default: a fresh temp dir that stop() removes. A dir you pass is
   * never removed.
   */
  dataDir?: string;
  /** Max time from spawn to NEO4J_READY (build time not included). Default 120 s. */
  timeoutMs?: number;
  /** Max time for the (first, cold) Maven build. Default 15 min. */
  buildTimeoutMs?: number;
  /** Bolt port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Page cache size handed to the launcher. Default '256m'. */
  pageCache?: string;
  /** Max JVM heap. Default '1g'. */
  heap?: string;
}

export interface Neo4jServer {
  /** e.g. bolt://127.0.0.1:41283 */
  uri: string;
  username: string;
  password: string;
  /** PID of the JVM. */
  pid: number;
  /** Milliseconds from spawn to NEO4J_READY. */
  startupMs: number;
  /** Graceful stop (close stdin → clean shutdown), escalating to SIGTERM/SIGKILL; removes the temp dir. Idempotent. */
  stop(): Promise<void>;
}

const TOOLS_DIR = fileURLToPath(new URL('.', import.meta.url));
const TARGET_DIR = join(TOOLS_DIR, 'target');
const BUILD_SCRIPT = join(TOOLS_DIR, 'build.sh');
const MAIN_CLASS = 'zonegraph.neo4j.Launcher';
const READY_RE = /^NEO4J_READY (bolt:\/\/\S+)\s*$/;
const STDERR_TAIL_CHARS = 6000;
/** Subset of the JVM flags Neo4j's own neo4j.conf ships with (the page cache wants java.nio opened). */
const NEO4J_JVM_FLAGS = [
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

/** Absolute path of an executable on PATH, or undefined. */
function which(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, cmd);
    try {
      accessSync(p, constants.X_OK);
      if (statSync(p).isFile()) return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Java major version from `java -version`, or undefined if it cannot be determined. */
function javaMajorVersion(): number | undefined {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8', timeout: 20_000 });
  const text = `${r.stderr ?? ''}${r.stdout ?? ''}`;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(text);
  if (!m?.[1]) return undefined;
  const major = Number(m[1]);
  return major === 1 && m[2] ? Number(m[2]) : major; // "1.8" -> 8
}

/** True when target/classes and target/lib look like a finished build (staleness is build.sh's job). */
function launcherBuilt(): boolean {
  try {
    return (
      existsSync(join(TARGET_DIR, 'classes', 'zonegraph', 'neo4j', 'Launcher.class')) &&
      existsSync(join(TARGET_DIR, '.zonegraph-build-stamp')) &&
      readdirSync(join(TARGET_DIR, 'lib')).some((f) => f.startsWith('neo4j-harness-'))
    );
  } catch {
    return false;
  }
}

/**
 * Whether this machine can run the Neo4j test server: `java` 17+ on PATH, and `mvn` on PATH
 * (or an already-built launcher). Cheap; does not build or start anything.
 */
export function neo4jToolsAvailable(): { ok: boolean; why?: string } {
  const missing: string[] = [];
  if (!which('java')) missing.push('java (JDK 17+, e.g. apt-get install openjdk-17-jdk-headless)');
  if (!which('mvn') && !launcherBuilt()) missing.push('mvn (Maven 3.8+, e.g. apt-get install maven)');
  if (missing.length > 0) {
    return { ok: false, why: `not found on PATH: ${missing.join('; ')}. Run .ci/neo4j.sh to install.` };
  }
  const v = javaMajorVersion();
  if (v !== undefined && v < 17) {
    return { ok: false, why: `java on PATH is version ${v}; Neo4j 5.26 needs Java 17+` };
  }
  return { ok: true };
}

function tail(s: string, n = STDERR_TAIL_CHARS): string {
  return s.length > n ? `…${s.slice(-n)}` : s;
}

/** Run tools/neo4j/build.sh (a no-op when up to date). */
async function ensureBuilt(timeoutMs: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn('bash', [BUILD_SCRIPT], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (d: Buffer): void => {
      out = tail(out + d.toString('utf8'), 20_000);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`tools/neo4j/build.sh timed out after ${timeoutMs} ms. Output tail:\n${tail(out)}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`could not run tools/neo4j/build.sh: ${e.message}`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`tools/neo4j/build.sh failed (${signal ?? `exit ${code}`}). Output tail:\n${tail(out)}`));
    });
  });
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(false);
    }, ms);
    const onExit = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once('exit', onExit);
  });
}

/** Start a real Neo4j 5.26 server on 127.0.0.1 with auth enabled (user `neo4j`). */
export async function startNeo4j(opts: StartNeo4jOptions = {}): Promise<Neo4jServer> {
  const tools = neo4jToolsAvailable();
  if (!tools.ok) throw new Error(`Cannot start Neo4j: ${tools.why}`);

  await ensureBuilt(opts.buildTimeoutMs ?? 15 * 60_000);

  const username = 'neo4j';
  const password = opts.password ?? `zg-${randomBytes(12).toString('base64url')}`;
  if (password.length === 0) throw new Error('startNeo4j: password must not be empty');
  const ownDir = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'zonegraph-neo4j-'));
  const timeoutMs = opts.timeoutMs ?? 120_000;

  const javaArgs = [
    `-Xmx${opts.heap ?? '1g'}`,
    ...NEO4J_JVM_FLAGS,
    ...(process.env.ZONEGRAPH_NEO4J_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean),
    '-cp',
    `${join(TARGET_DIR, 'lib', '*')}:${join(TARGET_DIR, 'classes')}`,
    MAIN_CLASS,
    '--port',
    String(opts.port ?? 0),
    '--dir',
    dataDir,
    '--password',
    password,
    '--pagecache',
    opts.pageCache ?? '256m',
  ];

  const removeDir = async (): Promise<void> => {
    if (ownDir) await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
  };

  const t0 = performance.now();
  const child = spawn('java', javaArgs, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr = tail(stderr + d.toString('utf8'), 4 * STDERR_TAIL_CHARS);
  });
  // Our stdin pipe is the launcher's lifeline; ignore EPIPE if it already died.
  child.stdin.on('error', () => {});

  let uri: string;
  try {
    uri = await new Promise<string>((resolve, reject) => {
      let buf = '';
      let settled = false;
      const finish = (err: Error | null, value?: string): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        child.stdout.off('data', onStdout);
        child.off('exit', onExit);
        child.off('error', onError);
        if (err) reject(err);
        else resolve(value as string);
      };
      const onStdout = (d: Buffer): void => {
        buf += d.toString('utf8');
        let nl: number;
        while ((nl = buf.indexOf('\n')) >= 0) {
          const line = buf.slice(0, nl);
          buf = buf.slice(nl + 1);
          const m = READY_RE.exec(line);
          if (m?.[1]) return finish(null, m[1]);
        }
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void =>
        finish(
          new Error(
            `Neo4j launcher exited before it was ready (${signal ?? `exit ${code}`}). stderr tail:\n${tail(stderr) || '(empty)'}`,
          ),
        );
      const onError = (e: Error): void => finish(new Error(`could not spawn java: ${e.message}`));
      const timer = setTimeout(
        () =>
          finish(
            new Error(`Neo4j launcher not ready after ${timeoutMs} ms. stderr tail:\n${tail(stderr) || '(empty)'}`),
          ),
        timeoutMs,
      );
      child.stdout.on('data', onStdout);
      child.once('exit', onExit);
      child.once('error', onError);
    });
  } catch (e) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
    await removeDir();
    throw e;
  }
  const startupMs = Math.round(performance.now() - t0);
  // Keep draining stdout so the pipe never fills up.
  child.stdout.resume();

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      // 1) graceful: EOF on stdin makes the launcher shut Neo4j down cleanly.
      child.stdin.end();
      if (!(await waitForExit(child, 20_000))) {
        // 2) SIGTERM also runs the clean-shutdown hook.
        child.kill('SIGTERM');
        if (!(await waitForExit(child, 10_000))) {
          child.kill('SIGKILL');
          await waitForExit(child, 5_000);
        }
      }
      await removeDir();
    })();
    return stopping;
  };

  return { uri, username, password, pid: child.pid ?? -1, startupMs, stop };
}
