/** A small element builder: views are plain DOM, no framework. */
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Child | Child[]>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    else if (key === 'className') el.className = String(value);
    else if (key === 'testid') el.dataset.testid = String(value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

export function clear(el: HTMLElement): void {
  while (el.firstChild) el.firstChild.remove();
}

/**
 * The sentence with the given names marked: every occurrence of any of them
 * (longest first, so 武汉经济技术开发区 wins over 武汉) becomes a <mark>.
 */
export function highlightNames(text: string, names: readonly string[]): Array<Node | string> {
  const terms = [...new Set(names.filter((n) => n && n.length > 1))].sort((a, b) => b.length - a.length);
  if (terms.length === 0) return [text];
  const out: Array<Node | string> = [];
  let i = 0;
  let plain = '';
  while (i < text.length) {
    const hit = terms.find((t) => text.startsWith(t, i));
    if (hit) {
      if (plain) out.push(plain);
      plain = '';
      out.push(h('mark', {}, hit));
      i += hit.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) out.push(plain);
  return out;
}

export function download(filename: string, content: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
