// The bundle module's front door. Returns bytes only: the caller (services) writes the files the
// parent chose to export, atomically; nothing here touches the disk except reading the fonts.
import type { PreflightWarning } from '../../shared/api';
import { isIsoDate } from './dates';
import { BundleError, throwIfAborted } from './errors';
import { createTextMeasure, loadBundleFonts } from './fonts';
import { planBundle } from './plan';
import { preflight } from './preflight';
import { PURPOSES } from './purposes';
import { renderBundle } from './render';
import { MemorySink, type ByteSink } from './pdf-stream';
import { buildManifest, splitBundle, type SplitEntry } from './split';
import type { BuiltBundle, BundleDocument, BundleOptions, BundleSource, SplitFile } from './types';

export type * from './types';
export { BundleError } from './errors';
export {
  planBundle,
  selectDocuments,
  orderDocuments,
  bundlePageFor,
  collectBsns,
  type PlanOptions,
} from './plan';
export { preflight } from './preflight';
export { PURPOSES, DOCUMENT_TYPE_LABELS, purposeInfo, type PurposeInfo } from './purposes';
export { createTextMeasure, loadBundleFonts } from './fonts';
export { isValidBsn, findBsnsInText } from './bsn';
export { splitFileName } from './split';
export { MemorySink, type ByteSink } from './pdf-stream';
export { dutchDate } from './dates';

function validate(options: BundleOptions): void {
  if (!PURPOSES[options.purpose]) {
    throw new BundleError(
      'BAD_INPUT',
      'Kies waarvoor de bundel is (bijvoorbeeld rechtbank of advocaat).',
    );
  }
  for (const [name, value] of [
    ['today', options.today],
    ['from', options.from],
    ['to', options.to],
  ] as const) {
    if (value !== undefined && !isIsoDate(value)) {
      throw new BundleError('BAD_INPUT', `De datum "${value}" (${name}) is geen geldige datum.`);
    }
  }
  if (options.from && options.to && options.from > options.to) {
    throw new BundleError('BAD_INPUT', 'De begindatum van de periode ligt na de einddatum.');
  }
}

/** Where `writeBundle` puts its output. */
export interface BundleOutput {
  /** Receives the bundle's bytes in order, as they are produced. */
  bundle: ByteSink;
  /** With `split`: receives each productie's file, one at a time, in productie order. */
  splitFile?: (file: SplitFile) => void | Promise<void>;
}

/** What `writeBundle` returns: everything of BuiltBundle except the bytes, which went out. */
export type WrittenBundle = Omit<BuiltBundle, 'pdf' | 'split'> & {
  /** Size of the bundle PDF in bytes. */
  bytes: number;
};

/**
 * Builds the bundle PDF and streams it to `output.bundle` while drawing (memory stays bounded by
 * the largest productie, not the bundle), and on request one PDF per productie to
 * `output.splitFile`. `manifest` is always returned: the SHA-256 of every original, of the
 * bundle and of each split file; the caller writes it as `manifest.json` next to the split files.
 * On an error the sink has received part of a PDF: the caller discards it.
 */
export async function writeBundle(
  docs: BundleDocument[],
  source: BundleSource,
  options: BundleOptions,
  output: BundleOutput,
): Promise<WrittenBundle> {
  validate(options);
  throwIfAborted(options.signal);
  const fonts = options.fonts ?? (await loadBundleFonts());
  const plan = planBundle(docs, options, createTextMeasure(fonts));
  if (plan.producties.length === 0) {
    throw new BundleError(
      'BAD_INPUT',
      'Er zitten geen documenten in deze selectie. Kies een andere periode of voeg documenten toe.',
    );
  }
  const warnings: PreflightWarning[] = preflight(docs, options);
  const rendered = await renderBundle(plan, docs, source, options, fonts, output.bundle);
  let split: SplitEntry[] | undefined;
  if (options.split) {
    options.onProgress?.(0.95, 'Losse producties maken');
    const byId = new Map(docs.map((d) => [d.id, d]));
    split = await splitBundle(plan, byId, source, options, fonts, (f) => output.splitFile?.(f));
  }
  const manifest = buildManifest(
    plan,
    options,
    rendered,
    rendered.originals,
    rendered.redactedPages,
    split,
  );
  options.onProgress?.(1, 'Bundel klaar');
  return { plan, sha256: rendered.sha256, bytes: rendered.bytes, warnings, manifest };
}

/**
 * Builds the bundle PDF in memory (and on request one PDF per productie, in productie order).
 * For large bundles prefer `writeBundle`, which does not hold the output.
 */
export async function buildBundle(
  docs: BundleDocument[],
  source: BundleSource,
  options: BundleOptions,
): Promise<BuiltBundle> {
  const sink = new MemorySink();
  const files: SplitFile[] = [];
  const written = await writeBundle(docs, source, options, {
    bundle: sink,
    splitFile: (f) => {
      files.push(f);
    },
  });
  const { bytes: _size, ...rest } = written;
  const result: BuiltBundle = { ...rest, pdf: sink.bytes() };
  if (options.split) result.split = files;
  return result;
}
