/**
 * Server settings from the environment. Store settings (which adapter, the
 * graph file, NEO4J_*) belong to the store module; this file covers the HTTP
 * side and names every bad value in one clear line.
 */
import { fileURLToPath } from 'node:url';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface ServerConfig {
  port: number;
  host: string;
  /** null: ingest disabled. */
  ingestToken: string | null;
  clientDist: string;
  graphiqlDist: string;
}

const repoPath = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));


export function serverConfigFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const rawPort = env.PORT?.trim() || '4000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) throw new ConfigError(`PORT must be an integer 0–65535 (got "${env.PORT}").`);
  const token = env.ZONEGRAPH_INGEST_TOKEN?.trim() || null;
  if (token !== null && token.length < 16) {
    throw new ConfigError('ZONEGRAPH_INGEST_TOKEN is too short: use at least 16 characters (e.g. `openssl rand -hex 24`).');
  }
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    ingestToken: token,
    clientDist: env.ZONEGRAPH_CLIENT_DIST?.trim() || repoPath('client/dist'),
    graphiqlDist: repoPath('server/graphiql/dist'),
  };
}
