/**
 * TARGETS: Program → Industry it aims at.
 *   《武汉市汽车产业发展规划》        the industries a program's title or name carries
 *   数字经济“573”工程                 (千辆燃料电池汽车示范工程 → 燃料电池汽车)
 *   实施P,谋划布局I1、I2              the clause right after a campaign
 *   the document's own title          (…新能源汽车产业发展规划 on its title line)
 *   goal sentences of the document    (发展目标 / 总体要求 / 本规划… sentences that
 *                                     develop industries) → the document program
 */
import { toSimplified } from '../../../shared/chinese.ts';
import { loadTaxonomy } from '../../taxonomy/index.ts';
import { createIndustryRecogniser } from '../recognise/industry.ts';
import type { Recogniser, RelationCandidate, RelationContext, RelationRule, ResolvedMention, Sentence } from '../types.ts';
import { PLAN_SPEAKING, byLabel, candidate, isDocumentKind, mentionsWithin, titleSpan } from './program-links.ts';

const GOAL_SECTION = /(发展目标|总体目标|主要目标|目标定位|发展定位|总体要求|指导思想|战略定位|功能定位|产业定位|总体思路)/;
const ZONE_AFTER = /^(产业)?(开发区|园区|产业园|工业园|集聚区|示范区|基地|新区|新城)/;
/** Tiers of industries rather than industries (未来产业孵化与加速计划 aims at what it lists, not at 未来产业). */
const TIER = /^(未来产业|战略性新兴产业|新兴产业|主导产业|支柱产业|优势产业|特色产业|首位产业|传统产业)$/;
/** A clause that opens by laying out industries. */
const FOLLOW_UP = /^(谋划|前瞻|重点|加快|着力|大力|积极|规划|计划|预计)?(布局|发展|培育|聚焦|打造|壮大|支持|扶持|引进|推动|促进|围绕|做强|做大)/;
const AIM_VERB = /(发展|打造|培育|建设|壮大|做强|做大|聚焦|突出|重点|形成|建成)/;

