/**
 * Search with autocomplete: Chinese, Traditional, pinyin or English — the
 * API's `search` does the matching. Picking a hit puts the entity on the
 * canvas and centres on it.
 */
import type { GraphQLClient } from '../api/client.ts';
import { search } from '../api/queries.ts';
import type { SearchHit } from '../api/types.ts';
import { displayName } from '../graph/elements.ts';
import { LABEL_COLOURS, LABEL_NAMES } from '../graph/styles.ts';
import type { Status } from '../app/status.ts';
import type { Store } from '../state/store.ts';
import { clear, h } from './dom.ts';

export function mountSearchBox(root: HTMLElement, store: Store, client: GraphQLClient, status: Status, onPick: (id: string) => void): void {
  const input = h('input', {
    type: 'search',
    placeholder: '搜索 园区 / 产业 / 政策 — search (中文, 繁體, pinyin, English)',
    testid: 'search-input',
    autocomplete: 'off',
    'aria-label': 'Search the graph',
  });
  const list = h('ul', { className: 'search-results', testid: 'search-results', role: 'listbox', hidden: true });
  root.append(h('div', { className: 'search-box' }, input, list));

  let hits: SearchHit[] = [];
  let active = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    clear(list);
  };
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    input.value = hit.entity.name;
    onPick(hit.entity.id);
  };
  const render = () => {
    clear(list);
    if (hits.length === 0) {
      list.append(h('li', { className: 'empty', testid: 'search-empty' }, store.state.lang === 'en' ? 'No match' : '无结果'));
    }
    hits.forEach((hit, i) => {
      const e = hit.entity;
      const other = [e.nameEn, e.pinyin].filter(Boolean).join(' · ');
      list.append(
        h(
          'li',
          {
            className: i === active ? 'active' : '',
            role: 'option',
            testid: 'search-result',
            'data-id': e.id,
            onmousedown: (ev: Event) => {
              ev.preventDefault();
              pick(hit);
            },
          },
          h('span', { className: 'dot', style: `background:${LABEL_COLOURS[e.label]}` }),
          h('span', { className: 'hit-name' }, displayName(e, store.state.lang)),
          h('span', { className: 'hit-label' }, LABEL_NAMES[e.label][store.state.lang]),
          other ? h('span', { className: 'hit-other' }, other) : null,
          hit.matched !== 'name' ? h('span', { className: 'hit-matched' }, `${hit.matched}: ${hit.matchedText}`) : null,
        ),
      );
    });
    list.hidden = false;
  };

  const run = async (text: string) => {
    inflight?.abort();
    const ctrl = new AbortController();
    inflight = ctrl;
    const result = await status.track('Searching…', () => search(client, text, ctrl.signal));
    if (ctrl.signal.aborted || result === undefined) return;
    hits = result;
    active = 0;
    render();
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      close();
      return;
    }
    timer = setTimeout(() => void run(text), 180);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (hits.length === 0) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
      e.preventDefault();
    } else if (e.key === 'Enter') {
      clearTimeout(timer);
      const text = input.value.trim();
      if (!list.hidden && hits.length) pick(hits[active]);
      else if (text) void run(text).then(() => pick(hits[0]));
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
