/**
 * API load benchmark: autocannon over loopback against the real server
 * (server/main.ts as a child process) for representative queries, on the
 * embedded store and on Neo4j, over the seed graph and a synthetic graph N×
 * its size; then the same questions through an @neo4j/graphql API over the
 * same Neo4j data. Every run is bounded (seconds × connections). Prints the
 * tables and writes them into `## API` of BENCHMARKS.md.
 *
 *   node --import tsx server/bench/api.ts [--seconds 5] [--warmup 1] [--connections 10]
 *        [--scale 100] [--graph graph-seed/out/graph.ndjson] [--skip-neo4j] [--no-write]
 *        [--skip-cache-hits] [--cpu-prof DIR]
 *
 * The headline numbers are UNCACHED: zonegraph runs with its response cache
 * off, and every question cycles through distinct variables (24 search texts,
 * zones, programs, relationships; on the big graph spread over its copies),
 * so each request is parsed, executed against the store and serialised.
 * A separate, shorter run per question with the cache on and one repeated
 * body reports what a cache hit costs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readGraphFile, writeGraphFile } from '../../shared/graph-file.ts';
import type { GraphData } from '../../shared/graph.ts';
import neo4j from 'neo4j-driver';
import { neo4jToolsAvailable, startNeo4j, type Neo4jServer } from '../../tools/neo4j/server.ts';
import { createNeo4jStore } from '../store/index.ts';
import { inProcessCpu } from './api/in-process.ts';
import { measure, type LoadOptions } from './api/load.ts';
import { startServerProcess, REPO, type ServerProcess } from './api/process.ts';
import { askEach, neo4jGraphqlQueries, pickTargets, requestBodies, VARIANTS, zonegraphQueries, type BenchQuery } from './api/queries.ts';
import { cacheHitTable, comparisonTable, errorNotes, goalList, goals, storeTable, writeSection, type Measurement, type Mode } from './api/report.ts';
import { scaleGraph } from './api/synthetic.ts';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    connections: { type: 'string', default: '10' },
    scale: { type: 'string', default: '100' },
    graph: { type: 'string', default: 'graph-seed/out/graph.ndjson' },
    'skip-neo4j': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    'skip-cache-hits': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
  },
});

function positive(name: string, raw: string | undefined, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < (name === 'warmup' ? 0 : 1) || n > max) throw new Error(`--${name} must be an integer up to ${max} (got ${raw})`);
  return n;
}
const load: LoadOptions = {
  seconds: positive('seconds', args.seconds, 60),
  warmupSeconds: positive('warmup', args.warmup, 10),
  connections: positive('connections', args.connections, 100),
};
const scale = positive('scale', args.scale, 200);
/** Cache-hit runs repeat one body; a few seconds show their cost. */
const hitLoad: LoadOptions = { ...load, seconds: Math.min(load.seconds, 3) };
/** --cpu-prof DIR: each zonegraph server process writes a V8 CPU profile there when it stops. */
const profileArgs = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${resolve(args['cpu-prof'])}`] : [];
/** Which code was measured: ZONEGRAPH_BENCH_COMMIT (a snapshot run), else the work tree's HEAD and whether server/ or shared/ differ from it. */
function codeVersion(): string {
  if (process.env['ZONEGRAPH_BENCH_COMMIT']) return `commit ${process.env['ZONEGRAPH_BENCH_COMMIT']}`;
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' });
  if (head.status !== 0) return 'unknown commit';
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'server', 'shared'], { cwd: REPO, encoding: 'utf8' }).stdout.trim();
  return `commit ${head.stdout.trim()}${dirty ? ' plus uncommitted changes in server/ or shared/' : ''}`;
}

const log = (line: string) => console.error(`[bench:api] ${line}`);

interface Dataset {
  name: string;
  graph: GraphData;
  file: string;
  /** Copies of the seed it holds (server/bench/api/synthetic.ts). */
  scale: number;
}

let targets: ReturnType<typeof pickTargets>;

/**
 * A question whose answers are errors or empty is not load-tested: it is
 * reported as failing, and the run goes on. `mode` 'uncached' cycles through
 * every variant; 'cache-hit' repeats the first (after the check has cached it).
 */
async function runQueries(api: string, graph: string, mode: Mode, server: ServerProcess, dbPid: number | undefined, queries: BenchQuery[], out: Measurement[]): Promise<void> {
  const { url } = server;
  for (const q of queries) {
    try {
      await askEach(url, q);
    } catch (err) {
      const error = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').slice(0, 300);
      out.push({ api, graph, mode, key: q.key, query: q.name, requests: 0, rps: NaN, p50: NaN, p95: NaN, p99: NaN, failed: 0, cpuMsPerRequest: [], error });
      log(`${api.padEnd(14)} ${graph.padEnd(6)} ${mode.padEnd(9)} ${q.name.padEnd(44)} NOT MEASURED: ${error}`);
      continue;
    }
    const bodies = requestBodies(q);
    const result = await measure(url, mode === 'cache-hit' ? bodies.slice(0, 1) : bodies, mode === 'cache-hit' ? hitLoad : load, dbPid === undefined ? [server.pid] : [server.pid, dbPid]);
    out.push({ api, graph, mode, key: q.key, query: q.name, ...result });
    log(`${api.padEnd(14)} ${graph.padEnd(6)} ${mode.padEnd(9)} ${q.name.padEnd(44)} ${Math.round(result.rps).toString().padStart(6)} req/s  p50 ${result.p50.toFixed(2)}  p95 ${result.p95.toFixed(2)}  p99 ${result.p99.toFixed(2)} ms  cpu/req ${result.cpuMsPerRequest.map((c) => c.toFixed(2)).join(' + ')} ms${result.failed ? `  FAILED ${result.failed}` : ''}`);
  }
}

/** The uncached run (cache off, distinct variables), then unless skipped the cache-hit run (cache on, one body). */
async function measureZonegraph(api: string, d: Dataset, env: Record<string, string>, dbPid: number | undefined, out: Measurement[]): Promise<void> {
  const queries = zonegraphQueries(targets, d.scale);
  await withServer(zonegraphServer({ ...env, ZONEGRAPH_RESPONSE_CACHE: 'off' }), (s) => runQueries(api, d.name, 'uncached', s, dbPid, queries, out));
  if (!args['skip-cache-hits']) {
    await withServer(zonegraphServer({ ...env, ZONEGRAPH_RESPONSE_CACHE: 'on' }), (s) => runQueries(api, d.name, 'cache-hit', s, dbPid, queries, out));
  }
}

async function withServer<T>(start: () => Promise<ServerProcess>, use: (server: ServerProcess) => Promise<T>): Promise<T> {
  const server = await start();
  try {
    return await use(server);
  } finally {
    await server.stop();
  }
}

/** The generation the store made active (its `default` namespace): @neo4j/graphql filters on it to use the (generation, id) index. */
async function activeGeneration(server: Neo4jServer): Promise<string> {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password));
  try {
    const { records } = await driver.executeQuery('MATCH (m:ZonegraphMeta {namespace: $namespace}) RETURN m.active AS active', { namespace: 'default' });
    const active = records[0]?.get('active');
    if (typeof active !== 'string') throw new Error('no active generation after the load');
    return active;
  } finally {
    await driver.close();
  }
}

const zonegraphServer = (env: Record<string, string>) => () =>
  startServerProcess('server/main.ts', { PORT: '0', HOST: '127.0.0.1', ...env }, /API (http:\/\/\S+\/graphql)/, 120_000, profileArgs);
const neo4jGraphqlServer = (env: Record<string, string>) => () =>
  startServerProcess('server/bench/api/neo4j-graphql-server.ts', { PORT: '0', HOST: '127.0.0.1', ...env }, /neo4j-graphql: (http:\/\/\S+)/);

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadBefore = loadavg();
  const seedFile = resolve(REPO, args.graph!);
  let seed: GraphData;
  try {
    seed = await readGraphFile(seedFile);
  } catch (err) {
    throw new Error(`cannot read the seed graph ${seedFile} (run \`npm run build:graph\`): ${(err as Error).message}`);
  }
  targets = pickTargets(seed);

  const tmp = mkdtempSync(join(tmpdir(), 'zg-bench-api-'));
  const results: Measurement[] = [];
  const notes: string[] = [];
  let neo: Neo4jServer | undefined;
  try {
    const bigName = `${scale}×`;
    const big = scaleGraph(seed, scale);
    const bigFile = join(tmp, `graph-x${scale}.ndjson`);
    await writeGraphFile(bigFile, big);
    const datasets: Dataset[] = [
      { name: 'seed', graph: seed, file: seedFile, scale: 1 },
      { name: bigName, graph: big, file: bigFile, scale },
    ];
    for (const d of datasets) notes.push(`${d.name}: ${d.graph.nodes.length.toLocaleString('en-US')} nodes, ${d.graph.relationships.length.toLocaleString('en-US')} relationships`);

    const inProcess = new Map<string, Map<string, number>>();
    for (const d of datasets) {
      log(`in-process API CPU per answer, embedded store, ${d.name} graph`);
      inProcess.set(d.name, await inProcessCpu(d.graph, zonegraphQueries(targets, d.scale)));
      for (const [key, cpuMs] of inProcess.get(d.name)!) log(`in-process     ${d.name.padEnd(6)} ${key.padEnd(14)} ${cpuMs.toFixed(3)} ms CPU per answer`);
    }
    for (const d of datasets) {
      log(`embedded store, ${d.name} graph`);
      await measureZonegraph('embedded', d, { ZONEGRAPH_GRAPH: d.file }, undefined, results);
    }

    const tools = neo4jToolsAvailable();
    if (args['skip-neo4j']) notes.push('Neo4j skipped (--skip-neo4j).');
    else if (!tools.ok) notes.push(`Neo4j NOT MEASURED: ${tools.why} (install Java 17 + Maven: .ci/neo4j.sh).`);
    else {
      log('starting Neo4j');
      neo = await startNeo4j({ heap: '2g', pageCache: '1g' });
      const env = { NEO4J_URI: neo.uri, NEO4J_USERNAME: neo.username, NEO4J_PASSWORD: neo.password };
      for (const d of datasets) {
        const store = await createNeo4jStore({ uri: neo.uri, username: neo.username, password: neo.password });
        const t0 = performance.now();
        try {
          await store.loadGraph(d.graph);
        } finally {
          await store.close();
        }
        const seconds = (performance.now() - t0) / 1000;
        notes.push(`Neo4j load of the ${d.name} graph (server/store/neo4j loadGraph): ${seconds.toFixed(1)} s`);
        log(`loaded ${d.name} into Neo4j in ${seconds.toFixed(1)} s`);
        await measureZonegraph('neo4j', d, env, neo.pid, results);
        const theirs = neo4jGraphqlQueries(targets, await activeGeneration(neo), d.scale);
        await withServer(neo4jGraphqlServer(env), (s) => runQueries('@neo4j/graphql', d.name, 'uncached', s, neo!.pid, theirs, results));
      }
    }

    const graphs = datasets.map((d) => d.name);
    const loadAfter = loadavg();
    const cpu = cpus();
    const command = 'npm run bench:api';
    const generated = [
      `Measured ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC (${codeVersion()}) on ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ` +
        `${Math.round(totalmem() / 2 ** 30)} GiB, **shared with other work** (load average ${loadBefore[0]!.toFixed(1)} before, ${loadAfter[0]!.toFixed(1)} after): ` +
        `absolute numbers move run to run; compare rows of one run.`,
      '',
      `Reproduce: \`${command}\` (${load.connections} connections, ${load.warmupSeconds} s warm-up + ${load.seconds} s measured per query, ` +
        `autocannon over 127.0.0.1; server/main.ts runs as its own process; Neo4j 5.26 from tools/neo4j with 2 GiB heap, 1 GiB page cache). ` +
        `Latencies are from every response; "failed" counts non-200 answers, GraphQL errors, socket errors and timeouts. ` +
        `"CPU ms/req" is the CPU time the API server process (+ the Neo4j JVM) spent per answered request during the run (from /proc): ` +
        `it holds steadier than req/s on a shared machine, and 1000 ÷ it estimates what one free core would serve.`,
      '',
      `**Uncached** (the headline tables and the goals): zonegraph ran with its response cache off (ZONEGRAPH_RESPONSE_CACHE=off) and every question cycled through ${VARIANTS} distinct variables ` +
        `(search texts, zones, zone pairs, programs, relationships picked from the seed graph by server/bench/api/queries.ts; on the ${bigName} graph request i asks about copy i mod ${scale}), ` +
        `so every request was parsed, executed against the store and serialised. @neo4j/graphql got the same variables.`,
      '',
      `Graphs: ${notes.filter((n) => /nodes/.test(n)).join('; ')} (the ${bigName} graph is ${scale} suffixed copies of the seed graph: server/bench/api/synthetic.ts).`,
      ...notes.filter((n) => !/nodes,/.test(n)).map((n) => `- ${n}`),
      '',
      '### zonegraph API: embedded store and Neo4j store',
      '',
      storeTable(results, graphs, inProcess),
      '',
      `"in-process CPU ms" is the API's own CPU per answer with no HTTP and no load generator: each question's variants through Apollo's executeHTTPGraphQLRequest ` +
        `over an embedded store inside the benchmark process, best of 3 rounds (server/bench/api/in-process.ts). It moves least on a shared machine: compare commits by it.`,
      '',
      ...(results.some((r) => r.api === '@neo4j/graphql')
        ? [
            '### Same questions through @neo4j/graphql (v7) over the same Neo4j data',
            '',
            'Type definitions: server/bench/api/neo4j-graphql-schema.ts (every lookup also filters on the active generation, so it gets the same (generation, id) index the store uses), ' +
              'served by @apollo/server standalone (server/bench/api/neo4j-graphql-server.ts) as its own process. The questions are close, not identical — @neo4j/graphql does less per request: ' +
              'search returns the first 20 CONTAINS matches unranked (zonegraph normalises Traditional/pinyin, scores every candidate and ranks); ' +
              'entity reads 22 typed relationship connections with evidence as stored JSON text (zonegraph returns relationships with evidence objects and their documents resolved); ' +
              'neighbours is a @cypher field (≤ 200 per node, nested for 2 hops) returning nodes only (zonegraph returns ≤ 200 nodes by ring plus every relationship among them).',
            '',
            comparisonTable(results, graphs),
            '',
          ]
        : []),
      ...(results.some((r) => r.mode === 'cache-hit')
        ? [
            '### Cache hits: the same questions repeated, response cache on (the server default)',
            '',
            `One request body per question, repeated for ${hitLoad.seconds} s after ${load.warmupSeconds} s of warm-up: after the first, every answer comes from server/http/response-cache.ts. ` +
              'This is what a repeated question costs, not a first ask; the goals are judged on the uncached tables above.',
            '',
            cacheHitTable(results, graphs),
            '',
          ]
        : []),
      ...(errorNotes(results) ? [errorNotes(results), ''] : []),
      '### Goals',
      '',
      'Judged on the uncached runs (response cache off, distinct variables).',
      '',
      goalList(goals(results, bigName)),
    ].join('\n');
    console.log(generated);
    if (!args['no-write']) {
      writeSection(join(REPO, 'BENCHMARKS.md'), generated);
      log('wrote the ## API section of BENCHMARKS.md');
    }
  } finally {
    await neo?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`[bench:api] failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
