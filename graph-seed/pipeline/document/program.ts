/**
 * Each document is itself a Program (kind plan): the thing its 本纲要 /
 * 本规划 sentences speak for, what it cites, where it applies, who issued it.
 */
import { toSimplified } from '../../../shared/chinese.ts';
import type { Mention, ResolvedMention, SegmentedDocument } from '../types.ts';
import { mentionNodeId } from '../resolve/index.ts';

/** Title endings that make a line a program's title rather than a heading or a web page name. */
const PROGRAM_TITLE = /(规划|纲要|方案|意见|办法|通知|计划|条例|细则|决定|规定|措施|指南|行动|政策|建议|推进表|任务表|分工表|清单)$/;
/** A trailing note in brackets ((试行), (2023—2025年)) is part of the name but not what makes it a program's title. */
const TRAILING_NOTE = /[（(](试行|暂行|征求意见稿|修订|修订版|草案|\d{4}\s*[-—–~至]\s*\d{4}年?|\d{4}年?版?)[)）]$/;
/** A title that opens with a generic zone word means the subject zone: 开发区高质量发展实施方案. */
const GENERIC_ZONE_PREFIX = /^(本?开发区|本?园区|本?高新区|本?经开区|全区|我区|本区)/;
/** Web page titles carry a place in brackets: (武汉市)…; 《》 and spaces are not part of a name. */
const PAGE_DECORATION = /^[(（][^)）]{1,12}[)）]|^附件\s*\d*\s*[:：]|[《》]|\s+/g;
/** A compilation numbers its parts: …实施方案3. */
const ORDINAL = /\d+$/;

/**
 * The program's canonical name. A title that names no place (开发区高质量发展实施方案3)
 * is qualified by the subject, so two places' identically titled plans stay two programs;
 * without a subject the part's ordinal keeps them apart.
 */
export function programTitle(title: string, subject: ResolvedMention | null, titleNamesPlace = true): string | null {
  let name = toSimplified(title).replace(PAGE_DECORATION, '');
  const bare = name.replace(ORDINAL, '');
  if (!PROGRAM_TITLE.test(bare.replace(TRAILING_NOTE, '')) || bare.length < 4) return null;
  if (subject && !titleNamesPlace) {
    name = subject.label === 'Zone' && GENERIC_ZONE_PREFIX.test(bare)
      ? bare.replace(GENERIC_ZONE_PREFIX, subject.canonical)
      : `${subject.canonical}${bare}`;
  }
  return name;
}

function programKind(title: string): string {
  const name = title.replace(TRAILING_NOTE, '');
  if (/(意见|政策|措施|决定)$/.test(name)) return 'policy';
  if (/(办法|条例|细则|规定)$/.test(name)) return 'regulation';
  if (/(通知)$/.test(name)) return 'notice';
  if (/(指南)$/.test(name)) return 'guideline';
  if (/(行动|计划)$/.test(name)) return 'initiative';
  return 'plan';
}

/** Index of the first sentence whose simplified text contains `needle`, else 0. */
export function sentenceContaining(doc: SegmentedDocument, needle: string): number {
  if (needle) {
    const i = doc.sentences.findIndex((s) => s.simplified.includes(needle));
    if (i >= 0) return i;
  }
  return 0;
}

export function documentProgram(
  doc: SegmentedDocument,
  subject: ResolvedMention | null,
  titleNamesPlace = true,
): ResolvedMention | null {
  const name = programTitle(doc.metadata.title, subject, titleNamesPlace);
  if (!name || doc.sentences.length === 0) return null;
  const surface = toSimplified(doc.metadata.title).replace(PAGE_DECORATION, '');
  const sentence = sentenceContaining(doc, surface);
  const docNumber = doc.metadata.docNumber;
  const mention: Mention = {
    label: 'Program',
    canonical: name,
    surface,
    originalSurface: doc.metadata.title.trim(),
    start: 0,
    end: 0,
    sentence,
    aliases: docNumber ? [docNumber] : [],
    properties: {
      kind: programKind(name),
      docNumber: docNumber,
      issuedOn: doc.metadata.issuedOn,
      documentId: doc.document.id,
    },
  };
  return { ...mention, nodeId: mentionNodeId(mention) };
}

/** The issuing body named in the document's metadata, as an Organization mention on the line that names it. */
export function documentIssuer(doc: SegmentedDocument): ResolvedMention | null {
  const issuer = doc.metadata.issuer;
  if (!issuer) return null;
  const name = toSimplified(issuer).trim();
  if (name.length < 2) return null;
  const mention: Mention = {
    label: 'Organization',
    canonical: name,
    surface: name,
    originalSurface: issuer,
    start: 0,
    end: 0,
    sentence: sentenceContaining(doc, name),
  };
  return { ...mention, nodeId: mentionNodeId(mention) };
}
