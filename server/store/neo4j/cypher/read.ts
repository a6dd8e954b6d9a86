/**
 * Read queries. Every query takes the active `$generation` and matches its
 * anchor nodes on it; relationships only join nodes of one generation, so
 * traversals never leave it. Ordering, tie-breaks and set arithmetic happen
 * in store.ts with the same helpers as the embedded store.
 */
import { NODE_PROJECTION as N, REL_PROJECTION as R } from '../codec.ts';

export const NODES_BY_IDS = `
UNWIND $ids AS id
MATCH (n:Entity {generation: $generation, id: id})
RETURN n ${N} AS node`;

/**
 * A node's search keys (codec.ts nodeRow): name, then `nAliases` aliases, then
 * nameEn/pinyin. (A generation loaded before nAliases existed has mAliases.)
 */
const SEARCH_KEYS = `coalesce(n.mKeys, split(n.search, '\\n'))`;

/**
 * Search, scored and cut in the database: a short query such as a city name
 * matches thousands of nodes, and shipping them all to Node to rank was most
 * of the time. The score is search-score.ts's fieldScore over the node's
 * search keys (the same matchKeys() strings, so the same exact string tests),
 * the best of name (100/70/50), aliases (90/60/40) and compact nameEn/pinyin
 * (90/60/40). The cut uses only the integer keys of compareHits (score, then
 * degree), in two steps: first the score of the `$limit`-th best (`floor`),
 * so degrees are counted only for nodes that can still make the cut (a
 * two-character query has thousands of weak substring matches); then every
 * node ranked above the `$limit`-th by (score, degree) comes back, and every
 * node tied with it, with its degree and the full node. store.ts re-scores
 * them and applies the remaining tie-breaks (name length, id) with rankHits,
 * so the answer is the one ranking all candidates would give. (Name length
 * and id are left to JavaScript: its string length and order are UTF-16 code
 * units.) `$otherCompact` is null when it equals `$text` (one index scan).
 */
export const SEARCH = `
MATCH (n:Entity)
WHERE (n.search CONTAINS $text OR n.search CONTAINS $otherCompact)
  AND n.generation = $generation
  AND ($labels IS NULL OR n.label IN $labels)
WITH n, ${SEARCH_KEYS} AS keys, coalesce(n.nAliases, size(n.mAliases)) AS aliases
WITH n, reduce(best = 0, i IN range(0, size(keys) - 1) |
  CASE WHEN i = 0 THEN
         CASE WHEN keys[0] = $text THEN 100 WHEN keys[0] STARTS WITH $text THEN 70 WHEN keys[0] CONTAINS $text THEN 50 ELSE 0 END
       WHEN i <= aliases THEN
         CASE WHEN best >= 90 THEN best WHEN keys[i] = $text THEN 90 WHEN best >= 60 THEN best WHEN keys[i] STARTS WITH $text THEN 60
              WHEN best >= 40 THEN best WHEN keys[i] CONTAINS $text THEN 40 ELSE best END
       ELSE
         CASE WHEN best >= 90 OR $compact = '' THEN best WHEN keys[i] = $compact THEN 90 WHEN best >= 60 THEN best WHEN keys[i] STARTS WITH $compact THEN 60
              WHEN best >= 40 THEN best WHEN keys[i] CONTAINS $compact THEN 40 ELSE best END
  END) AS score
WHERE score > 0
WITH n, score
ORDER BY score DESC
WITH collect({n: n, score: score}) AS scored
WITH scored, CASE WHEN size(scored) > $limit THEN scored[$limit - 1].score ELSE 0 END AS floor
UNWIND scored AS hit
WITH hit WHERE hit.score >= floor
WITH hit.n AS n, hit.score AS score
WITH n, score, COUNT { (n)--() } AS degree
ORDER BY score DESC, degree DESC
WITH collect({n: n, score: score, degree: degree}) AS ranked
WITH ranked, CASE WHEN size(ranked) > $limit THEN ranked[$limit - 1] END AS last
UNWIND ranked AS hit
WITH hit, last
WHERE last IS NULL OR hit.score > last.score OR (hit.score = last.score AND hit.degree >= last.degree)
WITH hit.n AS n, hit.degree AS degree
RETURN n ${N} AS node, degree`;

/** findByName: exact (lower-cased, trimmed) name or alias; the search index narrows, the keys decide. */
export const NAME_MATCHES = `
MATCH (n:Entity)
WHERE n.search CONTAINS $key AND n.generation = $generation
  AND $key IN coalesce(n.keys, ${SEARCH_KEYS}[0..n.nAliases + 1])
  AND ($label IS NULL OR n.label = $label)
RETURN n ${N} AS node, COUNT { (n)--() } AS degree`;

export const REGION_BY_ID = `
MATCH (n:Entity {generation: $generation, id: $id}) WHERE n.label = 'Region'
RETURN n.id AS id`;

