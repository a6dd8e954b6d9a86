/** Relationships, evidence, documents, facts, stats and the build report: records the port returns whole. */
import type { BuildReport, DocumentRecord, Evidence, GraphNode, GraphRelationship, NumericFact } from '../../../shared/graph.ts';
import type { DocumentSummary, GraphStats } from '../../store/port.ts';
import type { ApiContext } from '../context.ts';
import { danglingReference } from '../errors.ts';
import { nodeById } from './graph-walk.ts';

/** Synchronous when the request already holds the node (the common case inside big answers). */
function requiredNode(ctx: ApiContext, id: string): GraphNode | Promise<GraphNode> {
  const known = ctx.loaders.knownNode(id);
  if (known) return known;
  if (known === null) throw danglingReference(id);
  return nodeById(ctx, id).then((node) => {
    if (!node) throw danglingReference(id);
    return node;
  });
}

export const countsByLabel = (m: Partial<Record<string, number>>) =>
  Object.entries(m)
    .filter(([, count]) => typeof count === 'number')
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => a.label.localeCompare(b.label));
export const countsByType = (m: Partial<Record<string, number>>) =>
  Object.entries(m)
    .filter(([, count]) => typeof count === 'number')
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => a.type.localeCompare(b.type));
const nameCounts = (m: Record<string, number>) =>
  Object.entries(m)
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));

/** Stats as the schema shapes them, tagged with the adapter that answered. */
export function statsPayload(stats: GraphStats, store: string) {
  return { ...stats, nodesByLabel: countsByLabel(stats.nodesByLabel), relationshipsByType: countsByType(stats.relationshipsByType), store };
}

export function reportPayload(report: BuildReport) {
  return {
    ...report,
    nodesByLabel: countsByLabel(report.nodesByLabel),
    relationshipsByType: countsByType(report.relationshipsByType),
    unmappedIndustries: nameCounts(report.unmappedIndustries ?? {}),
    unresolvedMentions: nameCounts(report.unresolvedMentions ?? {}),
    failures: report.failures ?? [],
  };
}

export function summaryOf(doc: DocumentRecord): DocumentSummary {
  const { text, headings: _headings, ...rest } = doc;
  return { ...rest, characters: text.length };
}

const documentFields = {
  subject: (d: { subject: string | null }, _: unknown, ctx: ApiContext) => nodeById(ctx, d.subject),
  program: (d: { program: string | null }, _: unknown, ctx: ApiContext) => nodeById(ctx, d.program),
};

export const recordResolvers = {
  Relationship: {
    start: (r: GraphRelationship, _: unknown, ctx: ApiContext) => requiredNode(ctx, r.start),
    end: (r: GraphRelationship, _: unknown, ctx: ApiContext) => requiredNode(ctx, r.end),
    properties: (r: GraphRelationship) => r.properties ?? {},
    role: (r: GraphRelationship) => (typeof r.properties?.role === 'string' ? r.properties.role : null),
    evidence: (r: GraphRelationship) => r.evidence ?? [],
  },
  Evidence: {
    document: (e: Evidence, _: unknown, ctx: ApiContext): DocumentSummary | Promise<DocumentSummary> => {
      const known = ctx.loaders.knownDocument(e.document);
      if (known) return known;
      if (known === null) throw danglingReference(e.document);
      return ctx.loaders.documentSummary.load(e.document).then((summary) => {
        if (!summary) throw danglingReference(e.document);
        return summary;
      });
    },
  },
  DocumentSummary: documentFields,
  Document: documentFields,
  NumericFact: {
    subject: (f: NumericFact, _: unknown, ctx: ApiContext) => requiredNode(ctx, f.subject),
    industry: (f: NumericFact, _: unknown, ctx: ApiContext) => nodeById(ctx, f.industry),
  },
};
