/**
 * Store benchmark: Neo4j load rate, per-operation latency on both adapters
 * at 1× and 100× the seed graph, embedded resident memory and start-up.
 *
 *   node --expose-gc --import tsx server/bench/store.ts [--graph FILE] [--scale 100] [--no-neo4j] [--no-write] [--batch N] [--concurrency N]
 *
 * Neo4j: NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD when set (the bench
 * writes to fresh `bench-…` namespaces; NEO4J_PID, the server's JVM on this
 * machine, adds its CPU time to the load table), otherwise a throw-away
 * server from tools/neo4j. Results are printed and written to the `## Stores` section
 * of BENCHMARKS.md.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { GraphData } from '../../shared/graph.ts';
import { relationshipId } from '../../shared/graph.ts';
import { readGraphFile, writeGraphFile } from '../../shared/graph-file.ts';
import { createEmbeddedStore, openEmbeddedStore } from '../store/embedded/index.ts';
import { createNeo4jStore, NEO4J_LOAD_DEFAULTS } from '../store/neo4j/index.ts';
import type { GraphStore } from '../store/port.ts';
import { smallGraph } from '../../tests/fixtures/small-graph.ts';

const { values } = parseArgs({
  options: {
    graph: { type: 'string', default: 'graph-seed/out/graph.ndjson' },
    scale: { type: 'string', default: '100' },
    'no-neo4j': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    // Neo4j only (comparing loader settings); never written to BENCHMARKS.md.
    'no-embedded': { type: 'boolean', default: false },
    iterations: { type: 'string', default: '300' },
    // Loader settings to compare (default: the store's own defaults).
    batch: { type: 'string' },
    concurrency: { type: 'string' },
  },
});
const LOAD_OPTIONS = {
  ...(values.batch ? { batchSize: Number(values.batch) } : {}),
  ...(values.concurrency ? { concurrency: Number(values.concurrency) } : {}),
};
/** Untimed loads a Neo4j server gets before the timed ones (see main). */
const WARMUP_SCALE = 10;
const WARMUP_LOADS = 2;
const LOAD_SHAPE = `batches of ${LOAD_OPTIONS.batchSize ?? NEO4J_LOAD_DEFAULTS.batchSize}, ${LOAD_OPTIONS.concurrency ?? NEO4J_LOAD_DEFAULTS.concurrency} in flight`;
const SCALE = Number(values.scale);
const ITERATIONS = Number(values.iterations);

const gc = (globalThis as { gc?: () => void }).gc;
function collect(): void {
  for (let i = 0; i < 3; i++) gc?.();
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** `copies` copies of the graph with every id suffixed, so nothing merges. */
function scaled(graph: GraphData, copies: number): GraphData {
  if (copies <= 1) return graph;
  const out: GraphData = { ...graph, documents: [], nodes: [], relationships: [], facts: [] };
  for (let c = 0; c < copies; c++) {
    const s = (id: string) => (c === 0 ? id : `${id}~${c}`);
    const ev = <T extends { document: string }>(e: T): T => ({ ...e, document: s(e.document) });
    out.documents.push(...graph.documents.map((d) => ({ ...d, id: s(d.id) })));
    out.nodes.push(...graph.nodes.map((n) => ({ ...n, id: s(n.id), documents: n.documents.map(s) })));
    out.relationships.push(
      ...graph.relationships.map((r) => ({
        ...r,
        id: relationshipId(r.type, s(r.start), s(r.end)),
        start: s(r.start),
        end: s(r.end),
        evidence: r.evidence.map(ev),
      })),
    );
    out.facts.push(
      ...graph.facts.map((f) => ({ ...f, id: s(f.id), subject: s(f.subject), industry: f.industry && s(f.industry), evidence: ev(f.evidence) })),
    );
  }
  return out;
}

/** A deterministic pseudo-random sequence, so both adapters get the same arguments. */
function sampler(seed: number) {
  let x = seed;
  return <T>(items: readonly T[]): T => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return items[x % items.length]!;
  };
}