/** One step from `a` along `r`, as the port's types/direction arguments allow; symmetric types match any direction. */
const STEP_FILTER = `WHERE ($types IS NULL OR type(r) IN $types)
  AND ($direction = 'BOTH' OR type(r) IN $symmetric
       OR ($direction = 'OUT' AND startNode(r) = a)
       OR ($direction = 'IN' AND endNode(r) = a))`;

/** Relationships at each of `$ids`; symmetric types match any direction. */
export const RELATIONSHIPS_OF = `
UNWIND $ids AS id
MATCH (a:Entity {generation: $generation, id: id})-[r]-(b)
${STEP_FILTER}
RETURN DISTINCT id AS at, ${R} AS rel`;

/** The nodes at the far ends of those relationships: one breadth-first ring. */
export const NEIGHBOURS = `
UNWIND $ids AS id
MATCH (a:Entity {generation: $generation, id: id})-[r]-(b)
${STEP_FILTER}
RETURN DISTINCT b ${N} AS node`;

/** Every relationship of an allowed type between the given nodes. */
export const RELATIONSHIPS_AMONG = `
UNWIND $ids AS id
MATCH (a:Entity {generation: $generation, id: id})-[r]->(b)
WHERE ($types IS NULL OR type(r) IN $types) AND b.id IN $ids
RETURN ${R} AS rel`;

export const RELATIONSHIPS_BY_IDS = `
UNWIND $rows AS row
MATCH (a:Entity {generation: $generation, id: row.start})-[r]-(b:Entity {generation: $generation, id: row.end})
WHERE r.id = row.id
RETURN DISTINCT ${R} AS rel`;

export const DEGREES = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {generation: $generation, id: id})
RETURN id, CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)--() } END AS degree`;

/**
 * All shortest paths, direction ignored, only `$types`. The hop bound cannot
 * be a parameter, so there is one text per allowed bound (1..6).
 */
export const SHORTEST_PATHS: Readonly<Record<number, string>> = Object.fromEntries(
  [1, 2, 3, 4, 5, 6].map((hops) => [
    hops,
    `
MATCH (a:Entity {generation: $generation, id: $from})
MATCH (b:Entity {generation: $generation, id: $to})
MATCH p = allShortestPaths((a)-[*..${hops}]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n ${N}] AS nodes, [r IN relationships(p) | ${R}] AS rels`,
  ]),
);

/** What each place DEVELOPS, with every PART_OF ancestor of each industry. */
export const DEVELOPED_WITH_ANCESTORS = `
UNWIND $ids AS id
MATCH (p:Entity {generation: $generation, id: id})-[:DEVELOPS]->(i:Entity)
OPTIONAL MATCH (i)-[:PART_OF*1..]->(anc:Entity)
RETURN p.id AS place, i.id AS industry, collect(DISTINCT anc.id) AS ancestors`;

/** An industry and its PART_OF* segments. */
export const INDUSTRY_AND_SEGMENTS = `
MATCH (c:Entity {generation: $generation, id: $id})
MATCH (i:Entity)-[:PART_OF*0..]->(c)
RETURN DISTINCT i.id AS id, c.label AS label`;

/** Who DEVELOPS each industry of a chain (the chain itself or a segment). */
export const CHAIN_DEVELOPERS = `
UNWIND $chains AS chainId
MATCH (c:Entity {generation: $generation, id: chainId}) WHERE c.label = 'Industry'
MATCH (i:Entity)-[:PART_OF*0..]->(c)
WITH DISTINCT chainId, i
MATCH (p:Entity)-[:DEVELOPS]->(i)
WHERE $placesOnly = false OR p.label IN ['Zone', 'Region']
RETURN chainId AS chain, p.id AS place, collect(DISTINCT i.id) AS industries`;

/** Chains by default: industries with segments and no parent. */
export const ROOT_CHAINS = `
MATCH (c:Entity {generation: $generation, label: 'Industry'})
WHERE NOT EXISTS { (c)-[:PART_OF]->() } AND EXISTS { (c)<-[:PART_OF]-() }
RETURN c.id AS id`;

/** Other places developing something under one of `$industries`, with what each develops. */
export const SIMILAR_CANDIDATES = `
UNWIND $industries AS industryId
MATCH (x:Entity {generation: $generation, id: industryId})<-[:PART_OF*0..]-(:Entity)<-[:DEVELOPS]-(q:Entity)
WHERE q.id <> $place AND q.label IN ['Zone', 'Region']
WITH DISTINCT q
MATCH (q)-[:DEVELOPS]->(i:Entity)
OPTIONAL MATCH (i)-[:PART_OF*1..]->(anc:Entity)
RETURN q.id AS place, i.id AS industry, collect(DISTINCT anc.id) AS ancestors`;

export const CITES_OUT = `
UNWIND $ids AS id
MATCH (a:Entity {generation: $generation, id: id})-[:CITES]->(b)
RETURN a.id AS from, b.id AS to`;

export const CITES_IN = `
UNWIND $ids AS id
MATCH (a:Entity {generation: $generation, id: id})<-[:CITES]-(b)
RETURN a.id AS from, b.id AS to`;

export const CITES_AMONG = `
UNWIND $ids AS id
MATCH (a:Entity {generation: $generation, id: id})-[r:CITES]->(b)
WHERE b.id IN $ids
RETURN ${R} AS rel`;

/** Places LOCATED_IN / PART_OF* `$id`, through places only. */
export const CONTAINED_PLACES = `
MATCH (p:Entity {generation: $generation, id: $id})
MATCH path = (q:Entity)-[:LOCATED_IN|PART_OF*1..]->(p)
WHERE all(x IN nodes(path)[0..-1] WHERE x.label IN ['Zone', 'Region'])
RETURN DISTINCT q.id AS id`;

export const PROGRAMS_APPLYING_TO = `
UNWIND $ids AS id
MATCH (pr:Entity)-[:APPLIES_TO]->(:Entity {generation: $generation, id: id})
WHERE pr.label = 'Program'
RETURN DISTINCT pr.id AS id`;

export const PROGRAMS_TARGETING = `
UNWIND $ids AS id
MATCH (pr:Entity)-[:TARGETS]->(:Entity {generation: $generation, id: id})
WHERE pr.label = 'Program'
RETURN DISTINCT pr.id AS id`;

export const PROGRAMS_ISSUED_BY = `
MATCH (pr:Entity)-[:ISSUED_BY]->(:Entity {generation: $generation, id: $id})
WHERE pr.label = 'Program'
RETURN DISTINCT pr.id AS id`;

export const IDS_WITH_LABEL = `
MATCH (n:Entity {generation: $generation, label: $label})
RETURN n.id AS id`;

/** Nodes linked to one of `$industries` by DEVELOPS / ACTIVE_IN / TARGETS (either direction). */
export const INDUSTRY_LINKED = `
UNWIND $industries AS industryId
MATCH (i:Entity {generation: $generation, id: industryId})-[r:DEVELOPS|ACTIVE_IN|TARGETS]-(n)
RETURN DISTINCT n.id AS id`;

/**
 * listNodes: the filters the graph can answer directly; industry/chain and
 * province arrive as resolved id lists / a Region id.
 */
export const LIST_NODES = `
MATCH (n:Entity {generation: $generation})
WHERE ($label IS NULL OR n.label = $label)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($document IS NULL OR $document IN n.documents)
  AND ($linked IS NULL OR n.id IN $linked)
  AND ($province IS NULL OR (n.label IN ['Zone', 'Region'] AND (
        n.province = $province
        OR EXISTS { (n)-[:LOCATED_IN|PART_OF*1..]->(p:Entity {id: $province}) WHERE p.label = 'Region' AND p.level = 'province' })))
