/** The build report: what went in, what came out, and what the pipeline could not place. */
import type { BuildReport, DocumentStats, GraphData } from '../../shared/graph.ts';
import type { DocumentContribution } from '../../shared/contribution.ts';
import type { ExtractFailure } from './types.ts';

export class ReportCollector {
  private readonly documents: DocumentStats[] = [];
  private readonly unmapped = new Map<string, number>();
  private readonly unresolved = new Map<string, number>();
  readonly failures: ExtractFailure[] = [];

  addDocument(contribution: DocumentContribution, sentences: number, unmapped: Map<string, number>, unresolved: Map<string, number>): void {
    const stated = contribution.relationships.filter((r) => r.type !== 'MENTIONS' && r.evidence.length > 0);
    this.documents.push({
      document: contribution.document.id,
      characters: contribution.document.text.length,
      sentences,
      entities: contribution.nodes.filter((n) => n.documents.includes(contribution.document.id) && n.label !== 'Document').length,
      relationships: stated.length,
      facts: contribution.facts.length,
    });
    for (const [k, v] of unmapped) this.unmapped.set(k, (this.unmapped.get(k) ?? 0) + v);
    for (const [k, v] of unresolved) this.unresolved.set(k, (this.unresolved.get(k) ?? 0) + v);
  }

  addFailure(failure: ExtractFailure): void {
    this.failures.push(failure);
  }

  build(graph: Pick<GraphData, 'nodes' | 'relationships' | 'facts'>, taxonomyVersion: string): BuildReport {
    const nodesByLabel: BuildReport['nodesByLabel'] = {};
    for (const n of graph.nodes) nodesByLabel[n.label] = (nodesByLabel[n.label] ?? 0) + 1;
    const relationshipsByType: BuildReport['relationshipsByType'] = {};
    for (const r of graph.relationships) relationshipsByType[r.type] = (relationshipsByType[r.type] ?? 0) + 1;
    const sorted = (m: Map<string, number>) =>
      Object.fromEntries([...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
    return {
      builtAt: new Date().toISOString(),
      taxonomyVersion,
      documents: [...this.documents].sort((a, b) => (a.document < b.document ? -1 : 1)),
      nodesByLabel,
      relationshipsByType,
      facts: graph.facts.length,
      unmappedIndustries: sorted(this.unmapped),
      unresolvedMentions: sorted(this.unresolved),
      failures: this.failures.map((f) => ({ file: f.file, reason: `${f.reason}: ${f.message}` })),
    };
  }
}

export function formatReport(report: BuildReport): string {
  const lines: string[] = [];
  const table = (rows: Array<[string, number]>) => rows.map(([k, v]) => `  ${k.padEnd(18)} ${String(v).padStart(7)}`);
  lines.push(`zonegraph build report (${report.builtAt}, taxonomy ${report.taxonomyVersion})`);
  lines.push('Nodes by label:', ...table(Object.entries(report.nodesByLabel) as Array<[string, number]>));
  lines.push('Relationships by type:', ...table(Object.entries(report.relationshipsByType) as Array<[string, number]>));
  lines.push(`Numeric facts: ${report.facts}`);
  lines.push('Documents:');
  for (const d of report.documents) {
    lines.push(
      `  ${d.document}: ${d.characters} chars, ${d.sentences} sentences, ${d.entities} entities, ${d.relationships} relationships, ${d.facts} facts`,
    );
  }
  const top = (m: Record<string, number>) =>
    Object.entries(m)
      .slice(0, 15)
      .map(([k, v]) => `${k}×${v}`)
      .join(', ');
  const unmapped = Object.keys(report.unmappedIndustries).length;
  lines.push(`Unmapped industries: ${unmapped}${unmapped ? ` (${top(report.unmappedIndustries)}${unmapped > 15 ? ', …' : ''})` : ''}`);
  const unresolved = Object.keys(report.unresolvedMentions).length;
  lines.push(`Unresolved mentions: ${unresolved}${unresolved ? ` (${top(report.unresolvedMentions)})` : ''}`);
  lines.push(`Failures: ${report.failures.length}`);
  for (const f of report.failures) lines.push(`  ${f.file}: ${f.reason}`);
  return lines.join('\n');
}
