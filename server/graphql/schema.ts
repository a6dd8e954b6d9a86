/** The API schema text: server/graphql/schema.graphql is the contract with the explorer. */
import { readFileSync } from 'node:fs';

export const SCHEMA_PATH = new URL('./schema.graphql', import.meta.url);

let cached: string | null = null;
export function loadTypeDefs(): string {
  cached ??= readFileSync(SCHEMA_PATH, 'utf8');
  return cached;
}
