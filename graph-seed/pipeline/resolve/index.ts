/**
 * Binds mentions to node ids. Ids come from canonical names (regions from
 * their GB/T 2260 code), so the same thing named in two documents, or in a
 * document ingested later, lands on the same node without a global pass.
 * Anaphors (本区, 开发区) become the document's subject, or nothing.
 */
import { nodeId } from '../../../shared/graph.ts';
import type { Mention, ResolvedMention } from '../types.ts';

export function mentionNodeId(m: Mention): string {
  const code = m.properties?.['code'];
  if (m.label === 'Region' && typeof code === 'string' && code !== '') return nodeId('Region', code);
  return nodeId(m.label, m.canonical);
}

/** 关于印发《X》的通知 is how X is issued: one document, one program, the notice's title an alias of X. */
const NOTICE_OF_ISSUE = /^(?:.*?)关于印发[《“]?(.+?)[》”]?的通知$/;
/** An issued title that opens with a generic zone word (开发区国民经济…纲要) names the subject zone's plan. */
const GENERIC_ZONE_PREFIX = /^(本?开发区|本?园区|本?高新区|本?经开区)/;

function programIssuedByNotice(m: Mention, subject: ResolvedMention | null): Mention {
  const issued = NOTICE_OF_ISSUE.exec(m.canonical)?.[1];
  if (!issued || issued.length < 4) return m;
  const canonical =
    subject?.label === 'Zone' && GENERIC_ZONE_PREFIX.test(issued)
      ? issued.replace(GENERIC_ZONE_PREFIX, subject.canonical)
      : issued;
  const properties = { ...(m.properties ?? {}), kind: 'plan' };
  return { ...m, canonical, aliases: [...(m.aliases ?? []), m.canonical], properties };
}

export function resolveMention(m: Mention, subject: ResolvedMention | null): ResolvedMention | null {
  if (m.anaphor || m.canonical === '') {
    if (!subject) return null;
    return {
      ...m,
      anaphor: true,
      label: subject.label,
      canonical: subject.canonical,
      properties: subject.properties ?? {},
      aliases: [],
      nodeId: subject.nodeId,
    };
  }
  const bound = m.label === 'Program' ? programIssuedByNotice(m, subject) : m;
  return { ...bound, nodeId: mentionNodeId(bound) };
}

export function resolveSubject(subject: Mention | null): ResolvedMention | null {
  return subject ? { ...subject, anaphor: false, nodeId: mentionNodeId(subject) } : null;
}
