/**
 * Document view: the original text of a policy document with its headings,
 * the evidence passage highlighted in context and scrolled into view.
 */
import type { GraphQLClient } from '../api/client.ts';
import { documentText } from '../api/queries.ts';
import type { ApiDocument } from '../api/types.ts';
import type { Status } from '../app/status.ts';
import type { Store } from '../state/store.ts';
import type { OpenDocument } from '../state/view-state.ts';
import { clear, h } from './dom.ts';

export interface TextRun {
  text: string;
  heading: number | null;
  highlight: boolean;
}

/** Cuts the text at heading and highlight boundaries so each run has one style. */
export function textRuns(doc: Pick<ApiDocument, 'text' | 'headings'>, start: number, end: number): TextRun[] {
  const cuts = new Set<number>([0, doc.text.length]);
  for (const hd of doc.headings) cuts.add(hd.start).add(hd.end);
  if (end > start) cuts.add(start).add(end);
  const points = [...cuts].filter((c) => c >= 0 && c <= doc.text.length).sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (a === b) continue;
    const heading = doc.headings.find((hd) => hd.start <= a && b <= hd.end);
    runs.push({ text: doc.text.slice(a, b), heading: heading ? heading.level : null, highlight: end > start && start <= a && b <= end });
  }
  return runs;
}

export function mountDocumentView(root: HTMLElement, store: Store, client: GraphQLClient, status: Status) {
  const body = h('div', { className: 'doc-body', testid: 'document-text', lang: 'zh-CN' });
  const title = h('h2', { testid: 'document-title' });
  const meta = h('p', { className: 'muted' });
  const overlay = h(
    'div',
    { className: 'document-view', testid: 'document-view', hidden: true, role: 'dialog' },
    h('div', { className: 'doc-head' }, h('div', {}, title, meta), h('button', { type: 'button', testid: 'document-close', onclick: () => store.dispatch({ type: 'closeDocument' }) }, '×')),
    body,
  );
  root.append(overlay);
  const cache = new Map<string, ApiDocument | null>();
  let shown = '';

  return async (open: OpenDocument | null) => {
    const key = open ? `${open.id}:${open.start}:${open.end}` : '';
    if (key === shown) return;
    shown = key;
    if (!open) {
      overlay.hidden = true;
      return;
    }
    overlay.hidden = false;
    clear(body);
    title.textContent = '…';
    let doc = cache.get(open.id);
    if (doc === undefined) {
      doc = await status.track('Loading document…', () => documentText(client, open.id));
      if (doc === undefined) return;
      cache.set(open.id, doc);
    }
    if (shown !== key) return;
    if (!doc) {
      title.textContent = open.id;
      body.append(h('p', { className: 'missing' }, `No document ${open.id}.`));
      return;
    }
    title.textContent = doc.title;
    meta.textContent = [doc.docNumber, doc.issuer, doc.issuedOn, doc.file].filter(Boolean).join(' · ');
    let mark: HTMLElement | null = null;
    for (const run of textRuns(doc, open.start, open.end)) {
      let el: HTMLElement = h('span', {}, run.text);
      if (run.heading !== null) el = h('strong', { className: `heading h${run.heading}` }, el);
      if (run.highlight) {
        el = h('mark', { testid: 'document-highlight' }, el);
        mark ??= el;
      }
      body.append(el);
    }
    if (mark) requestAnimationFrame(() => mark!.scrollIntoView({ block: 'center' }));
    else body.scrollTop = 0;
  };
}
