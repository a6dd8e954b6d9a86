/** What every resolver receives: the store, this request's loaders, and who is asking. */
import type { GraphStore } from '../store/port.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { Ingestor } from './ingest.ts';

export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  /** The bearer token the request presented, if any. */
  bearerToken: string | null;
  ingestor: Ingestor;
  /**
   * Set once answered (server/graphql/cacheable-plugin.ts): a query answered completely without errors,
   * which the HTTP response cache may replay. An object, because Apollo hands resolvers and plugins a shallow clone of the context.
   */
  answer: { cacheable: boolean };
}

export function bearerTokenFrom(authorization: string | undefined | null): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match ? match[1]! : null;
}

export function createContext(store: GraphStore, ingestor: Ingestor, authorization: string | undefined | null): ApiContext {
  return { store, loaders: createLoaders(store), bearerToken: bearerTokenFrom(authorization), ingestor, answer: { cacheable: false } };
}
