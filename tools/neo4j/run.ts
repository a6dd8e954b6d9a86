/**
 * Start a throw-away Neo4j 5.26 server and keep it running until Ctrl-C / SIGTERM.
 *
 *   node --import tsx tools/neo4j/run.ts [--password PW] [--port N] [--dir DIR] [--pagecache 256m] [--heap 1g]
 *
 * Prints NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD lines (shell `export`-able) on stdout.
 */
import { startNeo4j, type StartNeo4jOptions } from './server.ts';

function parseArgs(argv: string[]): StartNeo4jOptions {
  const opts: StartNeo4jOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`missing value for ${a}`);
      return next;
    };
    switch (a) {
      case '--password':
        opts.password = v();
        break;
      case '--port':
        opts.port = Number(v());
        break;
      case '--dir':
        opts.dataDir = v();
        break;
      case '--pagecache':
        opts.pageCache = v();
        break;
      case '--heap':
        opts.heap = v();
        break;
      case '--timeout':
        opts.timeoutMs = Number(v());
        break;
      case '-h':
      case '--help':
        console.log(
          'usage: node --import tsx tools/neo4j/run.ts [--password PW] [--port N] [--dir DIR] [--pagecache 256m] [--heap 1g] [--timeout MS]',
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument: ${a}`);
    }
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
console.error('starting Neo4j (first run builds the launcher with Maven)…');
const server = await startNeo4j(opts);
console.log(`NEO4J_URI=${server.uri}`);
console.log(`NEO4J_USERNAME=${server.username}`);
console.log(`NEO4J_PASSWORD=${server.password}`);
console.error(`Neo4j ready in ${server.startupMs} ms (pid ${server.pid}); Ctrl-C to stop.`);

let stopping = false;
const shutdown = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  console.error(`${signal}: stopping Neo4j…`);
  server.stop().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGHUP', () => shutdown('SIGHUP'));
// Keep the event loop alive until a signal arrives.
setInterval(() => {}, 1 << 30);
