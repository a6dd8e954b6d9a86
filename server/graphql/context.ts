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
}

export function bearerTokenFrom(authorization: string | undefined | null): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match ? match[1]! : null;
}

export function createContext(store: GraphStore, ingestor: Ingestor, authorization: string | undefined | null): ApiContext {
  return { store, loaders: createLoaders(store), bearerToken: bearerTokenFrom(authorization), ingestor };
}
