/**
 * Ingest over HTTP (shared by the embedded run, ingest.test.ts, and the Neo4j run): the token guards it, the pipeline's contribution lands in
 * the running store, and queries see the new document without a restart.
 * Expectations come from running the same pipeline on the same text here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReferenceNode } from '../../shared/contribution.ts';
import { extractSources } from '../../graph-seed/pipeline/index.ts';
import type { ExtractResult } from '../../graph-seed/pipeline/types.ts';
import type { GraphData } from '../../shared/graph.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { startApi, type Api } from './harness.ts';

const TOKEN = 'test-ingest-token-0123456789abcdef';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const FILENAME = 'xiangyang-ingest.txt';
const TEXT = [
  '襄阳高新技术产业开发区“十四五”发展规划',
  '',
  '一、发展基础',
  '',
  '襄阳高新技术产业开发区（以下简称襄阳高新区）位于襄阳市，重点发展新能源汽车和动力电池产业。东风汽车股份有限公司在襄阳高新区建成整车生产基地。到2025年，襄阳高新区汽车产业产值力争达到3000亿元。',
  '',
].join('\n');

const INGEST = `mutation($input: IngestInput!) {
  ingestDocument(input: $input) {
    document { id title file characters }
    report { documents { document entities relationships facts } failures { file reason } }
    stats { nodes relationships documents facts store }
  }
}`;

export function defineIngestSuite(name: string, openStore: (graph: GraphData) => Promise<GraphStore>): void {
  describe(name, () => {
    let api: Api;
    let store: GraphStore;
    let expected: ExtractResult;

    beforeAll(async () => {
      expected = await extractSources([{ name: FILENAME, bytes: Buffer.from(TEXT, 'utf8'), contentType: 'text/plain' }]);
      store = await openStore(smallGraph());
      api = await startApi(store, { ingestToken: TOKEN });
    }, 120_000);
    afterAll(async () => {
      await api.close();
      await store.close();
    });

    it('is refused without a token, with a wrong token, and on a server without one', async () => {
      const input = { filename: FILENAME, content: TEXT };
      await api.error(INGEST, { input }, 'UNAUTHENTICATED');
      await api.error(INGEST, { input }, 'UNAUTHENTICATED', { authorization: 'Bearer wrong-token-wrong-token-000' });
      await api.error(INGEST, { input }, 'UNAUTHENTICATED', { authorization: TOKEN });
      await api.error(`mutation { removeDocument(id: "doc:000_f2f3fd127b521cfd") { nodes } }`, undefined, 'UNAUTHENTICATED');
      const closed = await startApi(store);
      try {
        const { message } = await closed.error(INGEST, { input }, 'INGEST_DISABLED', AUTH);
        expect(message).toMatch(/ZONEGRAPH_INGEST_TOKEN/);
      } finally {
        await closed.close();
      }
      expect((await api.data('{ documents { id } }')).documents).toHaveLength(smallGraph().documents.length);
    });

    it('rejects bad input naming the problem', async () => {
      const cases: Array<[Record<string, unknown>, RegExp]> = [
        [{ filename: FILENAME, content: '   ' }, /empty/],
        [{ filename: '../etc/passwd', content: TEXT }, /file name/],
        [{ filename: FILENAME, content: TEXT, contentType: 'application/pdf' }, /text\/plain or text\/html/],
        [{ filename: 'blob.txt', content: '\u0000\u0001\u0002\u0003abc\u0000\u0000' }, /binary/],
      ];
      for (const [input, message] of cases) {
        const err = await api.error(INGEST, { input }, 'BAD_USER_INPUT', AUTH);
        expect(err.message).toMatch(message);
      }
    });

    it('adds the document and its entities; queries see them at once', async () => {
      const contribution = expected.contributions[0]!;
      expect(contribution.nodes.length).toBeGreaterThan(0);
      const before = (await api.data('{ stats { nodes documents } }')).stats;
      const res = await api.post(INGEST, { input: { filename: FILENAME, content: TEXT, contentType: 'text/plain' } }, AUTH);
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      const out = res.body.data!.ingestDocument;
      expect(out.document).toEqual({ id: contribution.document.id, title: contribution.document.title, file: contribution.document.file, characters: contribution.document.text.length });
      expect(out.report.documents.map((d: any) => d.document)).toEqual([contribution.document.id]);
      expect(out.stats.documents).toBe(before.documents + 1);
      const known = new Set(smallGraph().nodes.map((n) => n.id));
      expect(out.stats.nodes).toBe(before.nodes + new Set(contribution.nodes.map((n) => n.id).filter((id) => !known.has(id))).size);

      const d = await api.data(`query($id: ID!, $ids: [ID!]!) {
        document(id: $id) { text title }
        neighbourhood(ids: $ids, depth: 0, limit: 5000) { nodes { id name } }
      }`, { id: contribution.document.id, ids: contribution.nodes.map((n) => n.id) });
      expect(d.document.text).toBe(contribution.document.text);
      expect(d.neighbourhood.nodes.map((n: any) => n.id).sort()).toEqual([...new Set(contribution.nodes.map((n) => n.id))].sort());

      // A relationship the document states carries its sentence, sliceable from the new document.
      const stated = contribution.relationships.find((r) => r.evidence.length > 0)!;
      const ev = await api.data(`query($id: ID!) { evidence(relationship: $id) { start end text document { id } } }`, { id: stated.id });
      const mine = ev.evidence.filter((e: any) => e.document.id === contribution.document.id);
      expect(mine.length).toBeGreaterThan(0);
      for (const e of mine) expect(contribution.document.text.slice(e.start, e.end)).toBe(e.text);

      // Search finds a new entity by name.
      const named = contribution.nodes.find((n) => n.documents.includes(contribution.document.id) && n.label !== 'Document')!;
      const s = await api.data(`query($t: String!) { search(text: $t, limit: 100) { entity { id } } }`, { t: named.name });
      expect(s.search.map((h: any) => h.entity.id)).toContain(named.id);
    });

    it('re-ingesting the same file replaces its contribution; removeDocument takes it out', async () => {
      const contribution = expected.contributions[0]!;
      const once = (await api.data('{ stats { nodes relationships documents } }')).stats;
      const again = await api.post(INGEST, { input: { filename: FILENAME, content: TEXT } }, AUTH);
      expect(again.body.errors).toBeUndefined();
      expect(again.body.data!.ingestDocument.stats).toMatchObject(once);

      const removed = await api.post(`mutation($id: ID!) { removeDocument(id: $id) { nodes documents } }`, { id: contribution.document.id }, AUTH);
      expect(removed.body.errors).toBeUndefined();
      const base = smallGraph();
      // Reference nodes (taxonomy industries, gazetteer regions) the document brought in stay: they are not its to remove.
      const known = new Set(base.nodes.map((n) => n.id));
      const referenceAdded = new Set(contribution.nodes.filter((n) => !known.has(n.id) && isReferenceNode(n)).map((n) => n.id)).size;
      expect(removed.body.data!.removeDocument).toEqual({ nodes: base.nodes.length + referenceAdded, documents: base.documents.length });
      await api.error(`query($id: ID!) { document(id: $id) { id } }`, { id: contribution.document.id }, 'NOT_FOUND');
      await api.error(`mutation { removeDocument(id: "doc:never-was") { nodes } }`, undefined, 'NOT_FOUND', AUTH);
    });
  });
}
