import { describe, expect, it } from 'vitest';
import { parse, serialise } from '../../client/src/state/url.ts';
import { initialState, type ViewState } from '../../client/src/state/view-state.ts';

const full = (): ViewState => ({
  mode: 'compare',
  focus: ['zone:武汉经济技术开发区', 'program:湖北省县域经济发展“十四五”规划'],
  expanded: ['industry:汽车'],
  hidden: ['company:A&B=C#D?E'],
  pinned: ['region:420000'],
  compare: ['zone:十堰经济技术开发区', 'zone:武汉经济技术开发区'],
  program: 'program:国务院办公厅关于促进开发区改革和创新发展的若干意见',
  path: { from: 'zone:十堰经济技术开发区', to: 'industry:动力电池' },
  selected: { kind: 'edge', id: 'DEVELOPS:zone:十堰经济技术开发区->industry:新能源汽车' },
  doc: { id: 'doc:000_f2f3fd127b521cfd', start: 120, end: 158 },
  filters: { hiddenLabels: ['Company', 'Document'], hiddenTypes: ['MENTIONS'], document: 'doc:001_b542f6f43ab8c132', province: '湖北省', role: 'pillar' },
  lang: 'en',
});

describe('view state in the URL', () => {
  it('round-trips every field, including ids with Chinese, quotes and URL syntax characters', () => {
    const state = full();
    expect(parse(serialise(state))).toEqual(state);
  });

  it('round-trips through a real URL (what a shared link goes through)', () => {
    const state = full();
    const url = new URL(`http://example.test/${serialise(state)}`);
    expect(parse(url.hash)).toEqual(state);
  });

  it('the initial view is the empty hash, and the empty hash is the initial view', () => {
    expect(serialise(initialState())).toBe('');
    expect(parse('')).toEqual(initialState());
    expect(parse('#')).toEqual(initialState());
  });

  it('keeps list order and drops duplicates and blanks', () => {
    const s = parse('#m=focus&f=b&f=a&f=b&f=&x=a');
    expect(s.focus).toEqual(['b', 'a']);
    expect(s.expanded).toEqual(['a']);
  });

  it('drops what it does not understand instead of failing', () => {
    const s = parse('#m=teleport&nl=Planet&nl=Zone&nt=LOVES&nt=CITES&lang=fr&doc=garbage&sn=zone:x&zz=1');
    expect(s.mode).toBe('overview');
    expect(s.filters.hiddenLabels).toEqual(['Zone']);
    expect(s.filters.hiddenTypes).toEqual(['CITES']);
    expect(s.lang).toBe('zh');
    expect(s.doc).toBeNull();
    expect(s.selected).toEqual({ kind: 'node', id: 'zone:x' });
  });

  it('a mode without its subject falls back to the overview', () => {
    expect(parse('#m=lineage').mode).toBe('overview');
    expect(parse('#m=path&from=a').mode).toBe('overview');
    expect(parse('#m=compare').mode).toBe('overview');
    expect(parse('#m=compare&c=zone:a').mode).toBe('compare');
  });

  it('serialises deterministically (same view, same link)', () => {
    expect(serialise(full())).toBe(serialise(parse(serialise(full()))));
  });
});
