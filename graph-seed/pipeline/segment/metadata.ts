/**
 * Document metadata read from the front matter: title, issuing body, date of
 * issue and 文号. Reads the Simplified lines, including boilerplate ones (a
 * site's metadata panel is where 发文日期 and 发布机构 live).
 */
import type { DocumentMetadata } from '../types.ts';

export interface MetaLine {
  /** Simplified text, trimmed. */
  text: string;
  boilerplate: boolean;
}

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function chineseNumber(s: string): number | null {
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (s.includes('十')) {
    const [tens, ones] = s.split('十');
    const t = tens === '' ? 1 : CN_DIGIT[tens!];
    const o = ones === '' || ones === undefined ? 0 : CN_DIGIT[ones];
    return t === undefined || o === undefined ? null : t * 10 + o;
  }
  let v = 0;
  for (const ch of s) {
    const d = CN_DIGIT[ch];
    if (d === undefined) return null;
    v = v * 10 + d;
  }
  return v;
}

const DATE = /([0-9]{4}|[〇零一二三四五六七八九O]{4})\s*年\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日/;

/** YYYY-MM-DD of the first date in the text, or null. */
export function parseDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const y = chineseNumber(m[1]!);
  const mo = chineseNumber(m[2]!);
  const d = chineseNumber(m[3]!);
  if (y === null || mo === null || d === null || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A 文号: issuer abbreviation, year in 〔〕 (or [] （）), serial 号; or Taiwan's 字号 form, where the
 * year is folded into the serial (经授产字第11120012340号).
 */
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}\s*[〔［\[【（(]\s*(?:19|20)[0-9]{2}\s*[〕］\]】）)]\s*第?\s*[0-9]{1,4}\s*号|[\u4e00-\u9fa5]{1,10}字第\s*[0-9]{4,12}\s*号/;

// The value may follow on the line, after a table-cell bar from HTML, or on the next line.
const FIELD = /^(?:[-*•·]\s*)?(发文日期|成文日期|发布日期|印发日期|发布时间|发布机构|发布单位|发文机关|发文单位|文号|发文字号)(?:\s*[:：|]\s*(?:\|\s*)?(.*?)|\s+(.*?))?\s*\|?\s*$/;
const ORGANISATION_SUFFIX = /(人民政府|人民政府办公厅|人民政府办公室|管理委员会|管委会|委员会|办公厅|办公室|领导小组|[局厅委部院会署处]|中心)$/;
const NOTICE = /^(.*?)关于印发(.+?)的(?:通知|决定|批复|函)$/;
const TITLE_NOUN = /(规划|纲要|方案|计划|意见|办法|规定|条例|细则|通知|决定|政策|措施|指南|目录|战略)/;

function fieldValues(lines: MetaLine[]): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const m = FIELD.exec(lines[i]!.text);
    if (!m) continue;
    let v = (m[2] ?? m[3] ?? '').trim();
    if (!v) {
      const next = lines[i + 1]?.text ?? '';
      if (next && !FIELD.test(next) && next.length <= 40) v = next;
    }
    const key = m[1]!;
    if (v && !values.has(key)) values.set(key, v);
  }
  return values;
}

function stripBookTitle(s: string): string {
  const m = /^《(.+)》$/.exec(s.trim());
  return m ? m[1]! : s.trim();
}

export function readMetadata(lines: MetaLine[], titleLine: string | null): DocumentMetadata {
  const head = lines.slice(0, 60);
  const fields = fieldValues(head);

  // Title: for a notice that issues a plan, the plan; prefer the most specific
  // 《》 form of it among the first lines (《驻马店经济开发区…纲要》 over 《开发区…纲要》).
  let title = titleLine ? titleLine.trim() : '';
  const notice = NOTICE.exec(title);
  let noticeIssuer: string | null = null;
  if (notice) {
    noticeIssuer = notice[1]!.trim() || null;
    const issued = stripBookTitle(notice[2]!.trim());
    title = issued;
    for (const l of head.slice(0, 20)) {
      for (const m of l.text.matchAll(/《([^《》]+)》/g)) {
        const t = m[1]!;
        if (t.length > title.length && t.endsWith(issued)) title = t;
      }
    }
  } else {
    // A leading region qualifier "(武汉市)" is the site's annotation, not the title.
    title = title.replace(/^[（(][^（()）]{1,8}[）)]\s*/, '');
  }

  // 文号: a field, else a line that is nothing but a 文号 near the top.
  let docNumber: string | null = null;
  const numberField = fields.get('文号') ?? fields.get('发文字号');
  if (numberField && DOC_NUMBER.test(numberField)) docNumber = DOC_NUMBER.exec(numberField)![0];
  if (!docNumber) {
    for (const l of head.slice(0, 40)) {
      const m = DOC_NUMBER.exec(l.text);
      if (m && l.text.length <= m[0].length + 4) {
        docNumber = m[0];
        break;
      }
    }
  }
  if (docNumber) docNumber = docNumber.replace(/\s+/g, '').replace(/[［\[【（(]/, '〔').replace(/[］\]】）)]/, '〕');

  // Date of issue: a field, else a line that is only a date near the top.
  let issuedOn: string | null = null;
  for (const key of ['发文日期', '成文日期', '印发日期', '发布日期', '发布时间']) {
    const v = fields.get(key);
    if (v && (issuedOn = parseDate(v))) break;
  }
  let dateLine = -1;
  if (!issuedOn) {
    dateLine = head.findIndex((l) => l.text.length <= 16 && DATE.test(l.text) && l.text.replace(DATE, '').trim() === '');
    if (dateLine >= 0) issuedOn = parseDate(head[dateLine]!.text);
  } else {
    dateLine = head.findIndex((l) => l.text.length <= 16 && DATE.test(l.text) && l.text.replace(DATE, '').trim() === '');
  }

  // Issuer: a field, else the signing line above the date, else the notice's issuer.
  let issuer: string | null = fields.get('发布机构') ?? fields.get('发布单位') ?? fields.get('发文机关') ?? fields.get('发文单位') ?? null;
  if (!issuer && dateLine > 0) {
    const sign = head[dateLine - 1]!.text;
    if (sign.length <= 30 && ORGANISATION_SUFFIX.test(sign) && !/[，。；：,:]/.test(sign)) issuer = sign;
  }
  if (!issuer && noticeIssuer && ORGANISATION_SUFFIX.test(noticeIssuer)) issuer = noticeIssuer;

  if (!title) title = head.find((l) => !l.boilerplate && TITLE_NOUN.test(l.text) && l.text.length <= 80)?.text ?? '';
  return { title, issuer, issuedOn, docNumber };
}
