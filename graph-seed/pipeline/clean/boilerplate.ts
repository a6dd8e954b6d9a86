/**
 * Marks the parts of a scraped document that are the website, not the
 * document: page-metadata fields, recommendation widgets, script fragments,
 * related-article lists, encyclopedia wrappers, and a table of contents that
 * repeats the headings before the full text. Ranges are [start, end) offsets
 * into the document's text; the segmenter reads nothing inside them.
 */
import { compact, type Line } from './lines.ts';

type Range = [number, number];

/** Field names of government-site metadata panels (Simplified and Traditional), then a separator and the value, or the bare name. */
const METADATA_KEY =
  /^(索引号|索引號|主题分类|主題分類|主题词|主題詞|发文日期|發文日期|成文日期|发布日期|發布日期|发布时间|發布時間|发布机构|發布機構|发文机关|發文機關|发文字号|發文字號|文号|文號|信息来源|信息來源|来源|來源|浏览次数|瀏覽次數|点击数|點擊數|有效性|组配分类|組配分類|体裁分类|體裁分類|所属机构|所屬機構|公开方式|公開方式|公开范围|公開範圍|字号|字號|责任编辑|責任編輯)(?:\s*[:：|]\s*(?:\|\s*)?(.*?)|\s+(.*?))?\s*\|?\s*$/;
/** Page chrome that is a line of its own. */
const CHROME_LINE =
  /^(?:[-*•·]\s*)?(?:.{0,40}\s)?(推荐度|推薦度)\s*[:：]?.*$|^(?:[-*•·]\s*)?(相关推荐|相關推薦|相关阅读|相關閱讀|猜你喜欢|猜你喜歡|热门推荐|熱門推薦|打印本页|打印本頁|关闭窗口|關閉窗口|分享到|【?打印】?|【?关闭】?|【?關閉】?|扫一扫.*|掃一掃.*|上一篇.*|下一篇.*|返回顶部|返回頂部)\s*[:：]?\s*$/;
/** Breadcrumbs and font-size switches at the top of government pages. */
const NAVIGATION_LINE = /^(?:(?:当前位置|當前位置|您现在的位置|您現在的位置|您的位置|你的位置)\s*[:：]|首页\s*[>＞»›]|首頁\s*[>＞»›])|^【?\s*(?:字体|字體|字号|字號)\s*[:：]\s*[大中小\s]+】?$/;
/** A heading line that opens a trailing list of links to other articles. */
const RELATED_LIST = /(相关文章|相關文章|相关阅读|相關閱讀|相关推荐|相關推薦|延伸阅读|延伸閱讀|热门文章|熱門文章|推荐阅读|推薦閱讀)\s*[:：]?\s*$/;
/** An encyclopedia page's infobox and navigation labels. */
const ENCYCLOPEDIA_MARKER = /^(基本介绍|基本介紹|基本信息|基本資訊|基本资料|基本資料)$/;
const INFOBOX_FIELD = /^[-*•·]\s*[^:：。，]{1,12}[:：]/;
const ENCYCLOPEDIA_NAV = /^(?:发布通知|發布通知|档案目录|檔案目錄|档案全文|檔案全文|文件目录|文件目錄|文件全文|全文|政策解读|政策解讀)(?:[,，、]\s*(?:\S{2,8})?)*[,，、]?$/;
const TOC_MARKER = /^(目\s*[录錄]|[档檔]案目[录錄]|文件目[录錄]|目次)$/;
/** Where a scrape's script tag leaked into the text: `?script>s("content_relate");`. */
const SCRIPT_FRAGMENT = /[?？]?(?:<\/?script\b|(?<![A-Za-z])\/?script>)[^\n]*$/i;

function isBlank(l: Line) {
  return l.text.trim() === '';
}

/** Web metadata panel: `字段` lines with the value on the same or the next short line. */
function metadataPanel(lines: Line[], out: Range[]) {
  for (let i = 0; i < Math.min(lines.length, 60); i++) {
    const key = lines[i]!;
    const m = METADATA_KEY.exec(key.text.trim());
    if (!m) continue;
    let end = key.end;
    if ((m[2] ?? m[3] ?? '') === '') {
      // Value on the next non-blank line when it is short and not itself a key, a marker or a heading.
      let j = i + 1;
      while (j < lines.length && isBlank(lines[j]!)) j++;
      const v = lines[j]?.text.trim() ?? '';
      if (v && v.length <= 40 && !METADATA_KEY.test(v) && !TOC_MARKER.test(compact(v)) && !/^第.{1,4}[章节節]/.test(v)) {
        end = lines[j]!.end;
        i = j;
      }
    }
    out.push([key.start, end]);
  }
}

