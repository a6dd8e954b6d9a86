/** `npm run eval` end to end: the real pipeline over the held-out set, report shape, thresholds and usage errors. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'graph-seed/eval/main.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('eval CLI', () => {
  it('prints a JSON report with counts per label and type, and exits 0 (a measurement)', () => {
    const r = run('--set', 'heldout', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { heldout: { passages: number; byLabel: Record<string, { gold: number }>; byType: Record<string, { gold: number }>; entities: { f1: number } } };
    expect(report.heldout.passages).toBe(15);
    expect(Object.keys(report.heldout.byLabel)).toEqual(['Zone', 'Region', 'Industry', 'Company', 'Program', 'Organization']);
    expect(report.heldout.byType['DEVELOPS']!.gold).toBeGreaterThan(0);
    expect(report.heldout.entities.f1).toBeGreaterThanOrEqual(0);
  }, 120_000);

  it('exits 1 exactly when a measured F1 is below its threshold, and 2 on a usage error', () => {
    const measured = (JSON.parse(run('--set', 'heldout', '--json').stdout) as { heldout: { entities: { f1: number } } }).heldout.entities.f1;
    const at = run('--set', 'heldout', '--min-entity-f1', String(measured));
    expect(at.status).toBe(0);
    const above = Math.min(1, measured + 0.001);
    const over = run('--set', 'heldout', `--min-entity-f1=${above}`);
    expect(over.status).toBe(above > measured ? 1 : 0);
    if (above > measured) expect(over.stderr).toMatch(/below threshold: entity F1/);
    expect(run('--set', 'heldout', '--min-relation-f1', '1.01').status).toBe(2);
    const usage = run('--set', 'nope');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--set must be dev, heldout, probe or all/);
  }, 120_000);
});
