/**
 * Surface normalisation of industry phrases. Plans wrap the same industry in
 * scale words (千亿级), tier words (优势), and trailing heads (产业集群, 产业链,
 * 行业, 基地, 制造); these helpers peel them off so a phrase can be looked up.
 */

/** Trailing heads a plan puts after an industry name; longest first. */
export const INDUSTRY_SUFFIXES = [
  '全产业链',
  '产业集群',
  '产业链条',
  '产业链',
  '产业基地',
  '制造基地',
  '产业',
  '集群',
  '行业',
  '领域',
  '板块',
  '基地',
  '经济',
] as const;

/** Annotation rule: an industry is written without these unless part of the name. */
export const ANNOTATION_SUFFIXES = /(?:全产业链|产业集群|产业链条|产业链|产业)$/;

/** Scale / quality prefixes: 千亿级, 五百亿级, 世界级, 全国领先的, 有全球影响力的 … */
const SCALE_PREFIX = /^(?:[一二两三四五六七八九十百千万亿\d]+(?:亿|万)?级|世界级|国际级|国家级|省级|全国|全省|全球)+(?:的)?/;
/** An attributive clause ending in 的 (全国领先的, 有全球影响力的). */
const ATTRIBUTIVE_PREFIX = /^[^的]{1,12}的/;

/** How many leading characters of a phrase are scale or attributive words (千亿级, 世界级, 全国领先的). */
export function prefixLength(phrase: string): number {
  let p = phrase;
  for (const prefix of [ATTRIBUTIVE_PREFIX, SCALE_PREFIX]) {
    const stripped = p.replace(prefix, '');
    if (stripped.length >= 2 || stripped.length === 0) p = stripped;
  }
  return phrase.length - p.length;
}

/** 及/和/与/、/以及 make no difference to which industry is meant. */
export function conjunctionKey(phrase: string): string {
  return phrase.replace(/以及|及|和|与|、|暨/g, '和');
}

/**
 * Progressively normalised forms of a phrase, most specific first, for
 * taxonomy lookup. The input is not included.
 */
export function normaliseIndustryPhrase(phrase: string): string[] {
  const forms: string[] = [];
  const push = (f: string) => {
    if (f && f.length >= 2 && !forms.includes(f) && f !== phrase) forms.push(f);
  };
  let p = phrase.trim();
  for (const prefix of [ATTRIBUTIVE_PREFIX, SCALE_PREFIX]) {
    const stripped = p.replace(prefix, '');
    if (stripped.length >= 2) p = stripped;
  }
  push(p);
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of INDUSTRY_SUFFIXES) {
      if (p.endsWith(s) && p.length - s.length >= 2) {
        p = p.slice(0, -s.length);
        push(p);
        changed = true;
        break;
      }
    }
  }
  for (const tail of ['制造业', '制造', '服务业', '服务', '业']) {
    if (p.endsWith(tail) && p.length - tail.length >= 2) push(p.slice(0, -tail.length));
  }
  return forms;
}

/** The annotation name of an off-taxonomy industry phrase: no trailing 产业/产业集群/产业链. */
export function canonicalUnmapped(phrase: string): string {
  let p = phrase.trim();
  while (ANNOTATION_SUFFIXES.test(p) && p.replace(ANNOTATION_SUFFIXES, '').length >= 2) p = p.replace(ANNOTATION_SUFFIXES, '');
  // 金属制品制造业 (a statistical class named by its product): the 业 is the same trailing
  // "industry" as 产业. 先进制造业 / 智能制造业 name a kind of manufacturing and keep it.
  if (/制造业$/.test(p) && p.length >= 5 && !/^(?:先进|高端|智能|智慧|现代|绿色|传统|新兴|优势|装备|服务型|数字|未来|特色)/.test(p)) p = p.slice(0, -1);
  return p;
}
