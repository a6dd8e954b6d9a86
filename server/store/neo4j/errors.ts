/** Turns driver failures into StoreErrors that say what is wrong and where. */
import { StoreError } from '../port.ts';

export interface ConnectionTarget {
  uri: string;
  username: string;
  database: string | undefined;
}

interface DriverError {
  code?: string;
  message?: string;
  gqlStatus?: string;
}

export function toStoreError(err: unknown, target: ConnectionTarget): StoreError {
  if (err instanceof StoreError) return err;
  const e = (err ?? {}) as DriverError;
  const code = e.code ?? '';
  const detail = (e.message ?? String(err)).split('\n')[0];
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|Could not perform discovery|Failed to connect/i.test(detail ?? '')) {
    return new StoreError(`Neo4j is unreachable at ${target.uri}: ${detail}`, 'STORE_UNAVAILABLE');
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StoreError(`Neo4j at ${target.uri} refused the credentials of user "${target.username}" (${detail})`, 'STORE_AUTH');
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreError(`Neo4j database "${target.database ?? '(default)'}" does not exist at ${target.uri}`, 'STORE_DATABASE');
  }
  return new StoreError(`Neo4j error at ${target.uri}: ${code ? `${code}: ` : ''}${detail}`, 'STORE_UNAVAILABLE');
}
