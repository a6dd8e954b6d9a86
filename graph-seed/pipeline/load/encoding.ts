/**
 * Decides how a file's bytes are encoded and decodes them: BOM first, then
 * strict UTF-8, then the legacy Chinese encodings (GB18030 ⊃ GBK ⊃ GB2312, and
 * Big5), judged by chardet's guess and by which decoding reads as Chinese.
 */
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { toSimplified } from '../../../shared/chinese.ts';

export interface Decoded {
  /** "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE (BOM)", "UTF-16LE", "GB18030", "Big5". */
  encoding: string;
  text: string;
}

/**
 * The 400 most frequent characters of mainland Chinese (by word frequency in
 * jieba's dictionary). Traditional text is scored after conversion to
 * Simplified, so one set serves both scripts. Mis-decoded bytes land on rare
 * characters, so the share of these tells a right decoding from a wrong one.
 */
const COMMON_CHARACTERS = new Set(
  '一是人了不在有大中国和为这上他个地年来我会以到时要出的生学说道民家子也成行下们于后就发自之对得主长可过天作分方用多你着部能市等业全里工公经本都而高政法面门动日进区事代那去心小同北定开产前其军还然起种所如现理机体表力好外与文当两实重新三么只山水关明从化平建又制南内西没此将员名手最东头者月间无安看见各城十相但已些正口通想度加第她合院物性战由位常点海意场武使次二向治因立数样身情入原问把路被并利石老教万知级量任江及应省资委务元美特期世湖回系比气汉总展电科金先声提品设或义王社很统处四首共马形己儿司太目基领队直计别女权话少流命至报米给打变果书清活几州华解议更称程今决张导术府才保交放管结师便走达族反再题色五京河接条规式县白它改风光运信受什组听布百济党指论强做取技黄神选记斯真却职号界件花类何眼兵传带空干农边据集联古广完质阳难增历史专官每住商即步认车台林必死游举线言皇土团收考求德叫近备研争非具李众连调感转笑',
);

const SAMPLE_BYTES = 256 * 1024;

interface Candidate {
  encoding: 'GB18030' | 'Big5';
  text: string;
  replacements: number;
  commonShare: number;
}

function judge(encoding: 'GB18030' | 'Big5', bytes: Uint8Array): Candidate {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  const sample = toSimplified(text.length > SAMPLE_BYTES ? text.slice(0, SAMPLE_BYTES) : text, { taiwanVocabulary: false });
  let replacements = 0;
  let cjk = 0;
  let common = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd) replacements++;
    else if (c >= 0x3400 && c <= 0x9fff) {
      cjk++;
      if (COMMON_CHARACTERS.has(sample[i]!)) common++;
    }
  }
  return { encoding, text, replacements, commonShare: cjk === 0 ? 0 : common / cjk };
}

/** Decodes bytes known not to be binary; null when no supported encoding reads them. */
export function decode(bytes: Uint8Array, unmarkedUtf16: 'UTF-16LE' | 'UTF-16BE' | null): Decoded | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'UTF-8 (BOM)', text: new TextDecoder('utf-8').decode(bytes.subarray(3)) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { encoding: 'UTF-16LE (BOM)', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { encoding: 'UTF-16BE (BOM)', text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be') };
  }
  if (unmarkedUtf16 === 'UTF-16LE') return { encoding: 'UTF-16LE', text: new TextDecoder('utf-16le').decode(bytes) };
  if (unmarkedUtf16 === 'UTF-16BE') return { encoding: 'UTF-16BE', text: iconv.decode(Buffer.from(bytes), 'utf-16be') };
  if (isUtf8(bytes)) {
    return { encoding: 'UTF-8', text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
  }
  const guess = (chardet.detect(bytes) ?? '').toLowerCase();
  const gb = judge('GB18030', bytes);
  const big5 = judge('Big5', bytes);
  const score = (c: Candidate) =>
    c.commonShare - (c.replacements * 20) / Math.max(1, c.text.length) + (guess.startsWith(c.encoding.toLowerCase().slice(0, 2)) ? 0.02 : 0);
  const best = score(big5) > score(gb) ? big5 : gb;
  // Neither reads as Chinese: many replacement characters and few common ones.
  if (best.replacements > best.text.length * 0.05 || (best.commonShare < 0.05 && /[\u3400-\u9fff]/.test(best.text))) return null;
  return { encoding: best.encoding, text: best.text };
}
