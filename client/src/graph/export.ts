/**
 * Exports of the current view for other tools: JSON (elements with
 * positions) and GraphML, which Gephi and Cytoscape desktop both open.
 * Both work from plain element records so they are testable without a DOM.
 */

export interface ExportNode {
  id: string;
  data: Record<string, unknown>;
  position?: { x: number; y: number };
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  data: Record<string, unknown>;
}

export interface ExportView {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export function toJSON(view: ExportView, meta: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'zonegraph-view', version: 1, ...meta, nodes: view.nodes, edges: view.edges }, null, 2);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(value: string): string {
  // Characters XML 1.0 forbids are dropped rather than producing a file no tool opens.
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

const NODE_KEYS = ['label', 'name', 'nameEn', 'pinyin', 'degree', 'parent'] as const;
const EDGE_KEYS = ['type', 'role'] as const;

function keyType(key: string): 'int' | 'string' {
  return key === 'degree' ? 'int' : 'string';
}

export function toGraphML(view: ExportView): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of NODE_KEYS) lines.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${keyType(k)}"/>`);
  lines.push('  <key id="n_x" for="node" attr.name="x" attr.type="double"/>', '  <key id="n_y" for="node" attr.name="y" attr.type="double"/>');
  for (const k of EDGE_KEYS) lines.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`);
  lines.push('  <graph id="zonegraph" edgedefault="directed">');
  for (const n of view.nodes) {
    lines.push(`    <node id="${escapeXml(n.id)}">`);
    for (const k of NODE_KEYS) {
      const v = n.data[k];
      if (v === undefined || v === null || v === '') continue;
      lines.push(`      <data key="n_${k}">${escapeXml(String(v))}</data>`);
    }
    if (n.position) {
      lines.push(`      <data key="n_x">${n.position.x.toFixed(2)}</data>`, `      <data key="n_y">${n.position.y.toFixed(2)}</data>`);
    }
    lines.push('    </node>');
  }
  for (const e of view.edges) {
    lines.push(`    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`);
    for (const k of EDGE_KEYS) {
      const v = e.data[k];
      if (v === undefined || v === null || v === '') continue;
      lines.push(`      <data key="e_${k}">${escapeXml(String(v))}</data>`);
    }
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}
