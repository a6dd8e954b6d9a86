/**
 * ISSUED_BY: Program → Organization.
 *   《A》由湖北省人民政府印发                  the 由 form
 *   国务院印发《A》 / 省政府关于印发《A》的通知   the issuer before the verb
 *   市委、市政府《A》 / 省委、省政府以《A》为…    issuers standing right before the title (the first of a list only)
 *   《国务院关于…的若干意见》                   the issuers a title opens with (…关于)
 *   湖北省人民政府关于印发湖北省…规划的通知      an unbracketed notice line naming the document
 *   《A》依据《B》制定，由X印发                  the program a sentence opens with, issued further on
 * The document program's metadata issuer is linked by the orchestrator.
 */
import type { Recogniser, RelationCandidate, RelationContext, RelationRule, ResolvedMention, Sentence } from '../types.ts';
import { documentIssuer } from '../document/program.ts';
import { organizationRecogniser } from '../recognise/organization.ts';
import { byLabel, candidate, mentionsWithin, titleSpan } from './program-links.ts';

const ISSUE_VERB = '(印发|发布|制定|出台|颁布|编制|下发|公布|审议通过|联合印发)';
/** Nothing but an issuing verb between issuer and title (compiled once). */
const ISSUE_VERB_ONLY = new RegExp(`^(关于)?${ISSUE_VERB}$`);
const BY_FORM = new RegExp(`^[^，。；]{0,4}由$`);
/** After the issuers: the verb, maybe after a date (由X于2022年12月印发). */
const AFTER_BY = new RegExp(`^(、|和|及|与|会同|联合)?(?:[^，。；]{0,4}?|于[0-9０-９一二三四五六七八九十〇零年月日]{2,12})${ISSUE_VERB}`);
/** 国务院印发《A》, 省政府关于印发《A》, 市委、市政府《A》, 省委、省政府以《A》为…: only the issuer's own words between. */
const BEFORE_TITLE = new RegExp(`^(于[0-9０-９一二三四五六七八九十〇零年月日]{2,12})?(关于)?${ISSUE_VERB}?[了的]?[「]?$|^以[「]?$`);
/** Between issuers: separators, or the brackets of a second name (中共武汉经济技术开发区工委(汉南区委)). */
/** How far into a document its cover notice may stand. */
const COVER_SENTENCES = 6;
const ISSUER_LIST_GAP = /^[、和及与\s()（）]*$/;

function issuersOpeningTitle(sentence: Sentence, program: ResolvedMention, context: RelationContext, orgs: Recogniser): ResolvedMention[] {
  // a cover notice line (湖北省人民政府关于印发…的通知) opens with its issuers as a title does
  const span = titleSpan(sentence, program) ?? (program.properties?.['kind'] === 'notice' ? { start: program.start, end: program.end } : null);
  if (!span) return [];
  return issuersBeforeAbout(sentence, span, context, orgs);
}

/** The organizations that fill a title from its start up to its 关于 (中共湖北省委、湖北省人民政府关于…), else none. */
function issuersBeforeAbout(sentence: Sentence, span: { start: number; end: number }, context: RelationContext, orgs: Recogniser): ResolvedMention[] {
  const title = sentence.simplified.slice(span.start, span.end);
  const about = title.indexOf('关于');
  if (about <= 0) return [];
  const found = mentionsWithin(orgs, sentence, context, span.start, span.start + about);
  // every character before 关于 must belong to the issuers (中共湖北省委、湖北省人民政府关于…)
  let cursor = span.start;
  for (const o of found) {
    if (!ISSUER_LIST_GAP.test(sentence.simplified.slice(cursor, o.start))) return [];
    cursor = o.end;
  }
  return found.length > 0 && ISSUER_LIST_GAP.test(sentence.simplified.slice(cursor, span.start + about)) ? found : [];
}

/** The body of an announcement's header line (宜蘭縣政府 公告), when the document opens with one. */
function announcementIssuer(context: RelationContext): ResolvedMention | null {
  const first = context.document.sentences[0];
  if (!first || !/^\s*\S+\s*公告\s*$/.test(first.simplified)) return null;
  const orgs = byLabel(context.mentionsBySentence.get(0) ?? [], 'Organization');
  const org = orgs[0];
  return org && first.simplified.slice(0, org.start).trim() === '' && /^\s*公告\s*$/.test(first.simplified.slice(org.end)) ? org : null;
}

