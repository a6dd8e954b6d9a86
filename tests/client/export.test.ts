import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { escapeXml, toGraphML, toJSON, type ExportView } from '../../client/src/graph/export.ts';
import { assemble } from '../../client/src/graph/elements.ts';
import { emptyFilters } from '../../client/src/state/view-state.ts';
import { asApiSubgraph } from './api-shapes.ts';
import { skipSuite } from '../helpers/prerequisite.ts';

function fixtureView(): ExportView {
  const els = assemble(asApiSubgraph(), { lang: 'zh', filters: emptyFilters(), hidden: new Set(), allowed: null });
  return {
    nodes: els.filter((e) => e.group === 'nodes').map((e, i) => ({ id: String(e.data.id), data: e.data, position: { x: i * 10, y: -i } })),
    edges: els.filter((e) => e.group === 'edges').map((e) => ({ id: String(e.data.id), source: String(e.data.source), target: String(e.data.target), data: e.data })),
  };
}

/** Parses with a real XML parser (Python's expat); reports what it read. */
function parseWithExpat(xml: string): { ok: true; nodes: number; edges: number; ids: string[]; names: string[] } | { ok: false; error: string } {
  const script = `
import sys, json, xml.dom.minidom as m
try:
    d = m.parseString(sys.stdin.buffer.read())
except Exception as e:
    print(json.dumps({"ok": False, "error": str(e)})); sys.exit(0)
ns = d.getElementsByTagName("node"); es = d.getElementsByTagName("edge")
names = [x.firstChild.data for x in d.getElementsByTagName("data") if x.getAttribute("key") == "n_name" and x.firstChild]
print(json.dumps({"ok": True, "nodes": len(ns), "edges": len(es), "ids": [n.getAttribute("id") for n in ns], "names": names}))
`;
  const r = spawnSync('python3', ['-c', script], { input: Buffer.from(xml, 'utf8') });
  if (r.error) throw r.error;
  return JSON.parse(r.stdout.toString());
}
const noPython = spawnSync('python3', ['-c', 'import xml.dom.minidom']).status === 0 ? null : 'python3 (for its expat XML parser) is not installed';
const skipGraphML = skipSuite('GRAPHML PARSER CHECKS', noPython, 'apt-get install -y python3');

describe('exports', () => {
  it('escapes XML specials and drops characters XML forbids', () => {
    expect(escapeXml(`a&b<c>"d"'e`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e');
    expect(escapeXml('x\u0001y\u000Bz')).toBe('xyz');
    expect(escapeXml('湖北省“十四五”')).toBe('湖北省“十四五”');
  });

  it('GraphML declares its keys before the graph and carries every node and edge', () => {
    const view = fixtureView();
    const xml = toGraphML(view);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml')).toBe(true);
    expect(xml.indexOf('<key id="n_name"')).toBeLessThan(xml.indexOf('<graph '));
    expect(xml.match(/<node /g)).toHaveLength(view.nodes.length);
    expect(xml.match(/<edge /g)).toHaveLength(view.edges.length);
    expect(xml).toContain('<data key="n_name">武汉经济技术开发区</data>');
    expect(xml).toContain('<data key="e_role">pillar</data>');
  });

  it.skipIf(skipGraphML)('GraphML is well-formed for a real XML parser, with hostile names intact', () => {
    const view = fixtureView();
    view.nodes.push({ id: 'company:A&B <"x">', data: { label: 'Company', name: `A&B <"x"> 'q' \u0002`, degree: 0 } });
    const parsed = parseWithExpat(toGraphML(view));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.nodes).toBe(view.nodes.length);
    expect(parsed.edges).toBe(view.edges.length);
    expect(parsed.ids).toContain('company:A&B <"x">');
    expect(parsed.names).toContain(`A&B <"x"> 'q' `);
    expect(parsed.names).toContain('十堰经济技术开发区');
  });

  it.skipIf(skipGraphML)('a broken document is caught by the same parser (the check can fail)', () => {
    const broken = toGraphML(fixtureView()).replace('</graph>', '');
    expect(parseWithExpat(broken).ok).toBe(false);
  });

  it('JSON export is parseable and keeps ids, data and positions', () => {
    const view = fixtureView();
    const parsed = JSON.parse(toJSON(view, { url: 'http://x/#m=focus' }));
    expect(parsed).toMatchObject({ format: 'zonegraph-view', version: 1, url: 'http://x/#m=focus' });
    expect(parsed.nodes).toHaveLength(view.nodes.length);
    expect(parsed.nodes[1].position).toEqual({ x: 10, y: -1 });
    expect(parsed.edges[0].source).toBe(view.edges[0]!.source);
  });
});
