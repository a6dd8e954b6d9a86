/**
 * Where a name's place prefix begins. Chinese has no spaces, so 湖北省人民政府
 * and 推进经开区管委会 differ only in what precedes the agency word; a prefix
 * is accepted only when it is made entirely of place words (gazetteer names
 * in full and short form, level characters, zone words), so the verb in
 * 推进经开区管委会 stops it.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);

interface AgencyLexicon {
  national: string[];
  agencies: string[];
  zoneStems: string[];
}

let lexicon: AgencyLexicon | null = null;
export function agencyLexicon(): AgencyLexicon {
  lexicon ??= parse(readFileSync(new URL('../../lexicon/agencies.yaml', import.meta.url), 'utf8')) as AgencyLexicon;
  return lexicon;
}

const LEVEL_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|县|区|盟|旗)$/;

let places: Set<string> | null = null;
let fullNames: Set<string> | null = null;
/** Every administrative name of China (GB/T 2260 via china-area-data), in full and without its level word. */
export function placeNames(): Set<string> {
  if (places) return places;
  const data = require('china-area-data/v5/data.json') as Record<string, Record<string, string>>;
  const names = new Set<string>();
  const full = new Set<string>();
  for (const children of Object.values(data)) {
    for (const name of Object.values(children)) {
      if (name.length < 2 || name === '市辖区' || name.startsWith('省直辖') || name.startsWith('自治区直辖')) continue;
      names.add(name);
      full.add(name);
      const short = name.replace(LEVEL_SUFFIX, '');
      if (short.length >= 2 && short !== name) names.add(short);
    }
  }
  places = names;
  fullNames = full;
  return names;
}

const LEVEL_CHARS = new Set(['省', '市', '区', '县', '州', '镇', '乡']);

/** Words a place prefix may be built from besides gazetteer names. */
const PREFIX_WORDS = [
  '中共',
  '经济技术开发区',
  '高新技术产业开发区',
  '新技术产业开发区',
  '新技术开发区',
  '经济开发区',
  '台商投资区',
  '综合保税区',
  '自由贸易试验区',
  '开发区',
  '高新区',
  '经开区',
  '新区',
  '片区',
  '自贸区',
  '保税区',
  '省',
  '市',
  '区',
  '县',
  '州',
  '镇',
  '乡',
];

let prefixTokens: string[] | null = null;
function tokens(): string[] {
  if (prefixTokens) return prefixTokens;
  const set = new Set<string>([...placeNames(), ...PREFIX_WORDS, ...agencyLexicon().zoneStems]);
  prefixTokens = [...set].sort((a, b) => b.length - a.length);
  return prefixTokens;
}

let byFirstChar: Map<string, string[]> | null = null;
function tokensStartingWith(c: string): string[] {
  if (!byFirstChar) {
    byFirstChar = new Map();
    for (const t of tokens()) {
      const list = byFirstChar.get(t[0]!) ?? [];
      list.push(t);
      byFirstChar.set(t[0]!, list);
    }
  }
  return byFirstChar.get(c) ?? [];
}

/**
 * The start of the longest run of place words ending exactly at `end`
 * (looking back at most `window` characters); `end` when there is none.
 */
export function placePrefixStart(text: string, end: number, window = 24): number {
  const from = Math.max(0, end - window);
  // reach[i]: text[i, end) splits into place words
  const reach = new Map<number, boolean>([[end, true]]);
  let best = end;
  for (let i = end - 1; i >= from; i--) {
    let ok = false;
    for (const t of tokensStartingWith(text[i]!)) {
      // a short name takes no level word of its own (会同 + 市 is not a city: 会同县 is a county)
      if (LEVEL_CHARS.has(text[i + t.length] ?? '') && i + t.length < end && placeNames().has(t) && !fullNames!.has(t)) continue;
      if (i + t.length <= end && reach.get(i + t.length) && text.startsWith(t, i)) {
        ok = true;
        break;
      }
    }
    reach.set(i, ok);
    if (ok) best = i;
  }
  return best;
}

/** Whether `name` begins with a gazetteer place name (武汉…, 湖北省…). */
export function startsWithPlace(name: string): boolean {
  for (let n = Math.min(name.length, 12); n >= 2; n--) if (placeNames().has(name.slice(0, n))) return true;
  return false;
}

/** Whether `name` begins with a full administrative name (南京市…, 湖北省…), not a short form that may be a word (新兴). */
export function startsWithFullPlace(name: string): boolean {
  placeNames();
  for (let n = Math.min(name.length, 12); n >= 2; n--) if (fullNames!.has(name.slice(0, n))) return true;
  return false;
}