interface OpResult {
  op: string;
  p50: number;
  p95: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

type Op = { name: string; run: (store: GraphStore, pick: ReturnType<typeof sampler>) => Promise<unknown> };

function operations(graph: GraphData): Op[] {
  const ids = graph.nodes.map((n) => n.id);
  const places = graph.nodes.filter((n) => n.label === 'Zone' || n.label === 'Region').map((n) => n.id);
  const programs = graph.nodes.filter((n) => n.label === 'Program').map((n) => n.id);
  // What people type: names, their first characters, short names, pinyin.
  const texts = graph.nodes.slice(0, 2000).flatMap((n) => [n.name, n.name.slice(0, 2), ...n.aliases.slice(0, 1), ...(n.pinyin ? [n.pinyin.split(' ').slice(0, 2).join('')] : [])]).filter((t) => t.trim() !== '');
  return [
    { name: 'search', run: (s, pick) => s.search({ text: pick(texts), limit: 20 }) },
    { name: 'neighbourhood', run: (s, pick) => s.neighbourhood({ ids: [pick(places)], depth: 1, limit: 200 }) },
    { name: 'neighbourhood d2', run: (s, pick) => s.neighbourhood({ ids: [pick(places)], depth: 2, limit: 200 }) },
    { name: 'getNodes (20)', run: (s, pick) => s.getNodes(Array.from({ length: 20 }, () => pick(ids))) },
    { name: 'shortestPaths', run: (s, pick) => s.shortestPaths({ from: pick(places), to: pick(places), maxHops: 4, limit: 5 }) },
    { name: 'similarPlaces', run: (s, pick) => s.similarPlaces(pick(places), 10) },
    { name: 'programLineage', run: (s, pick) => s.programLineage(pick(programs), 'BOTH', 5) },
  ];
}

async function latencies(store: GraphStore, graph: GraphData, iterations: number): Promise<OpResult[]> {
  const results: OpResult[] = [];
  for (const op of operations(graph)) {
    const warm = sampler(7);
    for (let i = 0; i < Math.min(50, iterations); i++) await op.run(store, warm);
    const pick = sampler(42);
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const t = performance.now();
      await op.run(store, pick);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    results.push({ op: op.name, p50: percentile(times, 50), p95: percentile(times, 95) });
  }
  return results;
}

/** CPU seconds (user + system) a process has used so far, from /proc; null when it cannot be read (another host, not Linux). */
function processCpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

async function neo4jConnection(): Promise<{ uri: string; username: string; password: string; pid?: number; stop: () => Promise<void> } | null> {
  if (values['no-neo4j']) return null;
  if (process.env.NEO4J_URI) {
    const pid = process.env.NEO4J_PID ? Number(process.env.NEO4J_PID) : undefined; // a local server's JVM, for its CPU time
    return { uri: process.env.NEO4J_URI, username: process.env.NEO4J_USERNAME ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', pid, stop: async () => {} };
  }
  const { neo4jToolsAvailable, startNeo4j } = await import('../../tools/neo4j/server.ts');
  const tools = neo4jToolsAvailable();
  if (!tools.ok) {
    console.warn(`!!! Neo4j part skipped: ${tools.why}`);
    return null;
  }
  const server = await startNeo4j({ heap: '2g', pageCache: '1g' });
  console.log(`Neo4j 5.26 at ${server.uri} (started in ${server.startupMs} ms)`);
  return { ...server, stop: () => server.stop() };
}

const fmt = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

async function main(): Promise<void> {
  const source = existsSync(values.graph!) ? values.graph! : null;
  const base = source ? await readGraphFile(source) : smallGraph();
  const baseName = source ?? 'tests/fixtures/small-graph.ts (no seed graph file)';
  const big = scaled(base, SCALE);
  const warmupGraph = scaled(base, WARMUP_SCALE);
  const sizes = [
    { label: '1×', graph: base },
    { label: `${SCALE}×`, graph: big },
  ];
  const lines: string[] = [];
  const log = (line = '') => {
    console.log(line);
    lines.push(line);
  };
  const dir = mkdtempSync(join(tmpdir(), 'zg-bench-'));

  log(`Graph: ${baseName}: ${base.nodes.length} nodes, ${base.relationships.length} relationships, ${base.documents.length} documents; ${SCALE}× = ${big.nodes.length} nodes, ${big.relationships.length} relationships.`);
  log(
    `Machine: ${process.platform} ${process.arch}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} at start (shared with other work: treat as indicative), Node ${process.version}; ${ITERATIONS} timed calls per operation embedded, ${Math.max(50, Math.floor(ITERATIONS / 2))} Neo4j, after warm-up.`,
  );
  log();

  const embedded = !values['no-embedded'];
  // Embedded: start-up and memory.
  if (embedded) {
    log('### Embedded: start-up and resident memory');
    log();
    log('| graph | open graph file (read + index) | RSS delta after GC | JS heap delta after GC |');
    log('|---|---|---|---|');
    for (const { label, graph } of sizes) {
      const file = join(dir, `graph-${label}.ndjson`);
      await writeGraphFile(file, graph);
      collect();
      const { rss: rss0, heapUsed: heap0 } = process.memoryUsage();
      const t = performance.now();
      let store: GraphStore | null = await openEmbeddedStore(file);
      const openMs = performance.now() - t;
      collect();
      const { rss: rss1, heapUsed: heap1 } = process.memoryUsage();
      log(`| ${label} | ${openMs.toFixed(0)} ms | ${mb(rss1 - rss0)} | ${mb(heap1 - heap0)}${gc ? '' : ' (run with --expose-gc for exact numbers)'} |`);
      await store.close();
      store = null;
      collect();
    }
    log();
  }

  // Latency, embedded.
  const table: Record<string, Record<string, OpResult>> = {};
  for (const { label, graph } of embedded ? sizes : []) {
    const store = createEmbeddedStore(graph);
    for (const r of await latencies(store, graph, ITERATIONS)) (table[r.op] ??= {})[`embedded ${label}`] = r;
    await store.close();
  }

  // Neo4j: load rate and latency.
  const loadRows: string[] = [];
  const neo = await neo4jConnection();
  if (neo) {
    try {
      // A fresh server's JVM spends more CPU compiling the load path than loading
      // the first large graph (measured: 16 → 3.5 CPU-s for the same 50k
      // relationships over four rounds), and a served database runs warm. So the
      // timed loads come after untimed ones: twice into one namespace, which also
      // runs the old-generation delete.
      const warmStart = performance.now();
      const warm = await createNeo4jStore(neo, { namespace: `bench-warmup-${Date.now()}`, ...LOAD_OPTIONS });
      for (let i = 0; i < WARMUP_LOADS; i++) await warm.loadGraph(warmupGraph);
      await warm.close();
      console.log(`Neo4j warm-up: ${WARMUP_LOADS} loads of the ${WARMUP_SCALE}× graph in ${((performance.now() - warmStart) / 1000).toFixed(1)} s (untimed)`);
      for (const { label, graph } of sizes) {
        // A fresh namespace, so the time is the load itself, not also deleting a previous graph.
        const store = await createNeo4jStore(neo, { namespace: `bench-${Date.now()}-${label}`, ...LOAD_OPTIONS });
        // CPU as well as wall time: on shared cores the wall time mostly measures the queue for a core.
        const serverCpu0 = neo.pid === undefined ? null : processCpuSeconds(neo.pid);
        const cpu0 = process.cpuUsage();
        const t = performance.now();
        await store.loadGraph(graph);
        const seconds = (performance.now() - t) / 1000;
        const cpu = process.cpuUsage(cpu0);
        const nodeCpu = (cpu.user + cpu.system) / 1e6;
        const serverCpu1 = neo.pid === undefined ? null : processCpuSeconds(neo.pid);
        const serverCpu = serverCpu0 === null || serverCpu1 === null ? null : serverCpu1 - serverCpu0;
        const perCpu = serverCpu === null ? '–' : Math.round(graph.relationships.length / (nodeCpu + serverCpu)).toLocaleString('en');
        loadRows.push(
          `| ${label} | ${graph.nodes.length} | ${graph.relationships.length} | ${seconds.toFixed(2)} s | ${Math.round(graph.relationships.length / seconds).toLocaleString('en')} | ${nodeCpu.toFixed(1)} s + ${serverCpu === null ? '?' : `${serverCpu.toFixed(1)} s`} | ${perCpu} |`,
        );
        for (const r of await latencies(store, graph, Math.max(50, Math.floor(ITERATIONS / 2)))) (table[r.op] ??= {})[`neo4j ${label}`] = r;
        await store.close();
      }
    } finally {
      await neo.stop();
    }
    log(`### Neo4j load (loadGraph: ${LOAD_SHAPE}, in a staging generation, then the switch and old-generation delete; after ${WARMUP_LOADS} untimed loads of the ${WARMUP_SCALE}× graph)`);
    log();
    log('CPU = the bench process (Node: encoding, driver) + the Neo4j server process (only when the bench started it); relationships per CPU-second is the figure the shared cores distort least.');
    log();
    log('| graph | nodes | relationships | time | relationships/s | CPU (Node + Neo4j) | relationships per CPU-second |');
    log('|---|---|---|---|---|---|---|');
    for (const row of loadRows) log(row);
    log();
  }

  const columns = sizes.flatMap(({ label }) => [...(embedded ? [`embedded ${label}`] : []), ...(neo ? [`neo4j ${label}`] : [])]);
  log('### Latency per operation, ms (p50 / p95)');
  log();
  log(`| operation | ${columns.join(' | ')} |`);
  log(`|---|${columns.map(() => '---').join('|')}|`);
  for (const [op, byColumn] of Object.entries(table)) {
    log(`| ${op} | ${columns.map((c) => (byColumn[c] ? `${fmt(byColumn[c]!.p50)} / ${fmt(byColumn[c]!.p95)}` : '–')).join(' | ')} |`);
  }
  log();
  rmSync(dir, { recursive: true, force: true });

  if (!values['no-write'] && embedded) writeSection(lines);
}

function writeSection(lines: string[]): void {
  const path = 'BENCHMARKS.md';
  const section = [
    '## Stores',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`node --expose-gc --import tsx server/bench/store.ts\` (options: \`--graph FILE\`, \`--scale N\`, \`--no-neo4j\`, \`--iterations N\`, loader settings \`--batch N\` and \`--concurrency N\`, \`--no-embedded\` for Neo4j-only runs that are not written here; Neo4j from NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD (NEO4J_PID for its CPU time) or a throw-away tools/neo4j server with a 2 GB heap and 1 GB page cache). The ${SCALE}× graph clones the seed graph with suffixed ids. Goals: load ≥ 20,000 relationships/s; neighbourhood and search p95 ≤ 5 ms embedded and ≤ 25 ms Neo4j at 100×; embedded ≤ 300 MB resident at 1×, ≤ 2 GB at 100×; embedded start-up well under a second.`,
    '',
    ...lines,
  ].join('\n');
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf('\n## Stores');
  let next: string;
  if (start < 0) {
    next = `${current.trimEnd()}\n\n${section}\n`;
  } else {
    const after = current.indexOf('\n## ', start + 1);
    next = `${current.slice(0, start)}\n${section}\n${after < 0 ? '' : current.slice(after)}`;
  }
  writeFileSync(path, next);
  console.log(`wrote the "## Stores" section of ${path}`);
}

await main();
