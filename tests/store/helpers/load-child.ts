/**
 * A loader process the Neo4j tests kill with SIGKILL mid-load: it loads a
 * graph file in small batches and prints "batch N" after each one.
 *   node --import tsx tests/store/helpers/load-child.ts <uri> <user> <password> <namespace> <graph.ndjson>
 */
import { readGraphFile } from '../../../shared/graph-file.ts';
import { createNeo4jStore } from '../../../server/store/neo4j/index.ts';

const [uri, username, password, namespace, file] = process.argv.slice(2) as [string, string, string, string, string];
const graph = await readGraphFile(file);
const store = await createNeo4jStore({ uri, username, password }, { namespace, batchSize: 50 });
let batches = 0;
await store.loadGraph(graph, {
  onProgress: () => {
    batches++;
    process.stdout.write(`batch ${batches}\n`);
  },
});
process.stdout.write('done\n');
await store.close();
