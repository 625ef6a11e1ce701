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
import { buildManifest, sha256Hex, splitBundle } from './split';
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

/**
 * Builds the bundle PDF (and on request one PDF per productie, in productie order). `manifest`
 * is always returned: the SHA-256 of every original, of the bundle and of each split file; the
 * caller writes it as `manifest.json` next to the split files.
 */
export async function buildBundle(
  docs: BundleDocument[],
  source: BundleSource,
  options: BundleOptions,
): Promise<BuiltBundle> {
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
  const rendered = await renderBundle(plan, docs, source, options, fonts);
  let split: SplitFile[] | undefined;
  if (options.split) {
    options.onProgress?.(0.95, 'Losse producties maken');
    split = await splitBundle(rendered.pdf, plan, options);
  }
  const manifest = buildManifest(
    plan,
    options,
    rendered.pdf,
    rendered.originals,
    rendered.redactedPages,
    split,
  );
  const result: BuiltBundle = {
    pdf: rendered.pdf,
    plan,
    sha256: sha256Hex(rendered.pdf),
    warnings,
    manifest,
  };
  if (split) result.split = split;
  options.onProgress?.(1, 'Bundel klaar');
  return result;
}
