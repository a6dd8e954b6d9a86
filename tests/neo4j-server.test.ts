/**
 * Proves the test Neo4j (tools/neo4j, started by tests/setup/neo4j.ts) is a real Neo4j 5.26
 * server speaking Bolt with authentication enabled. These tests fail against anything else.
 */
import neo4j, { type Driver, type Integer, type Node, Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeNeo4j, neo4jConnection } from './helpers/neo4j.ts';

describeNeo4j('real Neo4j 5.26 test server', () => {
  let driver: Driver;

  beforeAll(() => {
    const { uri, username, password } = neo4jConnection();
    driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
  });

  afterAll(async () => {
    await driver?.close();
  });

  it('connects over Bolt to a Neo4j 5.26 server and answers RETURN 1', async () => {
    const info = await driver.getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
    expect(neo4jConnection().uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);

    const { records } = await driver.executeQuery('RETURN 1 AS one');
    expect(records).toHaveLength(1);
    expect(neo4j.integer.toNumber(records[0]!.get('one'))).toBe(1);
  });

  it('runs against the default database "neo4j"', async () => {
    const { records } = await driver.executeQuery('CALL db.info() YIELD name RETURN name');
    expect(records[0]!.get('name')).toBe('neo4j');
  });

  it('creates and reads back a node with a parameterised query', async () => {
    const marker = `zg-test-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const props = { marker, name: '苏州工业园区', level: 'national', founded: 1994 };
    try {
      const created = await driver.executeQuery(
        'CREATE (z:ZgTestZone $props) RETURN elementId(z) AS id',
        { props },
        { database: 'neo4j' },
      );
      const id = created.records[0]!.get('id') as string;
      expect(typeof id).toBe('string');
      expect(created.summary.counters.updates().nodesCreated).toBe(1);

      const read = await driver.executeQuery(
        'MATCH (z:ZgTestZone {marker: $marker}) RETURN z, elementId(z) AS id',
        { marker },
        { database: 'neo4j', routing: neo4j.routing.READ },
      );
      expect(read.records).toHaveLength(1);
      const node = read.records[0]!.get('z') as Node;
      expect(read.records[0]!.get('id')).toBe(id);
      expect(node.labels).toEqual(['ZgTestZone']);
      expect(node.properties.name).toBe('苏州工业园区');
      expect(node.properties.level).toBe('national');
      expect(neo4j.integer.toNumber(node.properties.founded as Integer)).toBe(1994);
    } finally {
      await driver.executeQuery('MATCH (z:ZgTestZone {marker: $marker}) DETACH DELETE z', { marker });
    }
  });

  it('rejects a wrong password with Neo.ClientError.Security.Unauthorized', async () => {
    const { uri, username, password } = neo4jConnection();
    const bad = neo4j.driver(uri, neo4j.auth.basic(username, `${password}-wrong`));
    try {
      const err = await bad.executeQuery('RETURN 1').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(Neo4jError);
      expect((err as Neo4jError).code).toBe('Neo.ClientError.Security.Unauthorized');
    } finally {
      await bad.close();
    }
  });
});
