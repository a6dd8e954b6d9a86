// Typed values injected by the vitest globalSetup in tests/setup/neo4j.ts.
// Read them in tests with `inject('neo4j')` (or tests/helpers/neo4j.ts).
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A running real Neo4j 5.26 server (auth enabled), or null when Neo4j tests are skipped. */
    neo4j: { uri: string; username: string; password: string } | null;
    /** Why `neo4j` is null (missing java/mvn, ZONEGRAPH_SKIP_NEO4J=1), else null. */
    neo4jSkipReason: string | null;
  }
}