/** A clause launching campaigns (实施P, 组织实施P, 开展P). */
const LAUNCH = /^(?:[\u3400-\u9fff]{0,6}?)(?:实施|开展|推行|组织实施|启动|推进|推动|建立|健全|完善|构建|实行|落实|出台|制定)(?:[\u3400-\u9fff“”"]*[、和及与])?$/;
/** A clause saying what follows is about some industries (围绕A、B等重点产业链). */
const ABOUT = /^(?:[\u3400-\u9fff]{0,4}?)(?:围绕|聚焦|针对|瞄准|紧扣|面向)/;

/**
 * The comma ending the list of campaigns `p` stands in (实施“揭榜挂帅”行动和“链长制”，…),
 * or null when something else follows it.
 */
function programsUpToComma(text: string, p: ResolvedMention, programs: ResolvedMention[]): number | null {
  let end = p.end;
  for (;;) {
    if (/^[”"]?[，,]/.test(text.slice(end))) return end + (text[end] === '”' || text[end] === '"' ? 1 : 0);
    const next = programs.filter((q) => q.start >= end).sort((a, b) => a.start - b.start)[0];
    if (!next || !/^[”"]?[、和及与][“"]?$/.test(text.slice(end, next.start))) return null;
    end = next.end;
  }
}

/** 方案提出，… / 措施明确… : what the program (of that kind) says it aims at. */
const PROGRAM_SAYS = /(方案|规划|纲要|措施|政策|意见|计划|计画|办法|细则)(?:提出|明确|要求|指出|强调|规定)/;

/** Right after a program named as the subject: 《…方案》聚焦A、B / 「…计划」规划引进A. */
const PROGRAM_AIMS_AFTER = /^(?:[》」”"）)]*)(?:[（(][^）)]*[）)])?(?:重点|主要|明确|提出|将|还)?(?:聚焦|围绕|支持|扶持|针对|瞄准|覆盖|涵盖|引进|规划引进|鼓励)/;

/** A policy's own articles: whom it pays or admits (适用于…产业项目, 对…项目给予补助). */
const POLICY_KIND = /(?:政策|措施|办法|细则|意见|规定|条例)(?:[（(][^）)]*[）)])?$/;
const POLICY_ARTICLE = /适用于|支持|扶持|补助|补贴|奖励|给予|资助|贴息/;

/** Tables of tasks or chains whose rows are what the table aims at. */
const TABLE_KIND = /(?:分工表|推进表|任务表|清单|台账|一览表)$/;

/** The latest program named up to this sentence whose name ends in `kind` (措施 → …若干措施), else the document's own. */
function programOfKind(kind: string, sentence: Sentence, context: RelationContext): ResolvedMention | null {
  const simplifiedKind = kind === '计画' ? '计划' : kind;
  for (let i = sentence.index; i >= 0 && i >= sentence.index - 5; i--) {
    const text = context.document.sentences[i]?.simplified ?? '';
    // 《A方案》依据《B方案》制定: A is the one that goes on speaking, not what it cites.
    const ps = (context.mentionsBySentence.get(i) ?? [])
      .filter((m) => m.label === 'Program' && m.canonical.replace(/[（(][^）)]*[）)]$/, '').replace(/[》」”"]+$/, '').endsWith(simplifiedKind))
      .filter((m) => !/(?:根据|依据|按照|贯彻|落实|对照|参照)[《「“"]?$/.test(text.slice(Math.max(0, m.start - 4), m.start)))
      .sort((a, b) => a.start - b.start);
    if (ps[0]) return ps[0];
  }
  const own = context.documentProgram;
  return own && own.canonical.includes(simplifiedKind) ? own : null;
}

/** A clause that goes on to say what a plan brings in or grows (，并引进A、B等产业 / ，重点投向A和B). */
const AIM_CLAUSE = /^(?:[“"]?)(?:将|并|还|同时|也|再|主要|重点|积极|大力|加快|优先|规划|协助[^，,]{0,8}?|推动[^，,]{0,8}?)*(?:引进|导入|引入|招引|聚焦|发展|培育|投向|扶持|支持|打造|布局|壮大|推动)/;
/** Before a program that is only cited (根据《…》): it does not speak in this sentence. */
const CITED_BEFORE = /(?:根据|依据|按照|贯彻|落实|对照|参照|依托|对接|融入|服务|借鉴)/;
/** A program the sentence speaks of by its kind word: 本计划聚焦… / 计划期程为…，将推动… (sentence-initial). */
const KIND_WORD = /(?:^|[，,。；;])(?:本|该)(计划|计画|规划|方案|措施|政策|办法|工程|行动)|^(计划|计画|方案)(?!建设|面积|总|投资|用地)/;

/**
 * 「桃园航空城计划」以…为核心，规划…，引进A、B等产业 / 规划「P」，扩大…，引进A、B /
 * 本计划聚焦A、B…，并于…引进C: a plan the sentence is about aims at what the clauses
 * after it bring in or grow, up to a clause opened by some other subject.
 */
function aimedInSentence(text: string, at: number, mentions: ResolvedMention[], industriesHere: ResolvedMention[]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  const breaks = [...text.matchAll(/[，,；;。]/g)].map((m) => m.index).filter((i) => i >= at);
  let from = breaks[0] ?? text.length;
  // Its own clause: what follows the plan there (本计划聚焦A、B).
  const own = text.slice(at, from);
  if (AIM_CLAUSE.test(own.replace(/^[》」”"）)]*(?:[（(][^）)]*[）)])?(?:本|该)?(?:计划|计画|规划|方案|措施|政策|办法|工程|行动)?/, ''))) {
    for (const i of industriesHere) if (i.start >= at && i.end <= from) out.push(i);
  }
  for (let k = 0; k < breaks.length && text[breaks[k]!] !== '。'; k++) {
    const start = breaks[k]! + 1;
    const end = breaks[k + 1] ?? text.length;
    const clause = text.slice(start, end);
    // A clause opened by a named place, company or other program has its own subject.
    if (mentions.some((m) => m.start === start && m.label !== 'Industry')) break;
    if (AIM_CLAUSE.test(clause)) for (const i of industriesHere) if (i.start >= start && i.end <= end) out.push(i);
    from = end;
  }
  return out;
}

export function createTargetsRule(industryRecogniser?: Recogniser): RelationRule {
  let industries = industryRecogniser ?? null;
  const recogniser = () => (industries ??= createIndustryRecogniser(loadTaxonomy()));
  return {
    name: 'targets',
    relate(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[] {
      const text = sentence.simplified;
      const out: RelationCandidate[] = [];
      const add = (p: ResolvedMention, i: ResolvedMention) => {
        if (i.label === 'Industry' && !out.some((c) => c.start.nodeId === p.nodeId && c.end.nodeId === i.nodeId)) out.push(candidate('TARGETS', p, i, sentence));
      };
      const industriesHere = byLabel(mentions, 'Industry').sort((a, b) => a.start - b.start);
      for (const p of byLabel(mentions, 'Program')) {
        // the industries its own name carries: 《武汉市汽车产业发展规划》, 数字经济“573”工程, 千辆燃料电池汽车示范工程
        const span = titleSpan(sentence, p) ?? { start: p.start, end: p.end };
        const inName = mentionsWithin(recogniser(), sentence, context, span.start, span.end);
        // a quoted part is read on its own too (“光伏+”规模应用示范工程)
        const quote = /[“"]([^”"+＋]+)[+＋]?[”"]/.exec(text.slice(span.start, span.end));
        if (quote) inName.push(...mentionsWithin(recogniser(), sentence, context, span.start + quote.index + 1, span.start + quote.index + 1 + quote[1]!.length));
        for (const i of inName) {
          // 高新技术产业开发区 names a kind of zone, not an industry the program aims at; 未来产业 is a tier, not a target
          if (!ZONE_AFTER.test(text.slice(i.end, span.end)) && !TIER.test(i.canonical)) add(p, i);
        }
        if (titleSpan(sentence, p) || isDocumentKind(p)) continue;
        // 围绕A、B等重点产业链，实施P: the industries the clause before a campaign is about.
        const ownClauseStart = Math.max(0, ...[...text.slice(0, p.start).matchAll(/[，,。；;]/g)].map((m) => m.index + 1));
        if (LAUNCH.test(text.slice(ownClauseStart, p.start))) {
          const prevStart = Math.max(0, ...[...text.slice(0, Math.max(0, ownClauseStart - 1)).matchAll(/[，,。；;]/g)].map((m) => m.index + 1));
          if (ownClauseStart > 0 && /^[，,]$/.test(text[ownClauseStart - 1]!) && ABOUT.test(text.slice(prevStart, ownClauseStart - 1))) {
            for (const i of industriesHere) if (i.start >= prevStart && i.end < ownClauseStart && !TIER.test(i.canonical)) add(p, i);
          }
        }
        // 组织实施未来产业孵化与加速计划,谋划布局基因和生物育种、量子科技…: the clause right after a campaign says what it grows
        // (实施P1和P2，加快发展…: each campaign of the list before the comma).
        const listed = programsUpToComma(text, p, byLabel(mentions, 'Program'));
        if (!listed) continue;
        const next = text.slice(listed + 1);
        const clauseEnd = next.search(/[，,。；;]/);
        const clause = clauseEnd < 0 ? next : next.slice(0, clauseEnd);
        if (!FOLLOW_UP.test(clause)) continue;
        for (const i of industriesHere) if (i.start > listed && i.end <= listed + 1 + clause.length) add(p, i);
      }
      // 方案提出，以…为核心承载区，聚焦A、B: the program that speaks aims at what it names after.
      const says = PROGRAM_SAYS.exec(text);
      if (says) {
        const p = programOfKind(says[1]!, sentence, context);
        if (p) for (const i of industriesHere) if (i.start > says.index && !TIER.test(i.canonical)) add(p, i);
      }
      // 《…培育方案》聚焦A、B和C三大产业: a program as the subject of an aiming verb.
      for (const p of byLabel(mentions, 'Program')) {
        if (!PROGRAM_AIMS_AFTER.test(text.slice(p.end))) continue;
        const end = text.slice(p.end).search(/[。；;]/);
        const stop = end < 0 ? text.length : p.end + end;
        for (const i of industriesHere) if (i.start >= p.end && i.end <= stop && !TIER.test(i.canonical)) add(p, i);
      }
      // A plan this sentence is about: named (not merely cited) outside a title line, or called by its kind word.
      for (const p of byLabel(mentions, 'Program')) {
        if (sentence.kind === 'heading' || CITED_BEFORE.test(text.slice(Math.max(0, ...[...text.slice(0, p.start).matchAll(/[，,。；;]/g)].map((m) => m.index + 1)), p.start))) continue;
        if (context.documentProgram && sentence.index === context.documentProgram.sentence) continue;
        for (const i of aimedInSentence(text, p.end, mentions, industriesHere)) if (!TIER.test(i.canonical)) add(p, i);
      }
      const kindWord = KIND_WORD.exec(text);
      if (kindWord && sentence.kind !== 'heading') {
        const p = programOfKind((kindWord[1] ?? kindWord[2])!, sentence, context);
        if (p) for (const i of aimedInSentence(text, kindWord.index + kindWord[0].length, mentions, industriesHere)) if (!TIER.test(i.canonical)) add(p, i);
      }
      const own = context.documentProgram;
      // A policy's articles (适用于A、B等产业项目; 对…X项目给予补助) and a task table's rows aim at the industries they name.
      const policy = own && POLICY_KIND.test(own.canonical) ? own : says && /政策|措施|办法/.test(says[1]!) ? programOfKind(says[1]!, sentence, context) : null;
      if (policy && sentence.index !== policy.sentence && sentence.kind !== 'heading' && POLICY_ARTICLE.test(text)) {
        for (const i of industriesHere) if (!TIER.test(i.canonical)) add(policy, i);
      }
      if (own && TABLE_KIND.test(own.canonical.replace(/[（(][^）)]*[）)]$/, '')) && sentence.index !== own.sentence) {
        for (const i of industriesHere) if (!TIER.test(i.canonical)) add(own, i);
      }
      if (!own) return out;
      if (sentence.index === own.sentence) {
        const at = text.indexOf(own.surface);
        if (at >= 0) for (const i of mentionsWithin(recogniser(), sentence, context, at, at + own.surface.length)) add(own, i);
      }
      const section = sentence.section.slice(-2).map((h) => toSimplified(h)).join(' ');
      const goal = GOAL_SECTION.test(section) || PLAN_SPEAKING.test(text);
      if (goal && AIM_VERB.test(text)) for (const i of byLabel(mentions, 'Industry')) add(own, i);
      return out;
    },
  };
}

export const targetsRule: RelationRule = createTargetsRule();
