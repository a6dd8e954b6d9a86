/**
 * Where a name begins when only its end is known (…大学, …集团, …基金).
 * Chinese has no spaces, so the name starts after the last word that cannot
 * be part of it: a verb (依托, 推进), a quantity (10亿元) or a function word
 * (的, 与). Single-character function words are only cut where jieba reads
 * them as words of their own, so 同济大学 and 华为 keep their 同 and 为.
 */
import { jieba } from '../../gazetteer/segmenter.ts';

const STOP_WORDS: readonly string[] = [
  '的', '和', '与', '及', '等', '在', '对', '向', '将', '把', '被', '由', '为', '以', '从', '同', '跟', '或', '并', '是', '有', '、',
  '推动', '推进', '支持', '鼓励', '依托', '引进', '引导', '加强', '联合', '合作', '建设', '建立', '打造', '组建', '共建', '携手',
  '利用', '发挥', '围绕', '深化', '加快', '实施', '对接', '吸引', '区域内', '区内', '域内', '省内', '市内', '一批', '各类', '高校',
  '院所', '其中', '包括', '如', '成立', '设立', '牵头', '会同', '邀请', '依靠', '借助', '落户', '入驻', '签约', '服务', '面向', '通过',
  '借', '助力', '助推', '构建', '强化', '紧盯', '瞄准', '对标', '聚焦', '共管', '争创', '创建', '亿元', '万元', '争取', '用好', '申报', '申请', '获得', '用足', '发起', '全力', '积极', '大力', '着力', '开展', '全面', '持续', '深入', '推行', '落实', '启动', '完善', '健全', '优化', '推广', '执行', '探索', '坚持', '贯彻', '做好', '抓好', '继续', '进一步', '组织', '对接', '制定', '出台', '实行', '发布', '提出', '印发', '推出', '开启', '打响', '谋划', '聚集', '集聚', '汇聚', '拥有', '招引',
];

const LONG_STOPS = STOP_WORDS.filter((w) => w.length > 1);
const SHORT_STOPS = new Set(STOP_WORDS.filter((w) => w.length === 1));


/** `run` (the text right before a name's suffix) cut after its last stop word. */
export function trimToName(run: string): string {
  let cut = 0;
  for (const w of LONG_STOPS) {
    const i = run.lastIndexOf(w);
    if (i >= 0 && i + w.length > cut) cut = i + w.length;
  }
  let rest = run.slice(cut);
  if (rest === '') return rest;
  let at = 0;
  let lastStop = 0;
  for (const token of jieba().cut(rest, false)) {
    at += token.length;
    if (SHORT_STOPS.has(token)) lastStop = at;
  }
  return rest.slice(lastStop);
}
