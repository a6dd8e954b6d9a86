/**
 * The API's own CPU per answer, without HTTP or a second process: each
 * question's variants go through Apollo's executeHTTPGraphQLRequest (parse
 * cache, validation, limits, execution, serialisation) over an embedded
 * store in this process, timed with process.cpuUsage, best of three rounds.
 * On a shared machine this moves far less than req/s or latency, so it is
 * the number to compare between commits.
 */
import { HeaderMap } from '@apollo/server';
import type { GraphData } from '../../../shared/graph.ts';
import { createApolloServer } from '../../graphql/apollo.ts';
import { createContext } from '../../graphql/context.ts';
import { Ingestor } from '../../graphql/ingest.ts';
import { createEmbeddedStore } from '../../store/index.ts';
import type { BenchQuery } from './queries.ts';

/** CPU milliseconds per answer by question key; NaN where the answer was an error. */
export async function inProcessCpu(graph: GraphData, queries: BenchQuery[], rounds = 3, minMs = 300): Promise<Map<string, number>> {
  const store = createEmbeddedStore(graph);
  const ingestor = new Ingestor(store, null);
  const apollo = createApolloServer();
  await apollo.start();
  const headers = new HeaderMap([
    ['content-type', 'application/json'],
    ['accept', 'application/json'],
  ]);
  const out = new Map<string, number>();
  try {
    for (const q of queries) {
      const ask = async (variables: Record<string, unknown>): Promise<boolean> => {
        const response = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: 'POST', headers, search: '', body: { query: q.query, variables } },
          context: async () => createContext(store, ingestor, null),
        });
        if (response.body.kind !== 'complete') return false;
        // The HTTP endpoint sends the answer as one buffer: count that conversion too.
        Buffer.from(response.body.string, 'utf8');
        return response.status === undefined || response.status === 200 ? !response.body.string.startsWith('{"errors"') : false;
      };
      let ok = true;
      for (const v of q.variants) ok &&= await ask(v); // warm-up: caches, JIT, compiled documents
      if (!ok) {
        out.set(q.key, NaN);
        continue;
      }
      let best = Infinity;
      for (let r = 0; r < rounds; r++) {
        const started = process.cpuUsage();
        let n = 0;
        let spent = 0;
        while (spent < minMs || n < q.variants.length) {
          await ask(q.variants[n % q.variants.length]!);
          n++;
          const used = process.cpuUsage(started);
          spent = (used.user + used.system) / 1000;
        }
        best = Math.min(best, spent / n);
      }
      out.set(q.key, best);
    }
  } finally {
    await apollo.stop();
    await store.close();
  }
  return out;
}
