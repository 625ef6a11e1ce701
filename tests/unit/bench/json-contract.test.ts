import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { benchSummary, CONTRACT_KEYS } from '../../../bench/summary';

// DESIGN.md §9 / issue #10: `npm run bench -- --json` ends with one JSON object holding every
// contract key. The lead's README table and CI read it; a renamed or missing key breaks them.
describe('bench JSON contract', () => {
  it('has every key, null for parts that did not run', () => {
    const empty = benchSummary({});
    expect(Object.keys(empty)).toEqual(expect.arrayContaining([...CONTRACT_KEYS]));
    for (const key of CONTRACT_KEYS) expect(empty[key]).toBeNull();
  });

  it('takes the ingest and bundle fields under their old and new names, never NaN', () => {
    const today = benchSummary({
      ingest: { ratio: 0.81, oursRecall: 0.97, oursOcrRecall: 0.95, nativeRecall: 0.951 },
      bundle: { seconds: 7.5, peakRssMb: 555, pages: 503 },
    });
    expect(today).toMatchObject({
      ingestRatio: 0.81,
      ingestRecallOurs: 0.95,
      ingestRecallNative: 0.951,
      bundle500Seconds: 7.5,
      bundle1000PeakRssMb: null,
      bundlePeakRssMb: 555,
    });
    const next = benchSummary({
      ingest: { ingestRatio: 1.02, ingestRecallOurs: 0.96, ingestRecallNative: 0.95, ratio: 0.5 },
      bundle: { bundle500Seconds: 6, bundle1000PeakRssMb: 590 },
    });
    expect(next).toMatchObject({
      ingestRatio: 1.02,
      ingestRecallOurs: 0.96,
      ingestRecallNative: 0.95,
      bundle500Seconds: 6,
      bundle1000PeakRssMb: 590,
    });
    // No native tesseract: the ingest bench reports NaN, the JSON says null.
    expect(benchSummary({ ingest: { ratio: NaN } }).ingestRatio).toBeNull();
  });

  it('`npm run bench -- --json --quick` prints the table, then the object as the last line', () => {
    const run = spawnSync('npx', ['tsx', 'bench/run.ts', '--json', '--quick'], {
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout.trimEnd().split('\n');
    expect(out.some((l) => l.includes('Dossierkluis benchmark'))).toBe(true);
    const last = JSON.parse(out[out.length - 1]!) as Record<string, unknown>;
    expect(Object.keys(last)).toEqual(expect.arrayContaining([...CONTRACT_KEYS]));
    for (const key of ['searchP95Ms', 'searchP50Ms', 'unlockMs', 'timeline20kMs'])
      expect(last[key]).toEqual(expect.any(Number));
    expect(last.searchP50Ms as number).toBeLessThanOrEqual(last.searchP95Ms as number);
    // Ingest and bundle have no quick mode; they did not run.
    expect(last.ingestRatio).toBeNull();
    expect(last.bundle500Seconds).toBeNull();
  }, 300_000);

  it('refuses an unknown part with a clear message', () => {
    const run = spawnSync('npx', ['tsx', 'bench/run.ts', 'zoeken'], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/Onbekend onderdeel "zoeken"/);
    expect(run.stdout).toBe('');
  });
});
