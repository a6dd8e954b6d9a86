import { describe, expect, it } from 'vitest';
import { textRuns } from '../../client/src/views/document-view.ts';
import { smallGraph } from '../fixtures/small-graph.ts';

describe('document view text runs', () => {
  const graph = smallGraph();
  const doc = graph.documents[0]!;
  const ev = graph.relationships.find((r) => r.evidence.length && r.evidence[0]!.document === doc.id)!.evidence[0]!;

  it('the runs put the text back together exactly', () => {
    expect(textRuns(doc, ev.start, ev.end).map((r) => r.text).join('')).toBe(doc.text);
  });

  it('the highlighted runs are exactly the evidence sentence', () => {
    const marked = textRuns(doc, ev.start, ev.end).filter((r) => r.highlight).map((r) => r.text).join('');
    expect(marked).toBe(ev.text);
  });

  it('headings are marked with their level', () => {
    const runs = textRuns(doc, 0, 0);
    const h = doc.headings[0]!;
    expect(runs.find((r) => r.text === h.title)).toMatchObject({ heading: h.level, highlight: false });
    expect(runs.some((r) => r.highlight)).toBe(false);
  });
});
