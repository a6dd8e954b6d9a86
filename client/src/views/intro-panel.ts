/** What the explorer can do, shown while nothing is selected and no mode panel is open. */
import type { Store } from '../state/store.ts';
import { clear, h } from './dom.ts';

export function mountIntroPanel(root: HTMLElement, store: Store) {
  const panel = h('section', { className: 'panel intro', testid: 'intro-panel' });
  root.prepend(panel);
  return () => {
    const s = store.state;
    panel.hidden = s.selected !== null || s.mode === 'compare' || s.mode === 'lineage' || s.mode === 'path';
    if (panel.hidden) return;
    clear(panel);
    const en = s.lang === 'en';
    const tips = en
      ? [
          'Overview: places and the industry chains they develop; boxes are chains holding their segments.',
          'Search in Chinese, Traditional, pinyin or English, then pick a hit to centre on it.',
          'Click a node for its names, properties and targets; click an edge for the sentences that prove it.',
          'Double-click a node (or "Expand") to show its neighbours.',
          'Add two or more places to compare their shared and unique industries.',
          'On a program, "Trace program" shows what it cites, where it applies and who issued it.',
          '"Path from here" then "Path to here" finds how two entities connect.',
          'The address bar always holds the view: copy it to share exactly what you see.',
        ]
      : [
          '总览：各地区/园区及其发展的产业链；方框为产业链，内含细分产业。',
          '支持中文、繁体、拼音、英文搜索，选中结果即居中显示。',
          '点击节点查看名称、属性与目标；点击连线查看原文证据。',
          '双击节点（或“展开邻居”）显示相邻实体。',
          '将两个以上地点“加入对比”，查看共有与独有产业。',
          '在政策节点上“追溯政策”，查看其引用、适用地区与发布机构。',
          '“路径起点”+“路径终点”查找两个实体之间的关联。',
          '地址栏始终记录当前视图，复制即可分享。',
        ];
    panel.append(h('h2', {}, en ? 'Explore zones, chains and programs' : '园区 · 产业链 · 政策图谱'), h('ul', {}, ...tips.map((t) => h('li', {}, t))));
  };
}
