// One PDF per productie, for portals that take producties one by one (e.g. Mijn Rechtspraak).
// Each file is drawn by the same renderer as the bundle's pages, with the "Productie N" stamp
// and the BUNDLE page numbers ("pagina 12 van 140"). That way a reference like "productie 4,
// pagina 12" means the same page whether the reader has the bundle or the loose file, and
// redaction (the same planning on the same originals) cannot differ between the two. Drawing
// again instead of cutting from the finished bundle keeps memory bounded: the bundle is never
// loaded back.
import { createHash } from 'node:crypto';
import { dutchDate } from './dates';
import { throwIfAborted } from './errors';
import { slugify } from './text';
import type {
  BundleDocument,
  BundleFonts,
  BundleManifest,
  BundleOptions,
  BundlePlan,
  BundleSource,
  PlannedProductie,
  SplitFile,
} from './types';
import { renderSplitFile, type OriginalInfo } from './render';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** productie-03-2022-07-19-rechtbank-overijssel.pdf */
export function splitFileName(p: PlannedProductie, count: number): string {
  const digits = Math.max(2, String(count).length);
  const parts = [
    'productie',
    String(p.n).padStart(digits, '0'),
    p.date ?? 'zonder-datum',
    slugify(p.sender ?? p.title),
  ].filter(Boolean);
  return `${parts.join('-')}.pdf`;
}

/**
 * Draws each productie again as its own PDF and hands it to `emit` one at a time (so the files
 * never pile up in memory). Returns each file's name and SHA-256 for the manifest.
 */
export async function splitBundle(
  plan: BundlePlan,
  docs: Map<string, BundleDocument>,
  source: BundleSource,
  options: BundleOptions,
  fonts: BundleFonts,
  emit: (file: SplitFile) => void | Promise<void>,
): Promise<SplitEntry[]> {
  const now = options.now ?? new Date();
  const entries: SplitEntry[] = [];
  for (const p of plan.producties) {
    throwIfAborted(options.signal);
    const doc = docs.get(p.documentId)!;
    const bytes = await renderSplitFile(plan, p, doc, source, options, fonts, {
      title: `Productie ${p.n} — ${dutchDate(p.date)} — ${p.sender ?? p.title}`,
      subject: plan.title,
      ...(options.compiledBy ? { compiledBy: options.compiledBy } : {}),
      now,
    });
    const name = splitFileName(p, plan.producties.length);
    entries.push({ name, sha256: sha256Hex(bytes) });
    await emit({ name, bytes });
  }
  return entries;
}

/** What the manifest records of a split file. */
export interface SplitEntry {
  name: string;
  sha256: string;
}

export function buildManifest(
  plan: BundlePlan,
  options: Pick<BundleOptions, 'today' | 'redactBsn' | 'redactAreas'>,
  bundle: { sha256: string; bytes: number },
  originals: Map<string, OriginalInfo>,
  redactedPages: Map<string, number[]>,
  split?: SplitEntry[],
): BundleManifest {
  return {
    format: 'dossierkluis-bundle-manifest',
    version: 1,
    purpose: plan.purpose,
    created: options.today,
    bundle: { sha256: bundle.sha256, bytes: bundle.bytes, pages: plan.totalPages },
    redaction: { bsn: Boolean(options.redactBsn), areas: (options.redactAreas ?? []).length },
    producties: plan.producties.map((p, i) => {
      const original = originals.get(p.documentId);
      const file = split?.[i];
      return {
        n: p.n,
        documentId: p.documentId,
        title: p.title,
        date: p.date,
        sender: p.sender,
        firstPage: p.firstPage,
        lastPage: p.lastPage,
        original: original ?? { sha256: '', bytes: 0, mimeType: '' },
        redactedPages: [...(redactedPages.get(p.documentId) ?? [])].sort((a, b) => a - b),
        ...(file ? { file: file.name, fileSha256: file.sha256 } : {}),
      };
    }),
  };
}