function chrome(lines: Line[], out: Range[]) {
  for (const l of lines) {
    const t = l.text.trim();
    if (t && (CHROME_LINE.test(t) || NAVIGATION_LINE.test(t))) out.push([l.start, l.end]);
    const s = SCRIPT_FRAGMENT.exec(l.text);
    if (s) out.push([l.start + s.index, l.end]);
  }
}

/** From a "相关文章:" line (in the last third of the text) to the end: links to other pages. */
function relatedList(lines: Line[], textLength: number, out: Range[]) {
  for (let i = Math.floor(lines.length / 3); i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (!RELATED_LIST.test(t) || t.length > 60) continue;
    // Everything after must look like a link list: short lines only.
    const rest = lines.slice(i + 1).filter((l) => !isBlank(l));
    if (rest.every((l) => l.text.trim().length <= 60)) {
      out.push([lines[i]!.start, textLength]);
      return;
    }
  }
}

/**
 * Encyclopedia wrapper: the infobox (基本介紹 and its "- 字段：值" lines) near
 * the top, and the page's tab labels (發布通知, 檔案目錄, 檔案全文).
 */
function encyclopediaWrapper(lines: Line[], out: Range[]) {
  const head = lines.slice(0, 30);
  const marker = head.findIndex((l) => ENCYCLOPEDIA_MARKER.test(compact(l.text)));
  if (marker < 0) return;
  // The lead paragraph before the marker stays: it says who issued the
  // document and what it was compiled from (cited plans), which is fact.
  const start = lines[marker]!.start;
  let end = lines[marker]!.end;
  // The infobox: "- 字段：值" lines right after the marker.
  let i = marker + 1;
  while (i < lines.length && (isBlank(lines[i]!) || INFOBOX_FIELD.test(lines[i]!.text.trim()))) {
    if (!isBlank(lines[i]!)) end = lines[i]!.end;
    i++;
  }
  out.push([start, end]);
  // Navigation labels of the page's tabs, wherever they stand as a line of their own.
  for (; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (t && ENCYCLOPEDIA_NAV.test(t)) out.push([lines[i]!.start, lines[i]!.end]);
  }
}

/**
 * A table of contents: a 目录 marker (or a run of headings) followed by short
 * lines, up to where its first entry appears again as the start of the text.
 */
function tableOfContents(lines: Line[], out: Range[]) {
  for (let i = 0; i < lines.length; i++) {
    const c = compact(lines[i]!.text);
    if (!TOC_MARKER.test(c)) continue;
    let j = i + 1;
    while (j < lines.length && isBlank(lines[j]!)) j++;
    if (j >= lines.length) return;
    // Skip nested markers (檔案目錄 / 目錄).
    while (j < lines.length && (TOC_MARKER.test(compact(lines[j]!.text)) || isBlank(lines[j]!))) j++;
    const first = compact(lines[j]?.text ?? '');
    if (!first) return;
    for (let k = j + 1; k < lines.length; k++) {
      const t = compact(lines[k]!.text);
      if (t === first) {
        out.push([lines[i]!.start, lines[k]!.start]);
        return;
      }
      if (t.length > 80) break; // reached body text without a repeat: not a TOC we can bound
    }
  }
}

const TOC_ENTRY = /^(第[一二三四五六七八九十百零〇0-9]+[章节節篇]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;

/**
 * A table of contents without a 目录 marker: four or more heading lines in a
 * row with no prose between them, whose first line comes back later as the
 * start of the text.
 */
function unmarkedTableOfContents(lines: Line[], out: Range[]) {
  const limit = Math.floor(lines.length * 0.4);
  for (let i = 0; i < limit; i++) {
    const first = lines[i]!.text.trim();
    if (!TOC_ENTRY.test(first) || first.length > 40) continue;
    const key = compact(first);
    let j = i;
    let entries = 0;
    while (j < lines.length) {
      const t = lines[j]!.text.trim();
      if (t !== '') {
        // The full text may follow the contents directly: its first heading ends the run.
        if (t.length > 40 || !TOC_ENTRY.test(t) || (j > i && compact(t) === key)) break;
        entries++;
      }
      j++;
    }
    if (entries < 4) {
      i = j;
      continue;
    }
    for (let k = j; k < lines.length; k++) {
      if (compact(lines[k]!.text) === key) {
        out.push([lines[i]!.start, lines[k]!.start]);
        return;
      }
    }
    i = j;
  }
}

function merge(ranges: Range[]): Range[] {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export function findBoilerplate(text: string, lines: Line[]): Range[] {
  const ranges: Range[] = [];
  metadataPanel(lines, ranges);
  chrome(lines, ranges);
  relatedList(lines, text.length, ranges);
  encyclopediaWrapper(lines, ranges);
  const before = ranges.length;
  tableOfContents(lines, ranges);
  if (ranges.length === before) unmarkedTableOfContents(lines, ranges);
  return merge(ranges);
}
