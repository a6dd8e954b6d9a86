/**
 * Prints what the reading stages make of files: encoding, script, metadata,
 * boilerplate ranges, the headings tree, counts and sample sentences.
 *
 *   node --import tsx graph-seed/pipeline/inspect-reading.ts graph-seed/corpus/*.txt [--all]
 */
import { readFileSync } from 'node:fs';
import { readDocuments } from './read.ts';

const args = process.argv.slice(2);
const all = args.includes('--all');
for (const path of args.filter((a) => !a.startsWith('--'))) {
  for (const d of readDocuments({ name: path, bytes: readFileSync(path) })) {
    const doc = d.document;
    console.log(`\n=== ${doc.id}  ${doc.encoding}  ${doc.script}  ${doc.text.length} chars`);
    console.log('metadata', JSON.stringify(d.metadata));
    for (const [a, b] of doc.boilerplate) {
      const s = doc.text.slice(a, b).replace(/\n/g, '⏎');
      console.log(`  boilerplate [${a},${b}) ${s.length > 90 ? s.slice(0, 60) + ' … ' + s.slice(-25) : s}`);
    }
    for (const h of d.headings) console.log(`${'  '.repeat(h.level)}${h.title}`);
    const kinds = new Map<string, number>();
    for (const s of d.sentences) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
    console.log('counts', JSON.stringify({ headings: d.headings.length, sentences: d.sentences.length, ...Object.fromEntries(kinds) }));
    // Coverage: every visible character outside boilerplate belongs to a sentence.
    const covered = new Uint8Array(doc.text.length);
    for (const [a, b] of doc.boilerplate) covered.fill(1, a, b);
    for (const s of d.sentences) covered.fill(1, s.start, s.end);
    const lost: string[] = [];
    for (let i = 0; i < doc.text.length; i++) if (!covered[i] && !/\s/.test(doc.text[i]!)) lost.push(`${i}:${doc.text[i]}`);
    console.log(`uncovered visible characters: ${lost.length}${lost.length ? ' ' + lost.slice(0, 20).join(' ') : ''}`);
    const picks = all ? d.sentences : d.sentences.filter((_, i) => i % Math.max(1, Math.floor(d.sentences.length / 12)) === 0);
    for (const s of picks) console.log(`  #${s.index} ${s.kind} [${s.section.at(-1) ?? ''}] ${s.simplified.replace(/\n/g, '⏎').slice(0, 100)}`);
  }
}
