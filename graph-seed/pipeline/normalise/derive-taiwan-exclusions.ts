/**
 * Derives TAIWAN_PHRASES_EXCLUDED in shared/chinese.ts.
 *
 * OpenCC's TWPhrasesRev is mostly computing jargon (建立 → 创建, 指標 → 指针,
 * 執行 → 运行, 開啟 → 打开) that would corrupt policy text. An entry is kept
 * only when its Taiwan form, read as mainland Simplified, is rare in jieba's
 * mainland dictionary compared with the mainland form (ratio ≥ RATIO), i.e.
 * the word is Taiwan-specific. Run after upgrading opencc-js or jieba and paste
 * the printed line into shared/chinese.ts:
 *
 *   node --import tsx graph-seed/pipeline/normalise/derive-taiwan-exclusions.ts
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { configs } from 'opencc-js/preset/t2cn';
import { toSimplified } from '../../../shared/chinese.ts';

const RATIO = 15;
/** Words frequent in mainland policy prose though jieba's general corpus says otherwise. */
const ALSO_EXCLUDED = ['線上', '社群'];

const require = createRequire(import.meta.url);
const dictPath = require.resolve('@node-rs/jieba/dict.txt');
const frequency = new Map<string, number>();
for (const line of readFileSync(dictPath, 'utf8').split('\n')) {
  const [word, f] = line.split(' ');
  if (word) frequency.set(word, Number(f));
}
const taiwanPhrases = (configs.tw2sp as unknown as { conversionChain: string[][] }).conversionChain[0]![0]!;
const excluded: string[] = [];
for (const entry of taiwanPhrases.split('|')) {
  const [taiwan, standard] = entry.split(' ');
  if (!taiwan || !standard) continue;
  const asMainland = toSimplified(taiwan, { taiwanVocabulary: false });
  const mainland = toSimplified(standard, { taiwanVocabulary: false });
  if (asMainland === mainland) continue;
  const ft = frequency.get(asMainland) ?? 0;
  const fm = frequency.get(mainland) ?? 0;
  if ((ft > 0 && ft * RATIO > fm) || ALSO_EXCLUDED.includes(taiwan)) excluded.push(taiwan);
}
console.log(excluded.join(' '));
