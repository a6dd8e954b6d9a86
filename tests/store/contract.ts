/**
 * The store contract: every GraphStore operation on the small fixture, with
 * the answers worked out by hand from tests/fixtures/small-graph.ts (the
 * reasoning is in the comments), plus the writes' merge/remove rules. Each
 * adapter's test file runs storeContract; sameAnswers then runs every
 * operation with many arguments on an adapter and on a reference store and
 * deep-compares, on the fixture and on the seed graph file.
 */
import { existsSync } from 'node:fs';
import { skipSuite } from '../helpers/prerequisite.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentContribution } from '../../shared/contribution.ts';
import type { GraphData, GraphNode, GraphRelationship, NodeLabel, RelationshipType } from '../../shared/graph.ts';
import { NODE_LABELS, relationshipId } from '../../shared/graph.ts';
import { readGraphFile } from '../../shared/graph-file.ts';
import { StoreError, type Direction, type GraphStore } from '../../server/store/port.ts';
import { smallGraph } from '../fixtures/small-graph.ts';

export type OpenStore = (graph: GraphData) => Promise<GraphStore>;

export const SEED_GRAPH_FILE = 'graph-seed/out/graph.ndjson';

// Fixture ids (see the map at the top of small-graph.ts).
const SY = 'zone:十堰经济技术开发区';
const WH = 'zone:武汉经济技术开发区';
const PARK = 'zone:新能源汽车产业园';
const DH = 'zone:武汉东湖新技术开发区';
const ZMD = 'zone:驻马店经济开发区';
const HUBEI = 'region:420000';
const SHIYAN_CITY = 'region:420300';
const WUHAN_CITY = 'region:420100';
const HANNAN = 'region:420113';
const HENAN = 'region:410000';
const ZMD_CITY = 'region:411700';
const I = (name: string) => `industry:${name}`;
const P = {
  shiyan: 'program:十堰经济技术开发区国民经济和社会发展第十四个五年规划纲要',
  wuhan: 'program:武汉经济技术开发区国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
  county: 'program:湖北省县域经济发展“十四五”规划',
  hubei: 'program:湖北省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
  nation: 'program:中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
  gbf7: 'program:国务院办公厅关于促进开发区改革和创新发展的若干意见',
  chain: 'program:链长制',
};
const DOC = { s: 'doc:000_f2f3fd127b521cfd', w: 'doc:001_b542f6f43ab8c132', h: 'doc:004_8601b350773d0308' };
const rid = (type: RelationshipType, start: string, end: string) => relationshipId(type, start, end);

const ids = (items: ReadonlyArray<{ id: string } | null>) => items.map((x) => (x ? x.id : null));
const relIds = (rels: readonly GraphRelationship[]) => rels.map((r) => r.id);

