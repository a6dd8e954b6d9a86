/**
 * Every question the schema answers, asked over HTTP of a server holding the
 * small fixture graph, with answers derived from the fixture (tests/api/oracle.ts).
 * Shared by the embedded run (questions.test.ts) and the Neo4j run (neo4j.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../shared/graph.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { startApi, type Api } from './harness.ts';
import { Oracle } from './oracle.ts';

const Z_SY = 'zone:十堰经济技术开发区';
const Z_WH = 'zone:武汉经济技术开发区';
const Z_DH = 'zone:武汉东湖新技术开发区';
const Z_PARK = 'zone:新能源汽车产业园';
const P_COUNTY = 'program:湖北省县域经济发展“十四五”规划';
const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id).sort();

export function defineQuestionSuite(name: string, openStore: (graph: GraphData) => Promise<GraphStore>, expectedKind: string): void {
  describe(name, () => {
    const graph = smallGraph();
    const o = new Oracle(graph);
    let api: Api;
    let store: GraphStore;

    beforeAll(async () => {
      store = await openStore(smallGraph());
      api = await startApi(store);
    });
    afterAll(async () => {
      await api?.close();
      await store?.close();
    });

    describe('search', () => {
      it('finds a zone by its short name, as an alias match', async () => {
        const d = await api.data(`{ search(text: "武汉经开区") { score matched matchedText entity { id label __typename } } }`);
        expect(d.search[0]).toEqual({ score: 90, matched: 'alias', matchedText: '武汉经开区', entity: { id: Z_WH, label: 'Zone', __typename: 'Zone' } });
      });
      it('converts Traditional input to Simplified before searching', async () => {
        const d = await api.data(`{ search(text: "東湖高新區") { matched entity { id } } }`);
        expect(d.search[0].entity.id).toBe(Z_DH);
      });
      it('matches pinyin without spaces and English names', async () => {
        const d = await api.data(`{ search(text: "wuhan", limit: 50) { score matched entity { id } } }`);
        const hits = d.search.map((h: any) => h.entity.id);
        expect(hits[0]).toBe('region:420100'); // nameEn "Wuhan", exact
        expect(hits).toEqual(expect.arrayContaining([Z_WH, Z_DH]));
        for (const id of hits) {
          const n = o.node(id);
          const fields = [n.pinyin ?? '', n.nameEn ?? ''].map((s) => s.toLowerCase().replaceAll(' ', ''));
          expect(fields.some((f) => f.includes('wuhan')), id).toBe(true);
        }
        const en = await api.data(`{ search(text: "new energy vehicles", labels: [Industry]) { score matched entity { id } } }`);
        expect(en.search[0]).toEqual({ score: 90, matched: 'nameEn', entity: { id: 'industry:新能源汽车' } });
      });
      it('folds fullwidth letters and drops zero-width characters pasted with a name', async () => {
        const d = await api.data(`query($a: String!, $b: String!) { a: search(text: $a) { entity { id } } b: entity(name: $b) { id } }`, {
          a: 'ＷＵＨＡＮ',
          b: '武汉\u200b经开区',
        });
        expect(d.a[0].entity.id).toBe('region:420100');
        expect(d.b.id).toBe(Z_WH);
      });

      it('filters by label and honours the limit', async () => {
        const d = await api.data(`{ search(text: "汽车", labels: [Industry], limit: 2) { entity { label } } }`);
        expect(d.search).toHaveLength(2);
        expect(d.search.every((h: any) => h.entity.label === 'Industry')).toBe(true);
      });
    });

    describe('lookups', () => {
      it('resolves entity(name) in any script and entity(id) to the right concrete type', async () => {
        const d = await api.data(`{
          a: entity(name: "武漢經開區") { id }
          b: entity(name: "东湖高新区") { id }
          c: entity(id: "document:004_8601b350773d0308") { __typename id label name }
          d: entity(name: "不存在的地方") { id }
          e: program(name: "鄂政發〔2021〕40號") { id }
        }`);
        expect(d.a.id).toBe(Z_WH);
        expect(d.b.id).toBe(Z_DH);
        expect(d.c).toEqual({ __typename: 'DocumentNode', id: 'document:004_8601b350773d0308', label: 'Document', name: '湖北省县域经济发展“十四五”规划' });
        expect(d.d).toBeNull();
        expect(d.e.id).toBe(P_COUNTY);
      });

      it('answers a zone card from the fixture', async () => {
        const d = await api.data(`{ zone(name: "十堰经开区") {
          id kind aliases nameEn pinyin degree properties
          locatedIn { id } contains { id } programs { id }
          industries { role industry { id } relationship { id type } }
          targets { id kind } t2025: targets(kind: target) { id year }
          documents { id title }
        } }`);
        const z = d.zone;
        expect(z.id).toBe(Z_SY);
        expect(z.kind).toBe('etdz');
        expect(z.properties).toEqual(o.node(Z_SY).properties);
        expect(z.aliases).toEqual(o.node(Z_SY).aliases);
        expect(z.degree).toBe(o.touching(Z_SY).length);
        expect(ids(z.locatedIn)).toEqual(o.out(Z_SY, 'LOCATED_IN'));
        expect(ids(z.contains)).toEqual(o.in(Z_SY, 'LOCATED_IN').filter((x) => x.startsWith('zone:')));
        expect(ids(z.programs)).toEqual(o.in(Z_SY, 'APPLIES_TO'));
        const develops = o.rels('DEVELOPS').filter((r) => r.start === Z_SY);
        expect(z.industries.map((l: any) => [l.industry.id, l.role, l.relationship.id]).sort()).toEqual(
          develops.map((r) => [r.end, r.properties.role, r.id]).sort(),
        );
        const facts = graph.facts.filter((f) => f.subject === Z_SY);
        expect(ids(z.targets)).toEqual(facts.map((f) => f.id).sort());
        expect(ids(z.t2025)).toEqual(facts.filter((f) => f.kind === 'target').map((f) => f.id).sort());
        expect(ids(z.documents)).toEqual(o.node(Z_SY).documents);
      });

      it('answers region, industry, company, program and organization fields', async () => {
        const d = await api.data(`{
          region(id: "region:420100") { level code parent { id } children { id } zones { id } }
          hubei: region(name: "湖北省") { children { id } programs { id } }
          auto: industry(name: "汽车") { code unmapped segments { id } places { id } companies { id } programs { id } }
          engine: industry(name: "发动机") { parents { id } }
          services: industry(name: "现代服务业") { unmapped }
          company(name: "东风公司") { industries { id } locatedIn { id } }
          program(name: "鄂政发〔2021〕40号") { kind docNumber issuedOn issuers { id } cites { id } citedBy { id } appliesTo { id } targets { id } document { id script } responsible { id } }
          chain: program(name: "链长制") { responsible { id } document { id } }
          organization(name: "武汉经开区管委会") { issued { id } responsibleFor { id } }
        }`);
        expect(d.region).toEqual({
          level: 'city',
          code: '420100',
          parent: { id: 'region:420000' },
          children: o.in('region:420100', 'PART_OF').map((id) => ({ id })),
          zones: [{ id: Z_DH }],
        });
        expect(ids(d.hubei.children)).toEqual(o.in('region:420000', 'PART_OF'));
        expect(ids(d.hubei.programs)).toEqual(o.in('region:420000', 'APPLIES_TO'));
        expect(d.auto.code).toBe('36');
        expect(d.auto.unmapped).toBe(false);
        expect(ids(d.auto.segments)).toEqual(o.in('industry:汽车', 'PART_OF'));
        expect(ids(d.auto.places)).toEqual(o.in('industry:汽车', 'DEVELOPS'));
        expect(ids(d.auto.companies)).toEqual(o.in('industry:汽车', 'ACTIVE_IN'));
        expect(ids(d.auto.programs)).toEqual(o.in('industry:汽车', 'TARGETS'));
        expect(d.engine.parents.map((p: any) => p.id)).toEqual(['industry:汽车零部件', 'industry:汽车']); // nearest first
        expect(d.services.unmapped).toBe(true);
        expect(ids(d.company.industries)).toEqual(o.out('company:东风汽车集团有限公司', 'ACTIVE_IN'));
        expect(ids(d.company.locatedIn)).toEqual([Z_WH]);
        const p = d.program;
        expect([p.kind, p.docNumber, p.issuedOn]).toEqual(['plan', '鄂政发〔2021〕40号', '2021-12-31']);
        expect(ids(p.issuers)).toEqual(o.out(P_COUNTY, 'ISSUED_BY'));
        expect(ids(p.cites)).toEqual(o.out(P_COUNTY, 'CITES'));
        expect(ids(p.citedBy)).toEqual(o.in(P_COUNTY, 'CITES'));
        expect(ids(p.appliesTo)).toEqual(o.out(P_COUNTY, 'APPLIES_TO'));
        expect(ids(p.targets)).toEqual(o.out(P_COUNTY, 'TARGETS'));
        expect(p.document).toEqual({ id: 'doc:004_8601b350773d0308', script: 'traditional' });
        expect(p.responsible).toEqual([]);
        expect(d.chain).toEqual({ responsible: [{ id: 'organization:武汉经济技术开发区管理委员会' }], document: null });
        expect(ids(d.organization.issued)).toEqual(o.in('organization:武汉经济技术开发区管理委员会', 'ISSUED_BY'));
        expect(ids(d.organization.responsibleFor)).toEqual(['program:链长制']);
      });

      it('pages entities by id and filters by label, chain and document', async () => {
        const zones = graph.nodes.filter((n) => n.label === 'Zone').map((n) => n.id).sort();
        const seen: string[] = [];
        let after: string | null = null;
        for (let page = 0; page < 10; page++) {
          const d: any = await api.data(`query($after: String) { entities(filter: { label: Zone }, first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`, { after });
          expect(d.entities.totalCount).toBe(zones.length);
          seen.push(...d.entities.nodes.map((n: any) => n.id));
          if (!d.entities.pageInfo.hasNextPage) break;
          after = d.entities.pageInfo.endCursor;
        }
        expect(seen).toEqual(zones);

        const family = new Set(o.family('industry:汽车'));
        const onChain = zones.filter((z) => o.touching(z).some((r) => ['DEVELOPS', 'ACTIVE_IN', 'TARGETS'].includes(r.type) && family.has(r.end)));
        const byChain = await api.data(`{ entities(filter: { label: Zone, chain: "汽车" }, first: 100) { nodes { id } } }`);
        expect(ids(byChain.entities.nodes)).toEqual(onChain);

        const provinceOf = (place: string): string[] => {
          const seen = new Set<string>();
          let ring = [place];
          while (ring.length) {
            ring = ring.flatMap((x) => [...o.out(x, 'LOCATED_IN'), ...o.out(x, 'PART_OF')]).filter((x) => !seen.has(x));
            ring.forEach((x) => seen.add(x));
          }
          return [...seen].filter((x) => o.node(x).properties.level === 'province');
        };
        const inHubei = zones.filter((z) => provinceOf(z).includes('region:420000'));
        expect(inHubei.length).toBeGreaterThan(1);
        const byProvince = await api.data(`{
          byName: entities(filter: { label: Zone, province: "湖北省" }) { nodes { id } }
          byId: entities(filter: { label: Zone, province: "region:420000" }) { nodes { id } }
          etdz: entities(filter: { kind: "etdz" }) { nodes { id } }
        }`);
        expect(ids(byProvince.byName.nodes)).toEqual(inHubei);
        expect(ids(byProvince.byId.nodes)).toEqual(inHubei);
        expect(ids(byProvince.etdz.nodes)).toEqual(graph.nodes.filter((n) => n.properties.kind === 'etdz').map((n) => n.id).sort());

        const byDoc = await api.data(`{ entities(filter: { document: "doc:000_f2f3fd127b521cfd" }, first: 500) { totalCount } }`);
        expect(byDoc.entities.totalCount).toBe(graph.nodes.filter((n) => n.documents.includes('doc:000_f2f3fd127b521cfd')).length);
      });
    });

    describe('graph questions', () => {
      it('neighbourhood returns the seed, its neighbours and the edges between them', async () => {
        const d = await api.data(`query($ids: [ID!]!) { neighbourhood(ids: $ids) { truncated nodes { id degree } relationships { id start { id } end { id } } } }`, {
          ids: ['武汉经开区'],
        });
        const expected = [Z_WH, ...o.touching(Z_WH).map((r) => (r.start === Z_WH ? r.end : r.start))];
        expect(ids(d.neighbourhood.nodes)).toEqual([...new Set(expected)].sort());
        expect(d.neighbourhood.truncated).toBe(false);
        const relIds = d.neighbourhood.relationships.map((r: any) => r.id);
        for (const r of o.touching(Z_WH)) expect(relIds).toContain(r.id);
        const inSet = new Set(d.neighbourhood.nodes.map((n: any) => n.id));
        for (const r of d.neighbourhood.relationships) expect(inSet.has(r.start.id) && inSet.has(r.end.id)).toBe(true);
      });

      it('neighbourhood honours the node limit', async () => {
        const d = await api.data(`{ neighbourhood(ids: ["${Z_WH}"], limit: 3) { truncated nodes { id } } }`);
        expect(d.neighbourhood.nodes).toHaveLength(3);
        expect(d.neighbourhood.truncated).toBe(true);
      });

      it('paths finds every shortest path', async () => {
        const from = 'company:东风汽车集团有限公司';
        const d = await api.data(`{ paths(from: "东风汽车集团有限公司", to: "十堰经开区", maxHops: 4, limit: 50) { length nodes { id } relationships { id } } }`);
        const expected = o.shortestPaths(from, Z_SY, 4);
        expect(expected.length).toBeGreaterThan(0);
        expect(d.paths.map((p: any) => p.nodes.map((n: any) => n.id)).sort()).toEqual(expected.sort());
        for (const p of d.paths) expect(p.length).toBe(expected[0]!.length - 1);
      });

      it('sharedChains: shared, unique and Jaccard similarity of expanded industry sets', async () => {
        const d = await api.data(`{ sharedChains(places: ["武汉经开区", "十堰经开区"]) {
          similarity places { id }
          shared { industry { id } places { id } direct { id } }
          unique { place { id } industries { id } }
        } }`);
        const a = o.expanded(Z_WH);
        const b = o.expanded(Z_SY);
        const shared = [...a].filter((x) => b.has(x)).sort();
        expect(shared.length).toBeGreaterThan(0);
        expect(d.sharedChains.shared.map((s: any) => s.industry.id).sort()).toEqual(shared);
        for (const s of d.sharedChains.shared) {
          expect(ids(s.places)).toEqual([Z_SY, Z_WH]);
          expect(ids(s.direct)).toEqual([Z_SY, Z_WH].filter((p) => o.out(p, 'DEVELOPS').includes(s.industry.id)));
        }
        const unique = Object.fromEntries(d.sharedChains.unique.map((u: any) => [u.place.id, ids(u.industries)]));
        expect(unique[Z_WH]).toEqual([...a].filter((x) => !b.has(x)).sort());
        expect(unique[Z_SY]).toEqual([...b].filter((x) => !a.has(x)).sort());
        expect(d.sharedChains.similarity).toBeCloseTo(o.jaccard(a, b), 10);
      });

      it('chainPlaces and chainMatrix count a chain and its segments', async () => {
        const family = new Set(o.family('industry:汽车'));
        const d = await api.data(`{
          chainPlaces(chain: "industry:汽车") { place { id } industries { id } }
          chainMatrix(places: ["${Z_WH}", "${Z_DH}"], chains: ["industry:汽车", "industry:光芯屏端网"]) { places { id } chains { id } cells { place chain count industries } }
        }`);
        const expected = o.places()
          .map((p) => [p, o.out(p, 'DEVELOPS').filter((i) => family.has(i))] as const)
          .filter(([, inds]) => inds.length > 0);
        expect(d.chainPlaces.map((c: any) => [c.place.id, ids(c.industries)]).sort()).toEqual(expected.map(([p, i]) => [p, i]).sort());
        const cells = [];
        for (const place of [Z_WH, Z_DH]) {
          for (const chain of ['industry:汽车', 'industry:光芯屏端网']) {
            const fam = new Set(o.family(chain));
            const inds = o.out(place, 'DEVELOPS').filter((i) => fam.has(i));
            if (inds.length) cells.push({ place, chain, count: inds.length, industries: inds });
          }
        }
        const sortCells = (xs: any[]) => [...xs].map((c) => ({ ...c, industries: [...c.industries].sort() })).sort((x, y) => `${x.place}|${x.chain}`.localeCompare(`${y.place}|${y.chain}`));
        expect(sortCells(d.chainMatrix.cells)).toEqual(sortCells(cells));
      });

      it('similarZones ranks places by Jaccard over expanded sets', async () => {
        const d = await api.data(`{ similarZones(place: "武汉经开区", k: 3) { score place { id } shared { id } } }`);
        const mine = o.expanded(Z_WH);
        const ranked = o.places()
          .filter((p) => p !== Z_WH && o.expanded(p).size > 0)
          .map((p) => ({ id: p, score: o.jaccard(mine, o.expanded(p)) }))
          .filter((x) => x.score > 0)
          .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id))
          .slice(0, 3);
        expect(d.similarZones.map((s: any) => s.place.id)).toEqual(ranked.map((r) => r.id));
        d.similarZones.forEach((s: any, i: number) => {
          expect(s.score).toBeCloseTo(ranked[i]!.score, 10);
          expect(ids(s.shared)).toEqual([...o.expanded(s.place.id)].filter((x) => mine.has(x)).sort());
        });
        expect(d.similarZones[0].place.id).toBe(Z_PARK);
      });

      it('lineage walks CITES up (positive depth) and down (negative)', async () => {
        const d = await api.data(`{ lineage(program: "${P_COUNTY}", direction: BOTH, depth: 5) { root { id } entries { depth program { id } } relationships { id } } }`);
        const expected: Record<string, number> = {};
        for (const dir of [1, -1] as const) {
          // Breadth-first: an entry's depth is its hop distance from the root.
          let ring = [P_COUNTY];
          for (let depth = 1; ring.length > 0 && depth <= 5; depth++) {
            ring = [...new Set(ring.flatMap((x) => (dir === 1 ? o.out(x, 'CITES') : o.in(x, 'CITES'))))].filter((x) => x !== P_COUNTY && !(x in expected));
            for (const x of ring) expected[x] = dir * depth;
          }
        }
        expect(d.lineage.root.id).toBe(P_COUNTY);
        expect(Object.fromEntries(d.lineage.entries.map((e: any) => [e.program.id, e.depth]))).toEqual(expected);
        const members = new Set([P_COUNTY, ...Object.keys(expected)]);
        expect(ids(d.lineage.relationships)).toEqual(o.rels('CITES').filter((r) => members.has(r.start) && members.has(r.end)).map((r) => r.id).sort());
      });

      it('programs by place (with contained places), industry and issuer', async () => {
        const d = await api.data(`{
          direct: programs(place: "湖北省") { id }
          contained: programs(place: "湖北省", includeContained: true) { id }
          byIndustry: programs(industry: "汽车") { id }
          byIssuer: programs(issuer: "湖北省人民政府") { id }
        }`);
        expect(ids(d.direct)).toEqual(o.in('region:420000', 'APPLIES_TO'));
        const within = new Set(['region:420000']);
        for (let changed = true; changed; ) {
          changed = false;
          for (const r of graph.relationships) {
            if ((r.type === 'LOCATED_IN' || r.type === 'PART_OF') && within.has(r.end) && !within.has(r.start) && /^(zone|region):/.test(r.start)) {
              within.add(r.start);
              changed = true;
            }
          }
        }
        expect(ids(d.contained)).toEqual([...new Set(o.rels('APPLIES_TO').filter((r) => within.has(r.end)).map((r) => r.start))].sort());
        const family = new Set(o.family('industry:汽车'));
        expect(ids(d.byIndustry)).toEqual([...new Set(o.rels('TARGETS').filter((r) => family.has(r.end)).map((r) => r.start))].sort());
        expect(ids(d.byIssuer)).toEqual([P_COUNTY]);
      });
    });

    describe('evidence, documents, figures', () => {
      it('every relationship of a zone carries evidence that slices out of its document', async () => {
        const d = await api.data(`{ zone(id: "${Z_WH}") { relationships { id type role evidence { start end text section document { id } } } } }`);
        expect(ids(d.zone.relationships)).toEqual(o.touching(Z_WH).map((r) => r.id).sort());
        const docs = new Map(graph.documents.map((doc) => [doc.id, doc]));
        for (const r of d.zone.relationships) {
          const fixture = graph.relationships.find((x) => x.id === r.id)!;
          expect(r.evidence).toHaveLength(fixture.evidence.length);
          expect(r.role).toBe(fixture.properties.role ?? null);
          for (const e of r.evidence) expect(docs.get(e.document.id)!.text.slice(e.start, e.end)).toBe(e.text);
        }
        const dev = d.zone.relationships.find((r: any) => r.id === `DEVELOPS:${Z_WH}->industry:汽车`);
        expect(dev.evidence.map((e: any) => e.document.id).sort()).toEqual(['doc:001_b542f6f43ab8c132', 'doc:004_8601b350773d0308']);
      });

      it('relationship(id) and evidence(relationship) return the fixture evidence', async () => {
        const rel = graph.relationships.find((r) => r.id === `LOCATED_IN:${Z_WH}->region:420113`)!;
        const d = await api.data(`query($id: ID!) { relationship(id: $id) { type start { id } end { id } properties } evidence(relationship: $id) { start end text section document { id } } }`, { id: rel.id });
        expect(d.relationship).toEqual({ type: 'LOCATED_IN', start: { id: Z_WH }, end: { id: 'region:420113' }, properties: rel.properties });
        expect(d.evidence).toEqual(rel.evidence.map((e) => ({ start: e.start, end: e.end, text: e.text, section: e.section, document: { id: e.document } })));
      });

      it('directionless symmetric relationships match any direction', async () => {
        const d = await api.data(`{ zone(id: "${Z_DH}") { out: relationships(types: [COOPERATES_WITH], direction: OUT) { id } in: relationships(types: [COOPERATES_WITH], direction: IN) { id } } }`);
        const coop = o.touching(Z_DH).filter((r) => r.type === 'COOPERATES_WITH').map((r) => r.id);
        expect(ids(d.zone.out)).toEqual(coop);
        expect(ids(d.zone.in)).toEqual(coop);
      });

      it('document(id) returns the original text, headings and links; documents() lists summaries', async () => {
        const doc = graph.documents.find((x) => x.script === 'traditional')!;
        const d = await api.data(`query($id: ID!) {
          document(id: $id) { id title file encoding script issuer issuedOn docNumber text headings { level title start end } subject { id } program { id } }
          documents { id characters title subject { id } program { id } }
        }`, { id: doc.id });
        expect(d.document).toEqual({
          id: doc.id, title: doc.title, file: doc.file, encoding: doc.encoding, script: doc.script, issuer: doc.issuer, issuedOn: doc.issuedOn,
          docNumber: doc.docNumber, text: doc.text, headings: doc.headings, subject: { id: doc.subject }, program: { id: doc.program },
        });
        for (const h of d.document.headings) expect(doc.text.slice(h.start, h.end)).toBe(h.title);
        expect(d.documents.map((x: any) => [x.id, x.characters]).sort()).toEqual(graph.documents.map((x) => [x.id, x.text.length]).sort());
      });

      it('targets filter by place, industry, year and kind', async () => {
        const d = await api.data(`{
          wuhan: targets(place: "武汉经开区") { id value unit metric subject { id } evidence { text } }
          nev: targets(industry: "新能源汽车") { id industry { id } }
          t2025: targets(year: 2025, kind: target) { id }
          base: targets(kind: baseline) { id }
        }`);
        expect(ids(d.wuhan)).toEqual(graph.facts.filter((f) => f.subject === Z_WH).map((f) => f.id).sort());
        const fact = graph.facts.find((f) => f.id === d.wuhan[0].id)!;
        expect(d.wuhan[0]).toMatchObject({ value: fact.value, unit: fact.unit, metric: fact.metric, evidence: { text: fact.evidence.text } });
        expect(ids(d.nev)).toEqual(graph.facts.filter((f) => f.industry === 'industry:新能源汽车').map((f) => f.id).sort());
        expect(ids(d.t2025)).toEqual(graph.facts.filter((f) => f.year === 2025 && f.kind === 'target').map((f) => f.id).sort());
        expect(ids(d.base)).toEqual(graph.facts.filter((f) => f.kind === 'baseline').map((f) => f.id).sort());
      });

      it('stats and report describe the loaded graph', async () => {
        const d = await api.data(`{
          stats { store nodes relationships documents facts nodesByLabel { label count } relationshipsByType { type count } }
          report { taxonomyVersion facts unmappedIndustries { name count } documents { document characters } }
        }`);
        expect(d.stats.store).toBe(expectedKind);
        expect([d.stats.nodes, d.stats.relationships, d.stats.documents, d.stats.facts]).toEqual([
          graph.nodes.length, graph.relationships.length, graph.documents.length, graph.facts.length,
        ]);
        const byLabel = Object.fromEntries(d.stats.nodesByLabel.map((x: any) => [x.label, x.count]));
        expect(byLabel.Zone).toBe(graph.nodes.filter((n) => n.label === 'Zone').length);
        const byType = Object.fromEntries(d.stats.relationshipsByType.map((x: any) => [x.type, x.count]));
        expect(byType.DEVELOPS).toBe(o.rels('DEVELOPS').length);
        expect(d.report.taxonomyVersion).toBe(graph.report.taxonomyVersion);
        expect(d.report.unmappedIndustries).toEqual([{ name: '现代服务业', count: 1 }]);
        expect(d.report.documents).toHaveLength(graph.documents.length);
      });
    });
  });
}
