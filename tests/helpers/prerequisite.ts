/**
 * Suites that need something outside Node (Chromium, Python and its packages,
 * the built seed graph) skip without it on a developer's machine, loudly and
 * naming what is missing. Under CI=true a skip would hide a missing install
 * step in .ci/run, so there it is a failure instead.
 *
 * @returns true when the suite must be skipped (`describe.skipIf(skipSuite(…))`)
 */
export function skipSuite(suite: string, missing: string | null, fix?: string): boolean {
  if (missing === null) return false;
  if (process.env.CI === 'true') throw new Error(`${suite} cannot run under CI=true: ${missing}${fix ? ` (${fix})` : ''}`);
  const bar = '!'.repeat(78);
  const lines = [`!! ${suite} SKIPPED: ${missing}`, '!! Nothing in it is proven by this run.'];
  if (fix) lines.push(`!! Fix: ${fix}`);
  console.warn(`\n${bar}\n${lines.join('\n')}\n${bar}\n`);
  return true;
}
