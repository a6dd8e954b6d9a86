/**
 * The one HTTP server: /graphql (Apollo), /graphiql (the bundled GraphiQL
 * page), /healthz, and the explorer at / with SPA fallback.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphStore } from '../store/port.ts';
import { createApolloServer } from '../graphql/apollo.ts';
import { createContext } from '../graphql/context.ts';
import { Ingestor } from '../graphql/ingest.ts';
import { handleGraphQL, type GraphQLEndpoint } from './graphql-endpoint.ts';
import { ResponseCache } from './response-cache.ts';
import { sendText } from './respond.ts';
import { serveStatic, type StaticSite } from './static-files.ts';

export interface ServerOptions {
  store: GraphStore;
  /** Bearer token for ingest; null disables ingest. */
  ingestToken: string | null;
  /** Built explorer (client/dist). */
  clientDist: string;
  /** Built GraphiQL page (server/graphiql/dist). */
  graphiqlDist: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /**
   * Replay answers to read queries until an ingest or removal changes the graph
   * (server/http/response-cache.ts). Default: on unless ZONEGRAPH_RESPONSE_CACHE=off.
   */
  responseCache?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const ingestor = new Ingestor(options.store, options.ingestToken);
  const explorer: StaticSite = { root: options.clientDist, mount: '/', missingHint: 'The explorer is not built: run `npm run build:client`.' };
  const graphiql: StaticSite = {
    root: options.graphiqlDist,
    mount: '/graphiql/',
    missingHint: 'GraphiQL is not built: run `npm run build:graphiql`.',
  };

  const httpServer = createServer({ maxHeaderSize: 64 * 1024, requestTimeout: 120_000, headersTimeout: 30_000 });
  const apollo = createApolloServer([ApolloServerPluginDrainHttpServer({ httpServer })]);
  const cached = options.responseCache ?? process.env['ZONEGRAPH_RESPONSE_CACHE'] !== 'off';
  const endpoint: GraphQLEndpoint = {
    apollo,
    context: async (req) => createContext(options.store, ingestor, req.headers.authorization),
    cache: cached ? new ResponseCache(() => ingestor.graphVersion) : null,
  };

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      sendText(res, 400, 'Malformed URL.');
      return;
    }
    const path = url.pathname;
    if (path === '/graphql' || path === '/graphql/') return handleGraphQL(endpoint, req, res, url.search);
    if (path === '/healthz') {
      const body = JSON.stringify({ ok: true, store: options.store.kind });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    if (path === '/graphiql') return serveStatic({ ...graphiql, mount: '/graphiql' }, '/graphiql/', req, res);
    if (path.startsWith('/graphiql/')) return serveStatic(graphiql, path, req, res);
    return serveStatic(explorer, path, req, res);
  };

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal server error.');
      else res.destroy();
    });
  });
  httpServer.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });

  await apollo.start();
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 0, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    host,
    // Apollo's drain plugin closes the http server once in-flight requests finish.
    close: () => apollo.stop(),
  };
}

