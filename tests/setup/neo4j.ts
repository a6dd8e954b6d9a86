/**
 * vitest globalSetup: starts one real Neo4j 5.26 server (tools/neo4j) for the whole run and
 * injects its connection as `inject('neo4j')` → { uri, username, password } | null.
 *
 * - ZONEGRAPH_SKIP_NEO4J=1        → no server; Neo4j suites are skipped (loud warning).
 * - ZONEGRAPH_NEO4J_URI=bolt://…  → use that already-running server instead of starting one
 *   (with ZONEGRAPH_NEO4J_USERNAME, default neo4j, and ZONEGRAPH_NEO4J_PASSWORD); e.g. one
 *   started with `node --import tsx tools/neo4j/run.ts`.
 * - java/mvn missing              → loud warning and null, except under CI=true where it throws:
 *   CI must never silently skip the Neo4j tests.
 * - tools present but the server fails to build/start → throws (that is a real failure).
 */
import type { TestProject } from 'vitest/node';
import { neo4jToolsAvailable, startNeo4j } from '../../tools/neo4j/server.ts';

function loud(lines: string[]): void {
  const bar = '!'.repeat(78);
  console.warn(['', bar, ...lines.map((l) => `!! ${l}`), bar, ''].join('\n'));
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const skip = (why: string): undefined => {
    loud([
      `NEO4J TESTS SKIPPED: ${why}`,
      'Every describeNeo4j(...) suite in this run is skipped and proves NOTHING about Neo4j.',
      'Fix: install Java 17 + Maven (run .ci/neo4j.sh) and do not set ZONEGRAPH_SKIP_NEO4J=1.',
    ]);
    project.provide('neo4j', null);
    project.provide('neo4jSkipReason', why);
    return undefined;
  };

  if (process.env.ZONEGRAPH_SKIP_NEO4J === '1') {
    // A local opt-out for fast inner loops; CI must prove the Neo4j adapter every time.
    if (process.env.CI === 'true') throw new Error('ZONEGRAPH_SKIP_NEO4J=1 is not allowed under CI=true: CI never skips the Neo4j tests');
    return skip('ZONEGRAPH_SKIP_NEO4J=1 is set');
  }

  const externalUri = process.env.ZONEGRAPH_NEO4J_URI;
  if (externalUri) {
    const password = process.env.ZONEGRAPH_NEO4J_PASSWORD;
    if (!password) throw new Error('ZONEGRAPH_NEO4J_URI is set but ZONEGRAPH_NEO4J_PASSWORD is not');
    const username = process.env.ZONEGRAPH_NEO4J_USERNAME ?? 'neo4j';
    console.warn(`[neo4j] using external server ${externalUri} (ZONEGRAPH_NEO4J_URI)`);
    project.provide('neo4j', { uri: externalUri, username, password });
    project.provide('neo4jSkipReason', null);
    return undefined;
  }

  const tools = neo4jToolsAvailable();
  if (!tools.ok) {
    const why = tools.why ?? 'java/mvn not available';
    if (process.env.CI === 'true') {
      throw new Error(`NEO4J TESTS CANNOT RUN IN CI: ${why} (CI must never skip them; run .ci/neo4j.sh first)`);
    }
    return skip(why);
  }

  const server = await startNeo4j();
  console.warn(`[neo4j] real Neo4j 5.26 at ${server.uri} (pid ${server.pid}, ready in ${server.startupMs} ms)`);
  project.provide('neo4j', { uri: server.uri, username: server.username, password: server.password });
  project.provide('neo4jSkipReason', null);

  return async () => {
    await server.stop();
  };
}