function fixtureNode(id: string): GraphNode {
  const n = smallGraph().nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no fixture node ${id}`);
  return n;
}

/** The contribution document `docId` made to the fixture: its record, nodes, relationships and facts. */
export function fixtureContribution(graph: GraphData, docId: string): DocumentContribution {
  const document = graph.documents.find((d) => d.id === docId)!;
  const relationships = graph.relationships
    .filter((r) => r.evidence.some((e) => e.document === docId))
    .map((r) => ({ ...r, evidence: r.evidence.filter((e) => e.document === docId) }));
  const nodes = graph.nodes.filter((n) => n.documents.includes(docId)).map((n) => ({ ...n, documents: [docId] }));
  return { document, nodes, relationships, facts: graph.facts.filter((f) => f.evidence.document === docId) };
}

async function expectStoreError(p: Promise<unknown>, code: StoreError['code']): Promise<StoreError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StoreError);
  expect((err as StoreError).code).toBe(code);
  return err as StoreError;
}

export function storeContract(name: string, open: OpenStore): void {
  describe(`${name}: store contract (reads on the fixture)`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open(smallGraph());
    });
    afterAll(async () => {
      await store?.close();
    });

    it('getNodes returns nodes as stored, null for unknown ids, in argument order', async () => {
      expect(await store.getNodes([ZMD, 'zone:nowhere', HUBEI])).toEqual([fixtureNode(ZMD), null, fixtureNode(HUBEI)]);
      expect(await store.getNodes([])).toEqual([]);
    });

    it('findByName matches names and aliases (Traditional forms, short names), not nameEn', async () => {
      expect((await store.findByName('武漢經開區'))?.id).toBe(WH);
      expect((await store.findByName('十堰经开区'))?.id).toBe(SY);
      expect((await store.findByName('湖北省', 'Region'))?.id).toBe(HUBEI);
      expect((await store.findByName('湖北省政府'))?.id).toBe('organization:湖北省人民政府');
      expect((await store.findByName('鄂政发〔2021〕40号', 'Program'))?.id).toBe(P.county);
      expect(await store.findByName('湖北省', 'Zone')).toBeNull();
      expect(await store.findByName('Wuhan')).toBeNull();
      expect(await store.findByName('不存在的开发区')).toBeNull();
    });

    it('search ranks exact alias over alias prefix', async () => {
      // 十堰经开区 is SY's alias (90) and the prefix of 十堰规划's alias (60); no name contains it.
      const hits = await store.search({ text: '十堰经开区' });
      expect(hits.map((h) => [h.node.id, h.score, h.matched, h.matchedText])).toEqual([
        [SY, 90, 'alias', '十堰经开区'],
        [P.shiyan, 60, 'alias', '十堰经开区“十四五”规划纲要'],
      ]);
    });

    it('search matches nameEn and pinyin without spaces, case-insensitively, ties by degree', async () => {
      // 'wuhan': 武汉市 nameEn "Wuhan" exact (90); WH (degree 13) and DH (degree 6) nameEn prefix (60, nameEn
      // beats the equal pinyin prefix); the 管委会's nameEn contains "Wuhan" (40).
      const hits = await store.search({ text: 'wuhan' });
      expect(hits.map((h) => [h.node.id, h.score, h.matched, h.matchedText])).toEqual([
        [WUHAN_CITY, 90, 'nameEn', 'Wuhan'],
        [WH, 60, 'nameEn', 'Wuhan Economic and Technological Development Zone'],
        [DH, 60, 'nameEn', 'Wuhan East Lake High-Tech Development Zone'],
        ['organization:武汉经济技术开发区管理委员会', 40, 'nameEn', 'Administrative Committee of Wuhan Economic and Technological Development Zone'],
      ]);
      const spaced = await store.search({ text: ' Wu Han Shi ' });
      expect(spaced.map((h) => [h.node.id, h.score, h.matched, h.matchedText])).toEqual([[WUHAN_CITY, 90, 'pinyin', 'wu han shi']]);
    });

    it('search: degree then shorter name break ties', async () => {
      // All three companies' nameEn start with Dongfeng (60). 东风集团 has degree 4; the other two degree 2,
      // and 东风商用车有限公司 (9 characters) is shorter than 东风本田汽车有限公司 (10).
      const hits = await store.search({ text: 'DONGFENG' });
      expect(hits.map((h) => [h.node.id, h.score, h.matched])).toEqual([
        ['company:东风汽车集团有限公司', 60, 'nameEn'],
        ['company:东风商用车有限公司', 60, 'nameEn'],
        ['company:东风本田汽车有限公司', 60, 'nameEn'],
      ]);
    });

    it('search filters by label and honours the limit', async () => {
      // Industries with 汽车: 汽车 (exact 100), 汽车零部件 (name prefix 70), 新能源汽车 (substring 50, degree 7),
      // 智能网联汽车 (substring 50, degree 4).
      const hits = await store.search({ text: '汽车', labels: ['Industry'], limit: 3 });
      expect(hits.map((h) => [h.node.id, h.score])).toEqual([
        [I('汽车'), 100],
        [I('汽车零部件'), 70],
        [I('新能源汽车'), 50],
      ]);
      const all = await store.search({ text: '汽车', labels: ['Industry'] });
      expect(all.map((h) => h.node.id)).toEqual([I('汽车'), I('汽车零部件'), I('新能源汽车'), I('智能网联汽车')]);
    });

    it('search: alias prefix beats name substring; single characters; blank text', async () => {
      expect((await store.search({ text: '东湖' })).map((h) => [h.node.id, h.score, h.matched, h.matchedText])).toEqual([
        [DH, 60, 'alias', '东湖高新区'],
      ]);
      expect((await store.search({ text: '链' })).map((h) => [h.node.id, h.score, h.matched])).toEqual([[P.chain, 70, 'name']]);
      expect((await store.search({ text: '鄂政发〔2021〕40号' })).map((h) => [h.node.id, h.score, h.matched])).toEqual([
        [P.county, 90, 'alias'],
      ]);
      expect(await store.search({ text: '   ' })).toEqual([]);
      expect(await store.search({ text: '火星基地' })).toEqual([]);
    });

    it('listNodes pages by id with cursors', async () => {
      // Zone ids in UTF-16 order: 十 < 新 < 武汉东 < 武汉经 < 驻.
      const p1 = await store.listNodes({ label: 'Zone' }, { first: 2 });
      expect([ids(p1.nodes), p1.totalCount, p1.hasNextPage, p1.endCursor]).toEqual([[SY, PARK], 5, true, PARK]);
      const p2 = await store.listNodes({ label: 'Zone' }, { first: 2, after: p1.endCursor });
      expect([ids(p2.nodes), p2.totalCount, p2.hasNextPage, p2.endCursor]).toEqual([[DH, WH], 5, true, WH]);
      const p3 = await store.listNodes({ label: 'Zone' }, { first: 2, after: p2.endCursor });
      expect([ids(p3.nodes), p3.hasNextPage, p3.endCursor]).toEqual([[ZMD], false, ZMD]);
      const none = await store.listNodes({ label: 'Zone' }, { first: 2, after: ZMD });
      expect([ids(none.nodes), none.totalCount, none.hasNextPage, none.endCursor]).toEqual([[], 5, false, null]);
      const all = await store.listNodes({}, {});
      expect(all.totalCount).toBe(39);
      expect(all.nodes.length).toBe(39);
    });

    it('listNodes filters by province (id or name), kind, industry, chain, document', async () => {
      // Hubei: its three regions (properties.province) and four zones reaching it by LOCATED_IN/PART_OF.
      const hubei = await store.listNodes({ province: '湖北省' }, {});
      expect(ids(hubei.nodes)).toEqual([WUHAN_CITY, HANNAN, SHIYAN_CITY, SY, PARK, DH, WH]);
      expect(ids((await store.listNodes({ province: HENAN }, {})).nodes)).toEqual([ZMD_CITY, ZMD]);
      expect((await store.listNodes({ province: 'Atlantis' }, {})).totalCount).toBe(0);
      expect(ids((await store.listNodes({ label: 'Zone', kind: 'etdz' }, {})).nodes)).toEqual([SY, WH]);
      expect(ids((await store.listNodes({ industry: I('集成电路') }, {})).nodes)).toEqual([DH, WH]);
      expect(ids((await store.listNodes({ chain: I('光芯屏端网') }, {})).nodes)).toEqual([DH, WH]);
      // 新能源汽车 chain = itself, 动力电池, 智能网联汽车: developed by SY, PARK, WH; 东风集团 is active in it;
      // 十堰规划 and 链长制 target it.
      expect(ids((await store.listNodes({ chain: I('新能源汽车') }, {})).nodes)).toEqual([
        'company:东风汽车集团有限公司',
        P.shiyan,
        P.chain,
        SY,
        PARK,
        WH,
      ]);
      expect(ids((await store.listNodes({ chain: I('新能源汽车'), label: 'Company' }, {})).nodes)).toEqual(['company:东风汽车集团有限公司']);
      const byDoc = await store.listNodes({ document: DOC.h }, {});
      expect(ids(byDoc.nodes)).toEqual([
        'document:004_8601b350773d0308',
        I('汽车'),
        'organization:国务院办公厅',
        'organization:湖北省人民政府',
        P.nation,
        P.gbf7,
        P.county,
        P.hubei,
        HUBEI,
        HANNAN,
        SHIYAN_CITY,
        WH,
      ]);
    });

    it('relationshipsOf follows direction and types; symmetric types match any direction', async () => {
      const coop = rid('COOPERATES_WITH', WH, ZMD);
      const dev = rid('DEVELOPS', ZMD, I('汽车零部件'));
      const loc = rid('LOCATED_IN', ZMD, ZMD_CITY);
      expect(coop).toBe(`COOPERATES_WITH:${WH}->${ZMD}`);
      expect(relIds(await store.relationshipsOf(ZMD))).toEqual([coop, dev, loc]);
      expect(relIds(await store.relationshipsOf(ZMD, undefined, 'OUT'))).toEqual([coop, dev, loc]);
      expect(relIds(await store.relationshipsOf(ZMD, [], 'IN'))).toEqual([coop]);
      expect(relIds(await store.relationshipsOf(I('汽车'), ['DEVELOPS'], 'IN'))).toEqual([
        rid('DEVELOPS', SHIYAN_CITY, I('汽车')),
        rid('DEVELOPS', WH, I('汽车')),
      ]);
      expect(await store.relationshipsOf('zone:nowhere')).toEqual([]);
      if (store.relationshipsOfMany) {
        const many = await store.relationshipsOfMany([ZMD, 'zone:nowhere', I('汽车')], ['DEVELOPS'], 'BOTH');
        expect(many.map(relIds)).toEqual([[dev], [], [rid('DEVELOPS', SHIYAN_CITY, I('汽车')), rid('DEVELOPS', WH, I('汽车'))]]);
      }
    });

    it('getRelationships and evidence return stored relationships with exact offsets', async () => {
      const located = rid('LOCATED_IN', WH, HANNAN);
      const [rel, missing] = await store.getRelationships([located, 'LOCATED_IN:a->b']);
      expect(missing).toBeNull();
      expect(rel).toEqual(smallGraph().relationships.find((r) => r.id === located));
      expect(rel!.evidence.map((e) => e.document)).toEqual([DOC.w, DOC.h]);
      const evidence = await store.evidence(rid('DEVELOPS', WH, I('汽车')));
      expect(evidence.map((e) => e.document)).toEqual([DOC.w, DOC.h]);
      for (const e of evidence) {
        const doc = await store.getDocument(e.document);
        expect(doc!.text.slice(e.start, e.end)).toBe(e.text);
      }
      expect(evidence[1]!.text).toBe('武漢經開區位於漢南區，帶動全區汽車及零部件產業發展。');
      expect(evidence[1]!.section).toEqual(['湖北省縣域經濟發展“十四五”規劃', '一、發展基礎']);
      expect(await store.evidence('nope')).toEqual([]);
    });

    it('degrees count every relationship type', async () => {
      // WH: LOCATED_IN ×3, DEVELOPS ×4, APPLIES_TO ×2, COOPERATES_WITH ×2, MENTIONS ×2.
      expect(await store.degrees([WH, SY, I('汽车'), 'zone:nowhere'])).toEqual([13, 9, 8, 0]);
    });

    it('neighbourhood expands breadth-first, ring by ring in id order', async () => {
      const one = await store.neighbourhood({ ids: [ZMD] });
      expect(ids(one.nodes)).toEqual([ZMD, I('汽车零部件'), ZMD_CITY, WH]);
      expect(relIds(one.relationships)).toEqual([
        rid('COOPERATES_WITH', WH, ZMD),
        rid('DEVELOPS', ZMD, I('汽车零部件')),
        rid('LOCATED_IN', ZMD, ZMD_CITY),
      ]);
      expect(one.truncated).toBe(false);

      const up = await store.neighbourhood({ ids: [ZMD], types: ['LOCATED_IN', 'PART_OF'], depth: 2 });
      expect(ids(up.nodes)).toEqual([ZMD, ZMD_CITY, HENAN]);
      expect(relIds(up.relationships)).toEqual([rid('LOCATED_IN', ZMD, ZMD_CITY), rid('PART_OF', ZMD_CITY, HENAN)]);

      const cites = await store.neighbourhood({ ids: [P.county], types: ['CITES'], direction: 'OUT', depth: 3 });
      expect(ids(cites.nodes)).toEqual([P.county, P.gbf7, P.hubei, P.nation]);
      expect(relIds(cites.relationships)).toEqual([
        rid('CITES', P.county, P.gbf7),
        rid('CITES', P.county, P.hubei),
        rid('CITES', P.hubei, P.nation),
      ]);
    });

    it('neighbourhood: limit cuts the ring in id order and reports truncation', async () => {
      // SY's nine neighbours sorted: company:东风商用车, document:000, then industries …
      const cut = await store.neighbourhood({ ids: [SY], limit: 3 });
      expect(ids(cut.nodes)).toEqual([SY, 'company:东风商用车有限公司', 'document:000_f2f3fd127b521cfd']);
      expect(relIds(cut.relationships)).toEqual([
        rid('LOCATED_IN', 'company:东风商用车有限公司', SY),
        rid('MENTIONS', 'document:000_f2f3fd127b521cfd', SY),
      ]);
      expect(cut.truncated).toBe(true);
      expect((await store.neighbourhood({ ids: [ZMD], limit: 4 })).truncated).toBe(false);
      const deeper = await store.neighbourhood({ ids: [ZMD], limit: 4, depth: 2 });
      expect([ids(deeper.nodes).length, deeper.truncated]).toEqual([4, true]);
      const seeds = await store.neighbourhood({ ids: [WH, DH, WH, 'zone:nowhere'], depth: 0 });
      expect(ids(seeds.nodes)).toEqual([DH, WH]);
      expect(relIds(seeds.relationships)).toEqual([rid('COOPERATES_WITH', DH, WH)]);
      expect(seeds.truncated).toBe(false);
    });

    it('shortestPaths returns every minimal path, ignoring direction, in step order', async () => {
      const two = await store.shortestPaths({ from: ZMD, to: DH });
      expect(two.map((p) => [ids(p.nodes), relIds(p.relationships)])).toEqual([
        [
          [ZMD, WH, DH],
          [rid('COOPERATES_WITH', WH, ZMD), rid('COOPERATES_WITH', DH, WH)],
        ],
      ]);
      // SY and WH share no neighbour; eight 3-hop paths, through (a, b) pairs sorted by a then b.
      const via = (a: string, b: string) => [SY, a, b, WH];
      const expected = [
        via(I('新能源汽车'), 'company:东风汽车集团有限公司'),
        via(I('新能源汽车'), I('动力电池')),
        via(I('新能源汽车'), I('智能网联汽车')),
        via(I('新能源汽车'), I('汽车')),
        via(I('汽车零部件'), I('汽车')),
        via(I('汽车零部件'), ZMD),
        via(SHIYAN_CITY, I('汽车')),
        via(PARK, I('动力电池')),
      ];
      expect((await store.shortestPaths({ from: SY, to: WH })).map((p) => ids(p.nodes))).toEqual(expected.slice(0, 5));
      const all = await store.shortestPaths({ from: SY, to: WH, limit: 10 });
      expect(all.map((p) => ids(p.nodes))).toEqual(expected);
      expect(all[6]!.relationships.map((r) => r.id)).toEqual([
        rid('LOCATED_IN', SY, SHIYAN_CITY),
        rid('DEVELOPS', SHIYAN_CITY, I('汽车')),
        rid('DEVELOPS', WH, I('汽车')),
      ]);
      expect(await store.shortestPaths({ from: SY, to: WH, maxHops: 2 })).toEqual([]);
    });

    it('shortestPaths honours types, maxHops, identical and unknown endpoints', async () => {
      const types: RelationshipType[] = ['LOCATED_IN', 'PART_OF'];
      expect(await store.shortestPaths({ from: SY, to: WH, types })).toEqual([]);
      const five = await store.shortestPaths({ from: SY, to: WH, types, maxHops: 5 });
      expect(five.map((p) => ids(p.nodes))).toEqual([[SY, SHIYAN_CITY, HUBEI, WUHAN_CITY, HANNAN, WH]]);
      expect(await store.shortestPaths({ from: SY, to: SY })).toEqual([{ nodes: [fixtureNode(SY)], relationships: [] }]);
      expect(await store.shortestPaths({ from: SY, to: 'zone:nowhere' })).toEqual([]);
    });

    it('industryCoverage expands developed industries to their chains', async () => {
      // SY develops 汽车零部件, 发动机, 新能源汽车, 现代服务业 (+ ancestor 汽车); WH develops 汽车, 智能网联汽车,
      // 动力电池, 集成电路 (+ 新能源汽车, 光芯屏端网).
      const coverage = await store.industryCoverage([SY, WH, 'zone:nowhere']);
      expect(coverage.map((c) => [c.industry.id, c.places, c.direct])).toEqual([
        [I('光芯屏端网'), [WH], []],
        [I('动力电池'), [WH], [WH]],
        [I('发动机'), [SY], [SY]],
        [I('新能源汽车'), [SY, WH], [SY]],
        [I('智能网联汽车'), [WH], [WH]],
        [I('汽车'), [SY, WH], [WH]],
        [I('汽车零部件'), [SY], [SY]],
        [I('现代服务业'), [SY], [SY]],
        [I('集成电路'), [WH], [WH]],
      ]);
      expect(await store.industryCoverage([])).toEqual([]);
    });

    it('chainPlaces lists who develops a chain or its segments', async () => {
      const nev = await store.chainPlaces(I('新能源汽车'));
      expect(nev.map((c) => [c.place.id, ids(c.industries)])).toEqual([
        [SY, [I('新能源汽车')]],
        [PARK, [I('动力电池'), I('新能源汽车')]],
        [WH, [I('动力电池'), I('智能网联汽车')]],
      ]);
      const ocsdn = await store.chainPlaces(I('光芯屏端网'));
      expect(ocsdn.map((c) => [c.place.id, ids(c.industries)])).toEqual([
        [DH, [I('光芯屏端网'), I('光通信'), I('集成电路')]],
        [WH, [I('集成电路')]],
      ]);
      expect(await store.chainPlaces(I('新型显示'))).toEqual([]);
      expect(await store.chainPlaces(SY)).toEqual([]);
    });

    it('chainMatrix defaults to root chains and the places with cells', async () => {
      const m = await store.chainMatrix();
      expect(ids(m.chains)).toEqual([I('光芯屏端网'), I('汽车')]);
      expect(ids(m.places)).toEqual([SHIYAN_CITY, SY, PARK, DH, WH, ZMD]);
      expect(m.cells).toEqual([
        { place: SHIYAN_CITY, chain: I('汽车'), count: 1, industries: [I('汽车')] },
        { place: SY, chain: I('汽车'), count: 3, industries: [I('发动机'), I('新能源汽车'), I('汽车零部件')] },
        { place: PARK, chain: I('汽车'), count: 2, industries: [I('动力电池'), I('新能源汽车')] },
        { place: DH, chain: I('光芯屏端网'), count: 3, industries: [I('光芯屏端网'), I('光通信'), I('集成电路')] },
        { place: WH, chain: I('光芯屏端网'), count: 1, industries: [I('集成电路')] },
        { place: WH, chain: I('汽车'), count: 3, industries: [I('动力电池'), I('智能网联汽车'), I('汽车')] },
        { place: ZMD, chain: I('汽车'), count: 1, industries: [I('汽车零部件')] },
      ]);
      const some = await store.chainMatrix([ZMD, SY, I('汽车'), 'zone:nowhere'], [I('汽车')]);
      expect([ids(some.places), ids(some.chains), some.cells.map((c) => [c.place, c.count])]).toEqual([
        [SY, ZMD],
        [I('汽车')],
        [
          [SY, 3],
          [ZMD, 1],
        ],
      ]);
      const empty = await store.chainMatrix([DH], [I('汽车')]);
      expect([ids(empty.places), empty.cells]).toEqual([[DH], []]);
    });

    it('similarPlaces ranks by Jaccard of expanded industry sets', async () => {
      // SY's set {汽车零部件, 发动机, 新能源汽车, 现代服务业, 汽车}: ZMD {汽车零部件, 汽车} 2/5; PARK {新能源汽车,
      // 动力电池, 汽车} 2/6; WH (6 industries) 2/9; 十堰市 {汽车} 1/5; DH shares nothing.
      const similar = await store.similarPlaces(SY, 10);
      expect(similar.map((s) => [s.place.id, s.shared])).toEqual([
        [ZMD, [I('汽车'), I('汽车零部件')]],
        [PARK, [I('新能源汽车'), I('汽车')]],
        [WH, [I('新能源汽车'), I('汽车')]],
        [SHIYAN_CITY, [I('汽车')]],
      ]);
      [2 / 5, 2 / 6, 2 / 9, 1 / 5].forEach((score, i) => expect(similar[i]!.score).toBeCloseTo(score, 12));
      expect((await store.similarPlaces(SY, 2)).map((s) => s.place.id)).toEqual([ZMD, PARK]);
      const dh = await store.similarPlaces(DH, 10);
      expect(dh.map((s) => [s.place.id, s.shared])).toEqual([[WH, [I('光芯屏端网'), I('集成电路')]]]);
      expect(dh[0]!.score).toBeCloseTo(2 / 7, 12);
      expect(await store.similarPlaces(HENAN, 10)).toEqual([]);
      expect(await store.similarPlaces(I('汽车'), 10)).toEqual([]);
      expect(await store.similarPlaces(SY, 0)).toEqual([]);
    });

    it('programLineage walks CITES up and down with signed depths', async () => {
      const both = await store.programLineage(P.county, 'BOTH', 10);
      expect(both!.root.id).toBe(P.county);
      expect(both!.entries.map((e) => [e.program.id, e.depth])).toEqual([
        [P.nation, 2],
        [P.gbf7, 1],
        [P.hubei, 1],
        [P.shiyan, -1],
      ]);
      expect(relIds(both!.relationships)).toEqual([
        rid('CITES', P.shiyan, P.county),
        rid('CITES', P.county, P.gbf7),
        rid('CITES', P.county, P.hubei),
        rid('CITES', P.hubei, P.nation),
      ]);
      const up = await store.programLineage(P.shiyan, 'UP', 10);
      expect(up!.entries.map((e) => [e.program.id, e.depth])).toEqual([
        [P.nation, 3],
        [P.gbf7, 2],
        [P.hubei, 2],
        [P.county, 1],
      ]);
      const one = await store.programLineage(P.shiyan, 'UP', 1);
      expect([one!.entries.map((e) => [e.program.id, e.depth]), relIds(one!.relationships)]).toEqual([
        [[P.county, 1]],
        [rid('CITES', P.shiyan, P.county)],
      ]);
      const down = await store.programLineage(P.nation, 'DOWN', 10);
      expect(down!.entries.map((e) => [e.program.id, e.depth])).toEqual([
        [P.hubei, -1],
        [P.wuhan, -2],
        [P.county, -2],
        [P.shiyan, -3],
      ]);
      expect(relIds(down!.relationships)).toEqual([
        rid('CITES', P.shiyan, P.county),
        rid('CITES', P.wuhan, P.hubei),
        rid('CITES', P.county, P.hubei),
        rid('CITES', P.hubei, P.nation),
      ]);
      const none = await store.programLineage(P.county, 'BOTH', 0);
      expect([none!.entries, none!.relationships]).toEqual([[], []]);
      expect(await store.programLineage(SY, 'BOTH', 3)).toBeNull();
      expect(await store.programLineage('program:nowhere', 'UP', 3)).toBeNull();
    });

    it('programs filter by place (with contained places), industry segments and issuer', async () => {
      expect(ids(await store.programs({}))).toEqual([P.nation, P.shiyan, P.gbf7, P.wuhan, P.county, P.hubei, P.chain]);
      expect(ids(await store.programs({ place: WH }))).toEqual([P.wuhan, P.chain]);
      expect(ids(await store.programs({ place: HUBEI }))).toEqual([P.county]);
      expect(ids(await store.programs({ place: HUBEI, includeContained: true }))).toEqual([P.shiyan, P.wuhan, P.county, P.chain]);
      expect(ids(await store.programs({ industry: I('汽车') }))).toEqual([P.shiyan, P.wuhan, P.county, P.chain]);
      expect(ids(await store.programs({ industry: I('新能源汽车') }))).toEqual([P.shiyan, P.chain]);
      expect(ids(await store.programs({ issuer: 'organization:国务院办公厅' }))).toEqual([P.gbf7]);
      expect(ids(await store.programs({ industry: I('汽车'), place: WH }))).toEqual([P.wuhan, P.chain]);
      expect(await store.programs({ place: 'zone:nowhere' })).toEqual([]);
    });

    it('documents, facts, stats and report', async () => {
      const graph = smallGraph();
      expect(await store.getDocument(DOC.h)).toEqual(graph.documents.find((d) => d.id === DOC.h));
      expect(await store.getDocument('doc:nowhere')).toBeNull();
      const docs = await store.listDocuments();
      expect(docs.map((d) => [d.id, d.script, d.characters])).toEqual(graph.documents.map((d) => [d.id, d.script, d.text.length]));
      expect(docs[2]).toMatchObject({ docNumber: '鄂政发〔2021〕40号', issuer: 'organization:湖北省人民政府', subject: HUBEI });

      const factIds = (pred: (f: GraphData['facts'][number]) => boolean) => graph.facts.filter(pred).map((f) => f.id).sort();
      expect(ids(await store.facts({ subject: WH }))).toEqual(factIds((f) => f.subject === WH));
      expect((await store.facts({ subject: WH })).length).toBe(3);
      expect((await store.facts({ year: 2025, kind: 'target' })).map((f) => f.metric).sort()).toEqual(
        ['县域经济生产总值', '新能源汽车产量', '汽车产业产值', '汽车工业产值'].sort(),
      );
      expect((await store.facts({ industry: I('汽车'), kind: 'baseline' })).map((f) => [f.value, f.unit, f.year])).toEqual([[3000, '亿元', 2020]]);
      expect(await store.facts({})).toEqual([...graph.facts].sort((a, b) => (a.id < b.id ? -1 : 1)));

      expect(await store.stats()).toEqual({
        nodes: 39,
        relationships: 68,
        documents: 3,
        facts: 6,
        nodesByLabel: { Company: 3, Document: 3, Industry: 11, Organization: 4, Program: 7, Region: 6, Zone: 5 },
        relationshipsByType: {
          PART_OF: 12,
          LOCATED_IN: 8,
          DEVELOPS: 15,
          ACTIVE_IN: 5,
          CITES: 6,
          ISSUED_BY: 4,
          RESPONSIBLE_FOR: 1,
          APPLIES_TO: 4,
          TARGETS: 5,
          COOPERATES_WITH: 2,
          MENTIONS: 6,
        },
      });
      expect(await store.report()).toEqual(graph.report);
    });
  });

  describe(`${name}: store contract (writes)`, () => {
    it('removeDocument removes what only that document supported, keeps reference data', async () => {
      const store = await open(smallGraph());
      try {
        // Only-S nodes: SY, PARK, 现代服务业, 东风商用车, 十堰规划, 区经发局, document:000 (7 deleted); 8 nodes
        // lose S from documents. 17 relationships carry evidence only from S; 2 facts.
        expect(await store.removeDocument(DOC.s)).toEqual({ nodes: 15, relationships: 17, documents: 1, facts: 2 });
        const stats = await store.stats();
        expect([stats.nodes, stats.relationships, stats.documents, stats.facts]).toEqual([32, 51, 2, 4]);
        expect(stats.relationshipsByType).toMatchObject({ LOCATED_IN: 5, DEVELOPS: 9, CITES: 5, MENTIONS: 4, PART_OF: 12 });
        expect(ids(await store.getNodes([SY, PARK, I('现代服务业'), I('发动机'), HUBEI]))).toEqual([null, null, null, I('发动机'), HUBEI]);
        const [engine, hubei, county] = await store.getNodes([I('发动机'), HUBEI, P.county]);
        expect([engine!.documents, hubei!.documents, county!.documents]).toEqual([[], [DOC.h], [DOC.h]]);
        expect(await store.search({ text: '十堰经开区' })).toEqual([]);
        expect(await store.getDocument(DOC.s)).toBeNull();
        expect((await store.programLineage(P.county, 'DOWN', 5))!.entries).toEqual([]);
        expect(await store.removeDocument(DOC.s)).toEqual({ nodes: 0, relationships: 0, documents: 0, facts: 0 });
      } finally {
        await store.close();
      }
    });

    it('upsertDocument after removal restores the graph exactly', async () => {
      const graph = smallGraph();
      const store = await open(graph);
      try {
        await store.removeDocument(DOC.s);
        expect(await store.upsertDocument(fixtureContribution(graph, DOC.s))).toEqual({ nodes: 15, relationships: 17, documents: 1, facts: 2 });
        expect(await store.getNodes(graph.nodes.map((n) => n.id))).toEqual(graph.nodes);
        expect(await store.getRelationships(graph.relationships.map((r) => r.id))).toEqual(graph.relationships);
        expect(await store.facts({})).toEqual(graph.facts);
        expect(await store.listDocuments()).toHaveLength(3);
        // Upserting the same contribution again changes nothing but the document record.
        expect(await store.upsertDocument(fixtureContribution(graph, DOC.s))).toEqual({ nodes: 0, relationships: 0, documents: 1, facts: 0 });
      } finally {
        await store.close();
      }
    });

    it('replacing a document drops what only its old version supported', async () => {
      const graph = smallGraph();
      const store = await open(graph);
      try {
        const next = fixtureContribution(graph, DOC.s);
        next.nodes = next.nodes.filter((n) => n.id !== I('现代服务业'));
        next.relationships = next.relationships.filter((r) => r.end !== I('现代服务业'));
        expect(await store.upsertDocument(next)).toEqual({ nodes: 1, relationships: 1, documents: 1, facts: 0 });
        expect(await store.getNodes([I('现代服务业'), SY])).toEqual([null, fixtureNode(SY)]);
        expect(await store.degrees([SY])).toEqual([8]);
      } finally {
        await store.close();
      }
    });

    it('a new document merges evidence, roles, aliases and documents by the contribution rules', async () => {
      const graph = smallGraph();
      const store = await open(graph);
      try {
        const text = '驻马店经济开发区（驻马店经开区）把汽车零部件作为首位产业。';
        const docId = 'doc:900_zhumadian';
        const evidence = { document: docId, start: 0, end: text.length, text, section: [] };
        const contribution: DocumentContribution = {
          document: {
            id: docId,
            title: '驻马店经济开发区产业说明',
            file: '900_zhumadian.txt',
            encoding: 'UTF-8',
            script: 'simplified',
            subject: ZMD,
            program: null,
            issuer: null,
            issuedOn: null,
            docNumber: null,
            text,
            headings: [],
          },
          nodes: [
            { ...fixtureNode(ZMD), aliases: ['驻马店经开区'], documents: [docId], properties: { kind: 'other', established: 1992 } },
            { ...fixtureNode(I('汽车零部件')), aliases: [], documents: [docId] },
          ],
          relationships: [
            { id: rid('DEVELOPS', ZMD, I('汽车零部件')), type: 'DEVELOPS', start: ZMD, end: I('汽车零部件'), properties: { role: 'pillar' }, evidence: [evidence] },
          ],
          facts: [],
        };
        const report = { ...graph.report, builtAt: '2026-11-24T08:00:00.000Z', facts: 6 };
        expect(await store.upsertDocument(contribution, report)).toEqual({ nodes: 2, relationships: 1, documents: 1, facts: 0 });
        expect(await store.report()).toEqual(report);
        expect((await store.getDocument(docId))?.text).toBe(text);
        const [zmd] = await store.getNodes([ZMD]);
        // Aliases union; a property already present wins (kind stays economic), gaps fill (established).
        expect(zmd!.aliases).toEqual(['驻马店经开区']);
        expect(zmd!.properties).toEqual({ kind: 'economic', level: 'provincial', established: 1992 });
        expect(zmd!.documents).toEqual([DOC.w, docId]);
        const [dev] = await store.getRelationships([rid('DEVELOPS', ZMD, I('汽车零部件'))]);
        // 'pillar' outranks 'general'; evidence sorted by document.
        expect(dev!.properties).toEqual({ role: 'pillar' });
        expect(dev!.evidence.map((e) => e.document)).toEqual([DOC.w, docId]);
        expect((await store.findByName('驻马店经开区'))?.id).toBe(ZMD);

        expect(await store.removeDocument(docId)).toEqual({ nodes: 2, relationships: 1, documents: 1, facts: 0 });
        const [after] = await store.getRelationships([rid('DEVELOPS', ZMD, I('汽车零部件'))]);
        // Removal drops the evidence; merged properties stay (contribution.ts remove only filters evidence).
        expect(after!.evidence.map((e) => e.document)).toEqual([DOC.w]);
        expect(after!.properties).toEqual({ role: 'pillar' });
        expect((await store.getNodes([ZMD]))[0]!.documents).toEqual([DOC.w]);
      } finally {
        await store.close();
      }
    });

    it('an invalid contribution is refused and changes nothing', async () => {
      const graph = smallGraph();
      const store = await open(graph);
      try {
        const bad = fixtureContribution(graph, DOC.s);
        bad.relationships.push({
          id: rid('DEVELOPS', SY, 'industry:不存在'),
          type: 'DEVELOPS',
          start: SY,
          end: 'industry:不存在',
          properties: {},
          evidence: [bad.relationships[0]!.evidence[0]!],
        });
        const err = await expectStoreError(store.upsertDocument(bad), 'STORE_INVALID');
        expect(err.message).toContain('industry:不存在');
        const wrongDoc = fixtureContribution(graph, DOC.s);
        wrongDoc.relationships[0]!.evidence[0] = { ...wrongDoc.relationships[0]!.evidence[0]!, document: DOC.w };
        await expectStoreError(store.upsertDocument(wrongDoc), 'STORE_INVALID');
        const stats = await store.stats();
        expect([stats.nodes, stats.relationships, stats.documents, stats.facts]).toEqual([39, 68, 3, 6]);
      } finally {
        await store.close();
      }
    });

    it('loadGraph replaces the whole graph; an invalid graph is refused and the old one stays', async () => {
      const graph = smallGraph();
      const store = await open(graph);
      try {
        const broken = smallGraph();
        broken.relationships.push({ id: rid('CITES', P.chain, 'program:缺失'), type: 'CITES', start: P.chain, end: 'program:缺失', properties: {}, evidence: [] });
        const err = await expectStoreError(store.loadGraph(broken), 'STORE_INVALID');
        expect(err.message).toContain('program:缺失');
        expect((await store.stats()).relationships).toBe(68);

        const regions = smallGraph();
        regions.nodes = regions.nodes.filter((n) => n.label === 'Region');
        regions.relationships = regions.relationships.filter((r) => r.type === 'PART_OF' && r.start.startsWith('region:'));
        regions.documents = [];
        regions.facts = [];
        const progress: Array<[number, number]> = [];
        expect(await store.loadGraph(regions, { onProgress: (done, total) => progress.push([done, total]) })).toEqual({
          nodes: 6,
          relationships: 4,
          documents: 0,
          facts: 0,
        });
        expect(progress.at(-1)).toEqual([10, 10]);
        const stats = await store.stats();
        expect([stats.nodes, stats.relationships, stats.documents, stats.facts]).toEqual([6, 4, 0, 0]);
        expect(await store.getNodes([SY])).toEqual([null]);
        expect((await store.search({ text: '十堰' })).map((h) => h.node.id)).toEqual([SHIYAN_CITY]);
      } finally {
        await store.close();
      }
    });
  });
}

// ---------------------------------------------------------------------------
// Same answers: every operation, many arguments, two stores, deep equality.

/** Deterministic sample: every node of a small graph, an even spread of a large one. */
function spread<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)]!);
}

function searchTexts(graph: GraphData, max: number): string[] {
  const texts = new Set<string>(['区', '汽车', 'qi che', 'WUHAN', 'hubei', '經開區', '  ', '开发区', 'zone', 'e']);
  for (const n of spread(graph.nodes, max)) {
    texts.add(n.name);
    texts.add(n.name.slice(0, 2));
    texts.add(n.name.slice(1, 4));
    for (const a of n.aliases.slice(0, 2)) texts.add(a);
    if (n.pinyin) texts.add(n.pinyin.split(' ').slice(0, 2).join(''));
    if (n.nameEn) texts.add(n.nameEn.split(' ')[0]!);
  }
  return [...texts];
}

export interface SameAnswersOptions {
  /** Nodes sampled per operation on large graphs. */
  sample?: number;
}

/**
 * Runs every read operation with many arguments on `open(graph)` and on
 * `reference(graph)` and requires deep-equal answers: on the fixture, and on
 * the seed graph file (skipped loudly when absent; a failure under CI=true).
 */
export function sameAnswers(name: string, open: OpenStore, reference: OpenStore, options: SameAnswersOptions = {}): void {
  const cases: Array<{ label: string; load: () => Promise<GraphData | null> }> = [
    { label: 'fixture', load: async () => smallGraph() },
    {
      label: `seed graph (${SEED_GRAPH_FILE})`,
      load: async () => (existsSync(SEED_GRAPH_FILE) ? readGraphFile(SEED_GRAPH_FILE) : null),
    },
  ];
  for (const { label, load } of cases) {
    describe(`${name}: same answers as the reference on the ${label}`, () => {
      let graph: GraphData | null = null;
      let a: GraphStore;
      let b: GraphStore;
      beforeAll(async () => {
        graph = await load();
        if (!graph) {
          skipSuite(`SAME-ANSWERS ON THE SEED GRAPH (${name})`, `${SEED_GRAPH_FILE} is absent`, 'npm run build:graph');
          return;
        }
        b = await reference(graph);
        a = await open(graph);
      });
      afterAll(async () => {
        await a?.close();
        await b?.close();
      });

      /** Calls `op` on both stores for every argument and compares. */
      async function same<T>(argsList: readonly T[], op: (s: GraphStore, args: T) => Promise<unknown>): Promise<number> {
        if (!graph) return 0;
        for (const args of argsList) {
          const [x, y] = await Promise.all([op(a, args), op(b, args)]);
          expect(x, JSON.stringify(args)).toEqual(y);
        }
        return argsList.length;
      }
      const skipNote = () => {
        if (!graph) console.warn(`(skipped: no ${label})`);
      };
      const sample = options.sample ?? 60;
      const nodeIds = () => spread(graph!.nodes.map((n) => n.id).sort(), sample).concat(['zone:nowhere']);
      const places = () => spread(graph!.nodes.filter((n) => n.label === 'Zone' || n.label === 'Region').map((n) => n.id).sort(), sample);
      const industries = () => spread(graph!.nodes.filter((n) => n.label === 'Industry').map((n) => n.id).sort(), sample);
      const programsOf = () => spread(graph!.nodes.filter((n) => n.label === 'Program').map((n) => n.id).sort(), sample);

      it('lookups: getNodes, findByName, search, degrees, relationshipsOf, getRelationships, evidence', async () => {
        skipNote();
        if (!graph) return;
        await same([nodeIds()], (s, list) => s.getNodes(list));
        await same([nodeIds()], (s, list) => s.degrees(list));
        const names = spread(graph.nodes, sample).flatMap((n) => [n.name, ...n.aliases.slice(0, 1)]);
        await same(names.flatMap((n) => [[n, undefined], [n, 'Zone'], [n.toUpperCase(), undefined]] as Array<[string, NodeLabel | undefined]>), (s, [n, l]) =>
          s.findByName(n, l),
        );
        const texts = searchTexts(graph, Math.ceil(sample / 2));
        await same(
          texts.flatMap((text) => [{ text }, { text, labels: ['Zone', 'Region'] as NodeLabel[], limit: 7 }, { text, limit: 100 }]),
          (s, q) => s.search(q),
        );
        const dirs: Array<Direction | undefined> = [undefined, 'OUT', 'IN', 'BOTH'];
        await same(
          nodeIds().flatMap((id) => dirs.map((d, i) => [id, i % 2 ? (['DEVELOPS', 'LOCATED_IN', 'COOPERATES_WITH'] as RelationshipType[]) : undefined, d] as const)),
          (s, [id, types, d]) => s.relationshipsOf(id, types ? [...types] : undefined, d),
        );
        const relSample = spread(graph.relationships.map((r) => r.id).sort(), sample * 2);
        await same([relSample.concat(['nope'])], (s, list) => s.getRelationships(list));
        await same(relSample, (s, id) => s.evidence(id));
      });

      it('listNodes with every filter and pagination', async () => {
        skipNote();
        if (!graph) return;
        const regions = graph.nodes.filter((n) => n.label === 'Region' && n.properties['level'] === 'province');
        const filters = [
          {},
          ...NODE_LABELS.map((label) => ({ label })),
          ...regions.flatMap((r) => [{ province: r.id }, { province: r.name, label: 'Zone' as NodeLabel }]),
          { kind: 'etdz' },
          { kind: 'plan', label: 'Program' as NodeLabel },
          ...industries().slice(0, 15).flatMap((i) => [{ industry: i }, { chain: i }]),
          ...graph.documents.map((d) => ({ document: d.id })),
        ];
        await same(filters, async (s, f) => {
          const pages = [];
          let after: string | null = null;
          for (let i = 0; i < 4; i++) {
            const page = await s.listNodes(f, { first: 7, after });
            pages.push(page);
            if (!page.hasNextPage) break;
            after = page.endCursor;
          }
          return pages;
        });
      });

      it('neighbourhood and shortestPaths', async () => {
        skipNote();
        if (!graph) return;
        const seeds = nodeIds();
        const queries = seeds.flatMap((id, i) => [
          { ids: [id] },
          { ids: [id, seeds[(i + 7) % seeds.length]!], depth: 2, limit: 40 },
          { ids: [id], depth: 3, limit: 25, direction: 'OUT' as Direction },
          { ids: [id], depth: 2, types: ['PART_OF', 'LOCATED_IN', 'DEVELOPS'] as RelationshipType[], direction: 'IN' as Direction },
        ]);
        await same(queries, (s, q) => s.neighbourhood(q));
        const pairs = seeds.slice(0, Math.ceil(sample / 2)).flatMap((id, i) => [
          { from: id, to: seeds[(i * 5 + 3) % seeds.length]! },
          { from: id, to: seeds[(i * 11 + 1) % seeds.length]!, maxHops: 3, limit: 3 },
          { from: id, to: seeds[(i * 3 + 2) % seeds.length]!, types: ['DEVELOPS', 'PART_OF', 'LOCATED_IN'] as RelationshipType[], limit: 20 },
        ]);
        await same(pairs, (s, q) => s.shortestPaths(q));
      });

      it('industries, chains, similarity, lineage, programs', async () => {
        skipNote();
        if (!graph) return;
        const ps = places();
        await same([ps, ps.slice(0, 3), []], (s, list) => s.industryCoverage(list));
        await same(industries(), (s, id) => s.chainPlaces(id));
        await same(
          [[undefined, undefined], [ps.slice(0, 5), undefined], [undefined, industries().slice(0, 4)], [ps, industries()]] as Array<
            [string[] | undefined, string[] | undefined]
          >,
          (s, [p, c]) => s.chainMatrix(p, c),
        );
        await same(ps.flatMap((p) => [[p, 5], [p, 50]] as Array<[string, number]>), (s, [p, k]) => s.similarPlaces(p, k));
        const dirs = ['UP', 'DOWN', 'BOTH'] as const;
        await same(
          programsOf().flatMap((p) => dirs.flatMap((d) => [[p, d, 1], [p, d, 10]] as Array<[string, (typeof dirs)[number], number]>)),
          (s, [p, d, depth]) => s.programLineage(p, d, depth),
        );
        const orgs = graph.nodes.filter((n) => n.label === 'Organization').map((n) => n.id).slice(0, 10);
        await same(
          [
            {},
            ...ps.slice(0, 20).flatMap((place) => [{ place }, { place, includeContained: true }]),
            ...industries().slice(0, 20).map((industry) => ({ industry })),
            ...orgs.map((issuer) => ({ issuer })),
          ],
          (s, q) => s.programs(q),
        );
      });

      it('documents, facts, stats, report', async () => {
        skipNote();
        if (!graph) return;
        await same([null], (s) => s.listDocuments());
        await same(graph.documents.map((d) => d.id).concat(['doc:nowhere']), (s, id) => s.getDocument(id));
        const subjects = [...new Set(graph.facts.map((f) => f.subject))].slice(0, 10);
        const years = [...new Set(graph.facts.map((f) => f.year).filter((y): y is number => y !== null))];
        await same(
          [{}, ...subjects.map((subject) => ({ subject })), ...years.map((year) => ({ year, kind: 'target' as const })), { kind: 'baseline' as const }],
          (s, q) => s.facts(q),
        );
        await same([null], (s) => s.stats());
        await same([null], (s) => s.report());
      });

      it('writes: removing and re-adding each document leaves both stores equal', async () => {
        skipNote();
        if (!graph) return;
        for (const doc of graph.documents.slice(0, 3)) {
          const contribution = fixtureContribution(graph, doc.id);
          await same([doc.id], (s, id) => s.removeDocument(id));
          await same([null], (s) => s.stats());
          await same([contribution], (s, c) => s.upsertDocument(c));
          await same([null], (s) => s.stats());
        }
        await same([nodeIds()], (s, list) => s.getNodes(list));
      });
    });
  }
}

