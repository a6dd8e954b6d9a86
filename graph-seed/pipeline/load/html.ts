/**
 * Visible text of an HTML page: tags removed, script/style/noscript/template
 * and comments dropped, entities decoded, block elements turned into line
 * breaks. The result is what evidence offsets point into, so it is built once
 * here and never re-derived.
 */

const DROPPED_ELEMENTS = ['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object'];
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'title', 'tr', 'ul',
]);
const CELL_ELEMENTS = new Set(['td', 'th']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·',
  times: '×', divide: '÷', copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', permil: '‰',
  laquo: '«', raquo: '»', bull: '•', sect: '§', para: '¶', yen: '¥', lceil: '⌈', rceil: '⌉',
  le: '≤', ge: '≥', ne: '≠', asymp: '≈', rarr: '→', larr: '←', uarr: '↑', darr: '↓',
};

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** True when the name or the start of the content says HTML. */
export function looksLikeHtml(name: string, text: string, contentType?: string): boolean {
  if (contentType && /html/i.test(contentType)) return true;
  if (/\.x?html?$/i.test(name)) return true;
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /^<\?xml[^>]*>\s*<(!doctype )?html/.test(head);
}

const TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

export function htmlToText(html: string): string {
  const out: string[] = [];
  let last = 0;
  let m: RegExpExecArray | null;
  TAG.lastIndex = 0;
  while ((m = TAG.exec(html))) {
    out.push(html.slice(last, m.index).replace(/\s+/g, (ws) => (ws.includes('\n') ? ' ' : ws)));
    last = TAG.lastIndex;
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    if (!name) continue;
    if (!closing && DROPPED_ELEMENTS.includes(name) && !/\/\s*$/.test(m[3] ?? '')) {
      // Skip to the matching close tag; content of these is never visible text.
      const close = new RegExp(`</${name}\\s*>`, 'ig');
      close.lastIndex = last;
      const c = close.exec(html);
      last = c ? close.lastIndex : html.length;
      TAG.lastIndex = last;
      if (name === 'head') out.push('\n');
      continue;
    }
    if (BLOCK_ELEMENTS.has(name)) out.push('\n');
    else if (CELL_ELEMENTS.has(name) && !closing) out.push(' | ');
  }
  out.push(html.slice(last));
  const text = decodeEntities(out.join(''));
  // Tidy the layout whitespace the tags left behind: trim each line, drop
  // empty ones (every block already ends a line), and drop the table-cell
  // separator at a row's start.
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u3000]+/g, (ws) => (ws.length > 1 ? ' ' : ws)).trim().replace(/^\|\s*/, ''))
    .filter((line) => line !== '')
    .join('\n')
    .trim();
}
