// The one JSON object `npm run bench -- --json` prints as its last stdout line (DESIGN.md §9,
// issue #10). Every contract key is always present: a part that did not run, or a field a
// bench does not measure, is null, never left out and never a made-up number.
import type { ScaleBenchResult } from './scale';
import type { SearchBenchResult } from './search';

export const CONTRACT_KEYS = [
  'searchP95Ms',
  'searchP50Ms',
  'unlockMs',
  'ingestRatio',
  'ingestRecallOurs',
  'ingestRecallNative',
  'bundle500Seconds',
  'bundle1000PeakRssMb',
  'timeline20kMs',
] as const;

export type BenchSummary = Record<(typeof CONTRACT_KEYS)[number], number | null> &
  Record<string, number | string | null>;

/** What bench/ingest.ts and bench/bundle.ts return, old and new field names alike. */
export type IngestFields = Partial<
  Record<
    | 'ingestRatio'
    | 'ingestRecallOurs'
    | 'ingestRecallNative'
    | 'ratio'
    | 'oursRecall'
    | 'oursOcrRecall'
    | 'nativeRecall',
    number
  >
>;
export type BundleFields = Partial<
  Record<'bundle500Seconds' | 'bundle1000PeakRssMb' | 'seconds' | 'peakRssMb' | 'pages', number>
>;

export interface BenchResults {
  search?: SearchBenchResult;
  scale?: ScaleBenchResult;
  ingest?: IngestFields;
  bundle?: BundleFields;
}

const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const first = (...xs: unknown[]): number | null => xs.map(num).find((x) => x !== null) ?? null;

export function benchSummary(r: BenchResults): BenchSummary {
  const b = r.bundle;
  return {
    searchP95Ms: num(r.search?.searchP95Ms),
    searchP50Ms: num(r.search?.searchP50Ms),
    // Unlocking a full vault (50,000 pages; else the scale bench's 20,000).
    unlockMs: first(r.search?.unlockFullMs, r.scale?.unlockMs),
    ingestRatio: first(r.ingest?.ingestRatio, r.ingest?.ratio),
    // Recall over the OCR pages, the same pages native tesseract's recall is measured on.
    ingestRecallOurs: first(r.ingest?.ingestRecallOurs, r.ingest?.oursOcrRecall),
    ingestRecallNative: first(r.ingest?.ingestRecallNative, r.ingest?.nativeRecall),
    // Today's bundle bench builds the 500-page bundle: its time is bundle500Seconds; its peak is
    // for those 500 pages, so it goes out as bundlePeakRssMb, not as the 1,000-page figure.
    bundle500Seconds: first(b?.bundle500Seconds, b?.seconds),
    bundle1000PeakRssMb: num(b?.bundle1000PeakRssMb),
    timeline20kMs: num(r.scale?.timelineMs),
    searchPhraseP95Ms: num(r.search?.searchPhraseP95Ms),
    searchPrefixP95Ms: num(r.search?.searchPrefixP95Ms),
    searchPages: num(r.search?.pages),
    scalePages: num(r.scale?.pages),
    scaleSlowestMs: num(r.scale?.slowest.ms),
    scaleSlowestScreen: r.scale?.slowest.screen ?? null,
    bundlePages: num(b?.pages),
    bundlePeakRssMb: num(b?.peakRssMb),
  };
}
