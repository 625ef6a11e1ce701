// One PDF per productie, for portals that take producties one by one (e.g. Mijn Rechtspraak).
// Each file is cut from the finished bundle, so it carries exactly the bundle's pages: the
// "Productie N" stamp and the BUNDLE page numbers ("pagina 12 van 140"). That way a reference
// like "productie 4, pagina 12" means the same page whether the reader has the bundle or the
// loose file, and redaction cannot differ between the two.
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { dutchDate } from './dates';
import { throwIfAborted } from './errors';
import { slugify } from './text';
import type {
  BundleManifest,
  BundleOptions,
  BundlePlan,
  PlannedProductie,
  SplitFile,
} from './types';
import type { OriginalInfo } from './render';

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

export async function splitBundle(
  bundle: Uint8Array,
  plan: BundlePlan,
  options: Pick<BundleOptions, 'now' | 'signal' | 'compiledBy'>,
): Promise<SplitFile[]> {
  const source = await PDFDocument.load(bundle, { updateMetadata: false });
  const now = options.now ?? new Date();
  const files: SplitFile[] = [];
  for (const p of plan.producties) {
    throwIfAborted(options.signal);
    const out = await PDFDocument.create({ updateMetadata: false });
    const indices = Array.from(
      { length: p.lastPage - p.firstPage + 1 },
      (_, i) => p.firstPage - 1 + i,
    );
    for (const page of await out.copyPages(source, indices)) out.addPage(page);
    const who = p.sender ?? p.title;
    out.setTitle(`Productie ${p.n} — ${dutchDate(p.date)} — ${who}`, {
      showInWindowTitleBar: true,
    });
    out.setSubject(plan.title);
    if (options.compiledBy?.trim()) out.setAuthor(options.compiledBy.trim());
    out.setCreator('Dossierkluis');
    out.setProducer('Dossierkluis');
    out.setLanguage('nl-NL');
    out.setCreationDate(now);
    out.setModificationDate(now);
    files.push({
      name: splitFileName(p, plan.producties.length),
      bytes: await out.save({ useObjectStreams: true, objectsPerTick: 2000 }),
    });
  }
  return files;
}

export function buildManifest(
  plan: BundlePlan,
  options: Pick<BundleOptions, 'today' | 'redactBsn' | 'redactAreas'>,
  bundle: Uint8Array,
  originals: Map<string, OriginalInfo>,
  redactedPages: Map<string, number[]>,
  split?: SplitFile[],
): BundleManifest {
  return {
    format: 'dossierkluis-bundle-manifest',
    version: 1,
    purpose: plan.purpose,
    created: options.today,
    bundle: { sha256: sha256Hex(bundle), bytes: bundle.length, pages: plan.totalPages },
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
        ...(file ? { file: file.name, fileSha256: sha256Hex(file.bytes) } : {}),
      };
    }),
  };
}
