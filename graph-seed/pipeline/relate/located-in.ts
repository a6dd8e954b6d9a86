/**
 * LOCATED_IN: a zone in a region, or a park in a zone, when the sentence says
 * so or the text makes it plain:
 * - the name begins with a place the document also names on its own
 *   (十堰经济技术开发区 → 十堰市 when 十堰市 stands elsewhere in the text; a
 *   place met only inside names is part of those names, not a statement);
 * - 位于/地处/坐落于 a region or zone;
 * - a place right before a zone (十堰市的经开区), or a zone before a park with
 *   nothing or a dash between (东部产业新城——新经济产业园);
 * - a 片区 is part of its free-trade zone named in the same sentence;
 * - in a zone's own plan, a park named in a sentence that names no other zone lies in that zone.
 */
import type { Gazetteer } from '../../gazetteer/index.ts';
import { regionInside } from '../../gazetteer/place-mentions.ts';
import type { RelationCandidate, RelationContext, RelationRule, ResolvedMention, Sentence } from '../types.ts';

const STATED = /(位于|地处|坐落于|坐落在|地处于|设在|落户在|落户于)$/;
/** What may stand between a place and the zone it holds: nothing, 的, or 内/境内 phrasing. */
const ADJACENT_GAP = /^(的|境内的|辖区内的|内的)?$/;
/** A dash between two zones: A——B names B inside A. */
const DASH_GAP = /^[—–-]{1,2}$/;

export interface LocatedInOptions {
  /**
   * Place a zone in the region its name begins with even when the document
   * never names that region on its own (十堰经济技术开发区 → 十堰市 always).
   * Off by default: the annotation guidelines count a place seen only inside
   * a name as part of the name.
   */
  fromNameAlone?: boolean;
}

/** Region codes the document names on its own (not inside a zone's name), per document. */
const standaloneCache = new WeakMap<Map<number, ResolvedMention[]>, Set<string>>();
function standaloneRegions(context: RelationContext): Set<string> {
  let codes = standaloneCache.get(context.mentionsBySentence);
  if (!codes) {
    codes = new Set();
    for (const mentions of context.mentionsBySentence.values()) {
      for (const m of mentions) if (m.label === 'Region' && typeof m.properties?.['code'] === 'string') codes.add(m.properties['code']);
    }
    standaloneCache.set(context.mentionsBySentence, codes);
  }
  return codes;
}

function isZone(m: ResolvedMention): boolean {
  return m.label === 'Zone';
}

function isRegion(m: ResolvedMention): boolean {
  return m.label === 'Region' && m.properties?.['level'] !== 'cluster' && typeof m.properties?.['code'] === 'string';
}

function codeOf(m: ResolvedMention): string | null {
  const code = m.label === 'Region' ? m.properties?.['code'] : m.properties?.['regionCode'];
  return typeof code === 'string' ? code : null;
}

export function createLocatedInRule(g: Gazetteer, options: LocatedInOptions = {}): RelationRule {
  return {
    name: 'located-in',
    relate(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[] {
      const out: RelationCandidate[] = [];
      const seen = new Set<string>();
      const add = (start: ResolvedMention, end: ResolvedMention) => {
        if (start.nodeId === end.nodeId) return;
        // A zone already placed in a region by its own name need not be placed again in that region's ancestors.
        const own = codeOf(start);
        const target = codeOf(end);
        if (end.label === 'Region' && own && target && own !== target && g.within(own, target)) return;
        const key = `${start.nodeId}->${end.nodeId}`;
        if (seen.has(key)) return;
        seen.add(key);
        out.push({ type: 'LOCATED_IN', start, end, sentence: sentence.index });
      };
      const text = sentence.simplified;
      const sorted = [...mentions].sort((a, b) => a.start - b.start);

      for (const zone of sorted.filter(isZone)) {
        if (zone.anaphor) continue;
        // The place the name begins with, when the document also names it on its own.
        const code = codeOf(zone);
        const region = code ? g.region(code) : undefined;
        if (region && (options.fromNameAlone || standaloneRegions(context).has(region.code))) {
          add(zone, sorted.find((m) => isRegion(m) && codeOf(m) === code) ?? regionInside(g, zone, region));
        }
        // A 片区 belongs to its free-trade zone when the sentence names that zone too.
        const partOf = zone.properties?.['partOf'];
        const parent = typeof partOf === 'string' ? sorted.find((m) => isZone(m) && m.canonical === partOf && m !== zone) : undefined;
        if (parent) add(zone, parent);
      }

      for (let i = 0; i < sorted.length; i++) {
        const m = sorted[i]!;
        if (!isZone(m)) continue;
        // 位于 … : the first place after the verb, the most specific of a run (位于湖北省十堰市).
        for (let j = i + 1; j < sorted.length; j++) {
          const n = sorted[j]!;
          if (!STATED.test(text.slice(m.end, n.start).replace(/[，,\s]/g, ''))) continue;
          let k = j;
          while (k + 1 < sorted.length && sorted[k + 1]!.start === sorted[k]!.end && (isRegion(sorted[k + 1]!) || isZone(sorted[k + 1]!))) k++;
          const place = sorted[k]!;
          if (isRegion(place) || isZone(place)) add(m, place);
          break;
        }
        // A place right before the zone.
        const prev = sorted[i - 1];
        const gap = prev ? text.slice(prev.end, m.start) : '';
        if (prev && ADJACENT_GAP.test(gap)) {
          if (isRegion(prev)) add(m, prev);
          else if (isZone(prev) && m.properties?.['kind'] === 'park' && prev.properties?.['kind'] !== 'park') add(m, prev);
        } else if (prev && isZone(prev) && DASH_GAP.test(gap) && m.properties?.['kind'] === 'park') {
          add(m, prev);
        }
      }

      // Parks named in a zone's own plan lie in that zone, unless the sentence names another zone or a place elsewhere.
      const subject = context.subject;
      if (subject && subject.label === 'Zone' && subject.properties?.['kind'] !== 'park') {
        const otherZones = sorted.filter((m) => isZone(m) && m.nodeId !== subject.nodeId && m.properties?.['kind'] !== 'park');
        const subjectCode = codeOf(subject);
        if (otherZones.length === 0) {
          for (const park of sorted.filter((m) => isZone(m) && !m.anaphor && m.properties?.['kind'] === 'park')) {
            const parkCode = codeOf(park);
            if (parkCode && subjectCode && !g.within(parkCode, subjectCode) && !g.within(subjectCode, parkCode)) continue;
            if (out.some((c) => c.start === park && c.end.label === 'Zone')) continue;
            add(park, subject);
          }
        }
      }
      return out;
    },
  };
}
