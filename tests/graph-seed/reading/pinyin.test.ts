/**
 * toPinyin reads pinyin-pro's tone-marked output and strips the marks itself
 * (faster than pinyin-pro's toneType 'none'); it must give the same string
 * as pinyin-pro's own toneless conversion for everything it is given.
 */
import { describe, expect, it } from 'vitest';
import { pinyinToneless, toPinyin } from '../../../shared/chinese.ts';

function differences(texts: Iterable<string>): string[] {
  const out: string[] = [];
  for (const t of texts) if (toPinyin(t) !== pinyinToneless(t)) out.push(`${t}: ${toPinyin(t)} ≠ ${pinyinToneless(t)}`);
  return out;
}

describe('toPinyin', () => {
  it('matches pinyin-pro toneless for every CJK character, including the ü, ê, n and m syllables', () => {
    const chars = function* () {
      for (let c = 0x3400; c < 0xa000; c++) yield String.fromCharCode(c);
    };
    expect(differences(chars())).toEqual([]);
    expect(toPinyin('绿色女欸嗯呣')).toBe(pinyinToneless('绿色女欸嗯呣'));
    expect(toPinyin('绿')).toBe('lv');
  });

  it('matches for polyphone words, mixed Latin and digits, and text that itself holds marked letters', () => {
    const texts = ['重庆长寿经济技术开发区', '银行行长', 'ARM芯片', '5G基站', '东湖高新区（光谷）', 'Café 咖啡', 'résumé简历', 'ü型', '  多  空格 '];
    expect(differences(texts)).toEqual([]);
    expect(toPinyin('ARM芯片')).toBe('ARM xin pian');
  });
});
