/**
 * Helpers for tests that need the real Neo4j server started by tests/setup/neo4j.ts.
 *
 *   describeNeo4j('my store', () => {
 *     const { uri, username, password } = neo4jConnection();
 *     ...
 *   });
 */
import { describe, inject } from 'vitest';

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
}

/** The injected connection, or null when Neo4j tests are skipped in this run. */
export function maybeNeo4jConnection(): Neo4jConnection | null {
  return inject('neo4j');
}

/**
 * The injected connection of the real Neo4j server. Throws (rather than returning null) when
 * the server is not available, so use it inside describeNeo4j(...) suites.
 */
export function neo4jConnection(): Neo4jConnection {
  const conn = inject('neo4j');
  if (!conn) {
    throw new Error(
      `No Neo4j server in this test run: ${inject('neo4jSkipReason') ?? 'unknown reason'}. ` +
        'Wrap Neo4j tests in describeNeo4j(...).',
    );
  }
  return conn;
}

/**
 * `describe` when the real Neo4j server is available; otherwise `describe.skip` plus a loud
 * console warning naming the reason.
 */
export function describeNeo4j(name: string, fn: () => void): void {
  const conn = inject('neo4j');
  if (conn) {
    describe(name, fn);
    return;
  }
  const why = inject('neo4jSkipReason') ?? 'no Neo4j server was provided';
  console.warn(`\n!!! NEO4J SUITE SKIPPED: "${name}" — ${why}\n`);
  describe.skip(`${name} [SKIPPED: no Neo4j — ${why}]`, fn);
}
