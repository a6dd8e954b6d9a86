/** Filters: by label, relationship type, document, province and DEVELOPS role. */
import { DEVELOPS_ROLES, NODE_LABELS, RELATIONSHIP_TYPES } from '../../../shared/graph.ts';
import type { Store } from '../state/store.ts';
import { h } from './dom.ts';

export function mountFilters(root: HTMLElement, store: Store) {
  const en = () => store.state.lang === 'en';
  const labelBoxes = NODE_LABELS.map((label) => {
    const box = h('input', { type: 'checkbox', testid: `filter-label-${label}`, onchange: () => store.dispatch({ type: 'toggleLabel', label }) });
    return { label, box, row: h('label', { className: 'check' }, box, label) };
  });
  const typeBoxes = RELATIONSHIP_TYPES.map((relType) => {
    const box = h('input', { type: 'checkbox', testid: `filter-type-${relType}`, onchange: () => store.dispatch({ type: 'toggleType', relType }) });
    return { relType, box, row: h('label', { className: 'check' }, box, relType) };
  });
  const docSelect = h('select', {
    testid: 'filter-document',
    onchange: () => store.dispatch({ type: 'setFilters', filters: { document: docSelect.value || null } }),
  }, h('option', { value: '' }, '—'));
  const province = h('input', { type: 'text', testid: 'filter-province', placeholder: '湖北省' });
  province.addEventListener('change', () => store.dispatch({ type: 'setFilters', filters: { province: province.value.trim() || null } }));
  const role = h('select', {
    testid: 'filter-role',
    onchange: () => store.dispatch({ type: 'setFilters', filters: { role: role.value || null } }),
  }, h('option', { value: '' }, '—'), ...DEVELOPS_ROLES.map((r) => h('option', { value: r }, r)));

  const headings = { labels: h('h3', {}), types: h('h3', {}), more: h('h3', {}) };
  root.append(
    h('details', { className: 'filters', testid: 'filters', open: true }, h('summary', {}, 'Filters / 筛选'),
      headings.labels, ...labelBoxes.map((b) => b.row),
      headings.types, ...typeBoxes.map((b) => b.row),
      headings.more,
      h('label', { className: 'field' }, 'Document / 文件', docSelect),
      h('label', { className: 'field' }, 'Province / 省份', province),
      h('label', { className: 'field' }, 'Role / 定位', role),
    ),
  );

  return {
    setDocuments(docs: Array<{ id: string; title: string }>) {
      for (const d of docs) docSelect.append(h('option', { value: d.id }, d.title));
      docSelect.value = store.state.filters.document ?? '';
    },
    update() {
      const f = store.state.filters;
      headings.labels.textContent = en() ? 'Show labels' : '显示类型';
      headings.types.textContent = en() ? 'Show relationships' : '显示关系';
      headings.more.textContent = en() ? 'Only' : '仅显示';
      for (const b of labelBoxes) b.box.checked = !f.hiddenLabels.includes(b.label);
      for (const b of typeBoxes) b.box.checked = !f.hiddenTypes.includes(b.relType);
      docSelect.value = f.document ?? '';
      if (document.activeElement !== province) province.value = f.province ?? '';
      role.value = f.role ?? '';
    },
  };
}