RETURN n.id AS id`;

export const DOCUMENT_BY_ID = `
MATCH (d:ZgDocument {generation: $generation, id: $id})
RETURN d.json AS json`;

export const DOCUMENT_SUMMARIES = `
MATCH (d:ZgDocument {generation: $generation})
RETURN d.summary AS json`;

export const FACTS = `
MATCH (f:ZgFact {generation: $generation})
WHERE ($subject IS NULL OR f.subject = $subject)
  AND ($industry IS NULL OR f.industry = $industry)
  AND ($year IS NULL OR f.year = $year)
  AND ($kind IS NULL OR f.kind = $kind)
RETURN f.json AS json`;

export const COUNT_LABELS = `
MATCH (n:Entity {generation: $generation})
RETURN n.label AS key, count(*) AS count`;

export const COUNT_TYPES = `
MATCH (n:Entity {generation: $generation})-[r]->()
RETURN type(r) AS key, count(*) AS count`;

export const COUNT_RECORDS = `
RETURN COUNT { (d:ZgDocument {generation: $generation}) } AS documents,
       COUNT { (f:ZgFact {generation: $generation}) } AS facts`;

export const REPORT = `
MATCH (r:ZgReport {generation: $generation})
RETURN r.json AS json`;

// --- Reads a document write makes inside its transaction ---

export const NODES_OF_DOCUMENT = `
MATCH (n:Entity {generation: $generation})
WHERE $document IN n.documents
RETURN n ${N} AS node`;

export const RELATIONSHIPS_OF_DOCUMENT = `
MATCH (a:Entity {generation: $generation})-[r]->()
WHERE r.evidence CONTAINS $documentKey
RETURN ${R} AS rel`;

export const RELATIONSHIPS_TOUCHING = `
UNWIND $ids AS id
MATCH (a:Entity {generation: $generation, id: id})-[r]-()
RETURN DISTINCT ${R} AS rel`;

export const FACTS_BY_IDS = `
UNWIND $ids AS id
MATCH (f:ZgFact {generation: $generation, id: id})
RETURN f.json AS json`;

export const FACTS_OF_DOCUMENT = `
MATCH (f:ZgFact {generation: $generation})
WHERE f.document = $document
RETURN f.json AS json`;
