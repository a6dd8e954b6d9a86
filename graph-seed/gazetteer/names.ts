/**
 * Short forms, pinyin and English names of regions. Short forms follow how
 * Chinese prose abbreviates a place: drop the administrative suffix (省, 市,
 * 自治区 with its ethnic qualifier, 自治州, 地区, 盟, 县, 区, 林区 …) when what
 * is left is at least two characters.
 */
import { toPinyin as toPinyinUncached } from '../../shared/chinese.ts';
import { DocumentMemo } from './document-memo.ts';
import type { RegionEntry } from './regions.ts';

/** Ethnic qualifiers that sit between a place name and 自治区/自治州/自治县 (恩施土家族苗族自治州, 新疆维吾尔自治区). */
const ETHNIC_NAMES = (
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 ' +
  '达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各'
).split(' ');
const ETHNIC_SUFFIXES = [...ETHNIC_NAMES.map((n) => `${n}族`), '维吾尔'].sort((a, b) => b.length - a.length);

function stripEthnic(stem: string): string {
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of ETHNIC_SUFFIXES) {
      if (stem.endsWith(e) && stem.length > e.length) {
        stem = stem.slice(0, -e.length);
        changed = true;
        break;
      }
    }
  }
  return stem;
}

const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '林区', '地区', '新区', '矿区', '特区', '省', '市', '盟', '县', '区', '旗'];

/** The bare place name: 湖北省 → 湖北, 恩施土家族苗族自治州 → 恩施, 神农架林区 → 神农架; null when nothing safe is left. */
export function regionStem(name: string): string | null {
  for (const suffix of SUFFIXES) {
    if (!name.endsWith(suffix) || name.length === suffix.length) continue;
    let stem = name.slice(0, -suffix.length);
    if (suffix.startsWith('自治')) stem = stripEthnic(stem);
    // 清新区 is 清新 + 区, not 清 + 新区: a too-short stem means another suffix reading.
    if (stem.length >= 2) return stem;
  }
  return null;
}

/** Place names and stems are romanised again in every sentence that names them. */
const pinyinOf = new DocumentMemo<string>(16384);

/** Toneless pinyin, space-separated syllables. */
export function toPinyin(text: string): string {
  return pinyinOf.get(text, toPinyinUncached);
}

/** "shi yan" → "Shiyan": romanised place names join their syllables. */
export function romanise(text: string): string {
  const joined = toPinyin(text).replace(/ /g, '');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** Conventional English spellings that differ from plain pinyin. */
const ENGLISH_EXCEPTIONS: Record<string, string> = {
  陕西: 'Shaanxi',
  内蒙古: 'Inner Mongolia',
  西藏: 'Tibet',
  香港: 'Hong Kong',
  澳门: 'Macao',
};

const PROVINCE_KIND: Array<[RegExp, string]> = [
  [/特别行政区$/, 'Special Administrative Region'],
  [/自治区$/, 'Autonomous Region'],
  [/省$/, 'Province'],
];

/** English name of a place stem: 十堰 → Shiyan, 陕西 → Shaanxi. */
export function stemEnglish(stem: string): string {
  return ENGLISH_EXCEPTIONS[stem] ?? romanise(stem);
}

export function regionEnglishName(region: RegionEntry): string {
  const stem = regionStem(region.name) ?? region.name;
  const base = stemEnglish(stem);
  if (region.level === 'province') {
    if (/^(北京|天津|上海|重庆)市$/.test(region.name)) return base;
    const kind = PROVINCE_KIND.find(([re]) => re.test(region.name))?.[1];
    return kind ? `${base} ${kind}` : base;
  }
  if (region.level === 'city') {
    if (/自治州$/.test(region.name)) return `${base} Autonomous Prefecture`;
    if (/地区$/.test(region.name)) return `${base} Prefecture`;
    if (/盟$/.test(region.name)) return `${base} League`;
    return base;
  }
  if (/自治县$/.test(region.name)) return `${base} Autonomous County`;
  if (/林区$/.test(region.name)) return `${base} Forestry District`;
  if (/县$/.test(region.name)) return `${base} County`;
  if (/旗$/.test(region.name)) return `${base} Banner`;
  if (/区$/.test(region.name)) return `${base} District`;
  return base; // county-level city: 仙桃市 → Xiantao
}
