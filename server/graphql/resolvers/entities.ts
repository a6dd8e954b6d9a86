/** Fields of the Entity interface and its implementations (Zone, Region, Industry, …). */
import type { GraphNode, GraphRelationship, NodeLabel, RelationshipType } from '../../../shared/graph.ts';
import type { Direction, DocumentSummary } from '../../store/port.ts';
import type { ApiContext } from '../context.ts';
import { danglingReference } from '../errors.ts';
import type { GraphQLResolveInfo } from '../graphql-js.ts';
import { nodeById, prefetchForRelationships, related, relationshipsOf } from './graph-walk.ts';

const GRAPHQL_TYPE: Record<NodeLabel, string> = {
  Zone: 'Zone',
  Region: 'Region',
  Industry: 'Industry',
  Company: 'Company',
  Program: 'Program',
  Organization: 'Organization',
  Document: 'DocumentNode',
};

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : v === null || v === undefined ? null : String(v));

/** Fields every entity has, written once and spread into each implementation. */
const entityFields = {
  nameEn: (n: GraphNode) => n.nameEn ?? null,
  pinyin: (n: GraphNode) => n.pinyin ?? null,
  properties: (n: GraphNode) => n.properties ?? {},
  aliases: (n: GraphNode) => n.aliases ?? [],
  documents: async (n: GraphNode, _: unknown, ctx: ApiContext): Promise<DocumentSummary[]> => {
    const docs = await ctx.loaders.documentSummary.loadMany(n.documents ?? []);
    return docs.filter((d): d is DocumentSummary => d !== null && !(d instanceof Error));
  },
  degree: (n: GraphNode, _: unknown, ctx: ApiContext) => ctx.loaders.degree.load(n.id),
  relationships: async (
    n: GraphNode,
    args: { types?: RelationshipType[] | null; direction?: Direction | null },
    ctx: ApiContext,
    info: GraphQLResolveInfo,
  ): Promise<GraphRelationship[]> => {
    const rels = await relationshipsOf(ctx, n.id, args.types, args.direction ?? 'BOTH');
    await prefetchForRelationships(ctx, rels, info);
    return rels;
  },
};

/** A place's DEVELOPS edges as IndustryLinks. */
async function industryLinks(n: GraphNode, ctx: ApiContext) {
  const rels = await relationshipsOf(ctx, n.id, ['DEVELOPS'], 'OUT');
  return rels.map((relationship) => ({ relationship, industryId: relationship.end, role: str(relationship.properties.role) }));
}

function targetsOf(n: GraphNode, args: { year?: number | null; kind?: 'target' | 'baseline' | null }, ctx: ApiContext) {
  const query: { subject: string; year?: number; kind?: 'target' | 'baseline' } = { subject: n.id };
  if (args.year !== null && args.year !== undefined) query.year = args.year;
  if (args.kind) query.kind = args.kind;
  return ctx.store.facts(query);
}

/** Industry ancestors along PART_OF, nearest first (breadth-first). */
async function industryParents(n: GraphNode, ctx: ApiContext): Promise<GraphNode[]> {
  const out: GraphNode[] = [];
  const seen = new Set([n.id]);
  let ring = [n];
  while (ring.length > 0) {
    const next: GraphNode[] = [];
    for (const parents of await Promise.all(ring.map((r) => related(ctx, r.id, 'PART_OF', 'OUT', ['Industry'])))) {
      for (const p of parents) {
        if (seen.has(p.id)) continue;
        seen.add(p.id);
        out.push(p);
        next.push(p);
      }
    }
    ring = next;
  }
  return out;
}

export const entityResolvers = {
  Entity: {
    __resolveType: (n: GraphNode) => GRAPHQL_TYPE[n.label] ?? null,
  },
  Zone: {
    ...entityFields,
    kind: (n: GraphNode) => str(n.properties.kind),
    locatedIn: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, ['LOCATED_IN', 'PART_OF'], 'OUT', ['Zone', 'Region']),
    contains: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, ['LOCATED_IN', 'PART_OF'], 'IN', ['Zone']),
    industries: (n: GraphNode, _: unknown, ctx: ApiContext) => industryLinks(n, ctx),
    programs: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'APPLIES_TO', 'IN', ['Program']),
    targets: (n: GraphNode, args: { year?: number | null; kind?: 'target' | 'baseline' | null }, ctx: ApiContext) => targetsOf(n, args, ctx),
  },
  Region: {
    ...entityFields,
    level: (n: GraphNode) => str(n.properties.level),
    code: (n: GraphNode) => str(n.properties.code),
    parent: async (n: GraphNode, _: unknown, ctx: ApiContext) => (await related(ctx, n.id, 'PART_OF', 'OUT', ['Region']))[0] ?? null,
    children: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'PART_OF', 'IN', ['Region']),
    zones: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'LOCATED_IN', 'IN', ['Zone']),
    industries: (n: GraphNode, _: unknown, ctx: ApiContext) => industryLinks(n, ctx),
    programs: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'APPLIES_TO', 'IN', ['Program']),
    targets: (n: GraphNode, args: { year?: number | null; kind?: 'target' | 'baseline' | null }, ctx: ApiContext) => targetsOf(n, args, ctx),
  },
  Industry: {
    ...entityFields,
    code: (n: GraphNode) => str(n.properties.code),
    unmapped: (n: GraphNode) => n.properties.unmapped === true,
    parents: (n: GraphNode, _: unknown, ctx: ApiContext) => industryParents(n, ctx),
    segments: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'PART_OF', 'IN', ['Industry']),
    places: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'DEVELOPS', 'IN', ['Zone', 'Region']),
    companies: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'ACTIVE_IN', 'IN', ['Company']),
    programs: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'TARGETS', 'IN', ['Program']),
  },
  Company: {
    ...entityFields,
    industries: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'ACTIVE_IN', 'OUT', ['Industry']),
    locatedIn: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'LOCATED_IN', 'OUT', ['Zone', 'Region']),
  },
  Program: {
    ...entityFields,
    kind: (n: GraphNode) => str(n.properties.kind),
    docNumber: (n: GraphNode) => str(n.properties.docNumber),
    issuedOn: (n: GraphNode) => str(n.properties.issuedOn),
    issuers: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'ISSUED_BY', 'OUT', ['Organization']),
    responsible: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'RESPONSIBLE_FOR', 'IN', ['Organization']),
    cites: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'CITES', 'OUT', ['Program']),
    citedBy: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'CITES', 'IN', ['Program']),
    appliesTo: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'APPLIES_TO', 'OUT', ['Zone', 'Region']),
    targets: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'TARGETS', 'OUT', ['Industry']),
    document: (n: GraphNode, _: unknown, ctx: ApiContext) => {
      const id = str(n.properties.documentId);
      return id ? ctx.loaders.documentSummary.load(id) : null;
    },
  },
  Organization: {
    ...entityFields,
    issued: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'ISSUED_BY', 'IN', ['Program']),
    responsibleFor: (n: GraphNode, _: unknown, ctx: ApiContext) => related(ctx, n.id, 'RESPONSIBLE_FOR', 'OUT', ['Program']),
  },
  DocumentNode: {
    ...entityFields,
  },
  IndustryLink: {
    industry: async (link: { industryId: string }, _: unknown, ctx: ApiContext) => {
      const n = await nodeById(ctx, link.industryId);
      if (!n) throw danglingReference(link.industryId);
      return n;
    },
  },
};
