/**
 * An @neo4j/graphql API over the zonegraph data in Neo4j, served by
 * @apollo/server's standalone server — the comparison point for the API
 * benchmark. Runs as its own process so it gets a core like the real server.
 *
 *   NEO4J_URI NEO4J_USERNAME NEO4J_PASSWORD [NEO4J_DATABASE] PORT (0) HOST (127.0.0.1)
 *
 * Prints `neo4j-graphql: http://HOST:PORT/` when it serves.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { neo4jGraphqlTypeDefs } from './neo4j-graphql-schema.ts';

function env(name: string, fallback?: string): string {
  const value = process.env[name] || fallback;
  if (value === undefined) {
    console.error(`neo4j-graphql: ${name} is not set`);
    process.exit(1);
  }
  return value;
}

const driver = neo4j.driver(env('NEO4J_URI'), neo4j.auth.basic(env('NEO4J_USERNAME', 'neo4j'), env('NEO4J_PASSWORD')));
const database = process.env['NEO4J_DATABASE'];
const schema = await new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs, driver }).getSchema();
const apollo = new ApolloServer({ schema, csrfPrevention: false });
const { url } = await startStandaloneServer(apollo, {
  listen: { port: Number(env('PORT', '0')), host: env('HOST', '127.0.0.1') },
  context: async () => (database ? { sessionConfig: { database } } : {}),
});
console.log(`neo4j-graphql: ${url}`);

const shutdown = async () => {
  await apollo.stop().catch(() => undefined);
  await driver.close().catch(() => undefined);
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
