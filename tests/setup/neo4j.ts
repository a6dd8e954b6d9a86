// Placeholder until the Neo4j launcher lands (tools/neo4j): provides no server.
import type { TestProject } from 'vitest/node';
export default function setup(project: TestProject): void {
  (project as unknown as { provide: (k: string, v: unknown) => void }).provide('neo4j', null);
}
