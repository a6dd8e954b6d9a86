/**
 * zonegraph server: opens the store, serves the API, the explorer and GraphiQL.
 *
 *   PORT (4000)  HOST (127.0.0.1)  ZONEGRAPH_INGEST_TOKEN (unset: ingest disabled)
 *   store settings: see server/store (graph file or NEO4J_*)
 *
 * A startup failure prints one line naming the problem and exits 1.
 */
import { serverConfigFromEnv } from './config.ts';
import { startServer, type RunningServer } from './http/server.ts';
import type { GraphStore } from './store/port.ts';
import { openConfiguredStore } from './store-config.ts';

function fail(message: string): never {
  console.error(`zonegraph: ${message}`);
  process.exit(1);
}

function describeStartupError(err: unknown, port: number): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'EADDRINUSE') return `port ${port} is already in use; set PORT to another port.`;
  if (e?.code === 'EACCES') return `not allowed to listen on port ${port}; set PORT to a port above 1024.`;
  if (e?.code === 'EADDRNOTAVAIL') return `HOST is not an address of this machine.`;
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}

async function main(): Promise<void> {
  let config;
  try {
    config = serverConfigFromEnv(process.env);
  } catch (err) {
    fail(describeStartupError(err, 0));
  }
  let store: GraphStore;
  try {
    store = await openConfiguredStore(process.env);
  } catch (err) {
    fail(`could not open the store: ${describeStartupError(err, config.port)}`);
  }
  let server: RunningServer;
  try {
    server = await startServer({ store, ...config });
  } catch (err) {
    await store.close().catch(() => undefined);
    fail(describeStartupError(err, config.port));
  }
  const stats = await store.stats().catch(() => null);
  console.log(
    `zonegraph: ${server.url}/  (API ${server.url}/graphql, GraphiQL ${server.url}/graphiql)  ` +
      `store: ${store.kind}${stats ? `, ${stats.nodes} nodes, ${stats.relationships} relationships, ${stats.documents} documents` : ''}; ` +
      `ingest ${config.ingestToken ? 'enabled' : 'disabled (set ZONEGRAPH_INGEST_TOKEN)'}`,
  );
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    // Draining waits for in-flight requests; a stuck client must not keep the process alive.
    setTimeout(() => process.exit(0), 5_000).unref();
    await server.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err) => fail(describeStartupError(err, 0)));
