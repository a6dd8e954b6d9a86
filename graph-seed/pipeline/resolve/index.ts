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

/*
 * A notice of issue (X关于印发《Y》的通知) stays a program of its own, as the
 * annotation reads it: the notice carries the 文号 and is issued by X, and Y
 * is a second program (ANNOTATION.md, tests/gold/README.md "Titles are statements").
 */

/** `sentence`, when given, replaces the mention's sentence index (one copy of the mention instead of two). */
export function resolveMention(m: Mention, subject: ResolvedMention | null, sentence: number = m.sentence): ResolvedMention | null {
  if (m.anaphor || m.canonical === '') {
    if (!subject) return null;
    return {
      ...m,
      sentence,
      anaphor: true,
      label: subject.label,
      canonical: subject.canonical,
      properties: subject.properties ?? {},
      aliases: [],
      nodeId: subject.nodeId,
    };
  }
  return { ...m, sentence, nodeId: mentionNodeId(m) };
}

export function resolveSubject(subject: Mention | null): ResolvedMention | null {
  return subject ? { ...subject, anaphor: false, nodeId: mentionNodeId(subject) } : null;
}