export function createIssuedByRule(orgs: Recogniser = organizationRecogniser): RelationRule {
  return {
    name: 'issued-by',
    relate(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[] {
      const text = sentence.simplified;
      const programs = byLabel(mentions, 'Program');
      const organizations = byLabel(mentions, 'Organization').sort((a, b) => a.start - b.start);
      const out: RelationCandidate[] = [];
      const add = (p: ResolvedMention, o: ResolvedMention) => {
        if (!out.some((c) => c.start.nodeId === p.nodeId && c.end.nodeId === o.nodeId)) out.push(candidate('ISSUED_BY', p, o, sentence));
      };
      const ordered = [...programs].sort((a, b) => a.start - b.start);
      for (const p of ordered) {
        // 《A》由X(、Y)印发
        const by = organizations.filter((o) => o.start >= p.end);
        if (by.length > 0 && BY_FORM.test(text.slice(p.end, by[0]!.start))) {
          let last = by[0]!;
          const group = [last];
          for (const o of by.slice(1)) {
            if (!ISSUER_LIST_GAP.test(text.slice(last.end, o.start))) break;
            group.push(o);
            last = o;
          }
          if (AFTER_BY.test(text.slice(last.end))) for (const o of group) add(p, o);
        }
        // X(、Y)(关于)印发《A》 / X、Y《A》
        const before = organizations.filter((o) => o.end <= p.start).reverse();
        if (before.length > 0 && BEFORE_TITLE.test(text.slice(before[0]!.end, p.start))) {
          let first = before[0]!;
          const group = [first];
          for (const o of before.slice(1)) {
            if (!ISSUER_LIST_GAP.test(text.slice(o.end, first.start))) break;
            group.push(o);
            first = o;
          }
          for (const o of group) add(p, o);
        }
        for (const o of issuersOpeningTitle(sentence, p, context, orgs)) add(p, o);
        // a cover notice is signed by the document's issuer (the 落款 under it)
        if (p.properties?.['kind'] === 'notice' && sentence.index <= COVER_SENTENCES) {
          const issuer = documentIssuer(context.document);
          if (issuer && orgs.recognise({ ...sentence, simplified: issuer.canonical, simplifiedStart: 0 }, { document: context.document, subject: null }).some((o) => o.canonical === issuer.canonical || o.end === issuer.canonical.length)) add(p, issuer);
        }
      }
      // 《A》依据《B》制定，由X印发: the program the sentence opens with, issued by the 由 clause further on
      const opening = ordered[0];
      if (opening && opening.start <= 2) {
        for (const o of organizations) {
          if (o.start <= opening.end || !/由$/.test(text.slice(0, o.start)) || /[。；]/.test(text.slice(opening.end, o.start))) continue;
          // the 由 clause belongs to the nearest program before it when one stands right there (《B》由Y印发)
          const nearest = ordered.filter((p) => p.end <= o.start).pop();
          if (nearest && nearest !== opening && BY_FORM.test(text.slice(nearest.end, o.start))) continue;
          let last = o;
          const group = [o];
          for (const next of organizations.filter((n) => n.start > o.end)) {
            if (!ISSUER_LIST_GAP.test(text.slice(last.end, next.start))) break;
            group.push(next);
            last = next;
          }
          if (AFTER_BY.test(text.slice(last.end))) for (const g of group) add(opening, g);
        }
      }
      // a Taiwan announcement (經濟部 公告 / 發文字號：… / 主旨：公告「P」): its number and what it announces are the header body's
      const header = announcementIssuer(context);
      if (header && sentence.index > 0 && sentence.index <= COVER_SENTENCES) {
        for (const p of programs) {
          const numbered = p.properties?.['docNumber'] !== undefined && /(发文字号|字号|文号)[:：]\s*$/.test(text.slice(0, p.start));
          const announced = /^主旨[:：]\s*公告(修正|订定|修订|废止)?[「《]?$/.test(text.slice(0, p.start));
          if (numbered || announced) add(p, header);
        }
      }
      // the document's own title line opening with its issuers (榆林市人民政府关于公布…的通知, not only 关于印发)
      const own = context.documentProgram;
      if (own && sentence.index === own.sentence && text.trim() === own.surface.trim()) {
        for (const o of issuersBeforeAbout(sentence, { start: text.indexOf(text.trim()), end: text.length }, context, orgs)) add(own, o);
      }
      // 湖北省人民政府关于印发湖北省县域经济发展“十四五”规划的通知 (no brackets)
      if (own && own.canonical.length >= 4) {
        const at = text.indexOf(own.canonical);
        if (at > 0) {
          const inNotices = programs.filter((p) => p.properties?.['kind'] === 'notice').flatMap((p) => issuersOpeningTitle(sentence, p, context, orgs));
          const issuer = [...organizations, ...inNotices].sort((a, b) => a.start - b.start).filter((o) => o.end <= at).pop();
          if (issuer && ISSUE_VERB_ONLY.test(text.slice(issuer.end, at))) add(own, issuer);
        }
      }
      return out;
    },
  };
}

export const issuedByRule: RelationRule = createIssuedByRule();
