/** The look of the graph: one colour per label (shared with the legend), size by degree. */
import type { StylesheetJson } from 'cytoscape';
import type { NodeLabel } from '../../../shared/graph.ts';

export const LABEL_COLOURS: Record<NodeLabel, string> = {
  Zone: '#e4572e',
  Region: '#3f9c6d',
  Industry: '#2e86ab',
  Company: '#a23b72',
  Program: '#e0a100',
  Organization: '#6c757d',
  Document: '#8d6a9f',
};

export const LABEL_NAMES: Record<NodeLabel, { zh: string; en: string }> = {
  Zone: { zh: '园区', en: 'Zone' },
  Region: { zh: '地区', en: 'Region' },
  Industry: { zh: '产业', en: 'Industry' },
  Company: { zh: '企业', en: 'Company' },
  Program: { zh: '政策', en: 'Program' },
  Organization: { zh: '机构', en: 'Organization' },
  Document: { zh: '文件', en: 'Document' },
};

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export function stylesheet(): StylesheetJson {
  const byLabel = (Object.entries(LABEL_COLOURS) as Array<[NodeLabel, string]>).map(([label, colour]) => ({
    selector: `node.${label.toLowerCase()}`,
    style: { 'background-color': colour },
  }));
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(display)',
        'font-family': FONT,
        'font-size': 11,
        color: '#1d2630',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 7,
        'border-width': 1,
        'border-color': '#ffffff',
        // No image, said as an empty list rather than the default ['none']: with the default,
        // Cytoscape 3.34's node drawing flips the node's :backgrounding state on every draw and
        // restyles the node twice per draw (profiled: thousands of restyles per frame at 5k).
        'background-image': [],
      },
    },
    ...byLabel,
    { selector: 'node.zone', style: { shape: 'round-rectangle' } },
    // Program titles run long; the details panel has the full name.
    { selector: 'node.program', style: { shape: 'round-tag', 'text-wrap': 'ellipsis', 'text-max-width': '180px' } },
    { selector: 'node.organization', style: { shape: 'hexagon' } },
    { selector: 'node.document', style: { shape: 'rectangle' } },
    {
      // A chain holding its segments.
      selector: ':parent',
      style: {
        'background-color': '#2e86ab',
        'background-opacity': 0.07,
        'border-color': '#2e86ab',
        'border-width': 1,
        'border-style': 'dashed',
        shape: 'round-rectangle',
        'text-valign': 'top',
        'text-halign': 'center',
        'font-weight': 'bold',
        padding: '12px',
        // Keep chain boxes under edges so an edge crossing a box stays clickable.
        'z-compound-depth': 'bottom',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        opacity: 0.7,
        'line-color': '#b4bec8',
        'target-arrow-color': '#b4bec8',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        'font-family': FONT,
        'font-size': 9,
        color: '#56616c',
        'text-rotation': 'autorotate',
        'min-zoomed-font-size': 9,
      },
    },
    { selector: 'edge.develops', style: { 'line-color': '#7fb3d5', 'target-arrow-color': '#7fb3d5' } },
    { selector: 'edge.cites', style: { 'line-color': '#e0a100', 'target-arrow-color': '#e0a100', width: 2 } },
    { selector: 'edge.part_of', style: { 'line-style': 'dashed' } },
    { selector: 'edge:selected, edge.path', style: { label: 'data(display)', width: 3, 'line-color': '#d1495b', 'target-arrow-color': '#d1495b' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d1495b' } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#1d2630', 'border-style': 'double' } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#ffd166' } },
    // Compare: shared lights up, unique stays dim.
    { selector: '.shared', style: { opacity: 1, 'z-index': 10 } },
    { selector: 'node.shared', style: { 'border-width': 4, 'border-color': '#06d6a0', 'font-weight': 'bold', 'font-size': 15 } },
    { selector: 'edge.shared', style: { 'line-color': '#06d6a0', 'target-arrow-color': '#06d6a0', width: 3 } },
    { selector: '.unique', style: { opacity: 0.3 } },
    { selector: 'node.context', style: { opacity: 0.45 } },
    { selector: 'node.compared', style: { 'border-width': 4, 'border-color': '#1d2630', 'font-size': 14, 'font-weight': 'bold' } },
    // Lineage and path.
    { selector: 'node.root, node.endpoint', style: { 'border-width': 4, 'border-color': '#d1495b', 'font-weight': 'bold' } },
    { selector: 'node.flash', style: { 'overlay-color': '#d1495b', 'overlay-opacity': 0.25, 'overlay-padding': 8 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'edge.bulk', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', width: 0.8 } },
  ] as StylesheetJson;
}
