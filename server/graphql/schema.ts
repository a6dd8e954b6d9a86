/** The API schema text: server/graphql/schema.graphql is the contract with the explorer. */
import { readFileSync } from 'node:fs';
import { makeExecutableSchema, type IExecutableSchemaDefinition } from '@graphql-tools/schema';
import type { GraphQLSchema } from './graphql-js.ts';

export const SCHEMA_PATH = new URL('./schema.graphql', import.meta.url);

let cached: string | null = null;
export function loadTypeDefs(): string {
  cached ??= readFileSync(SCHEMA_PATH, 'utf8');
  return cached;
}

/** The schema with its resolvers, built as Apollo builds it from typeDefs and resolvers. */
export function executableSchema(resolvers: IExecutableSchemaDefinition['resolvers']): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
}
