// Turns resources/sample-case into bundle input the way the vault would: real original bytes,
// truth metadata, and page words. OCR is another module, so word POSITIONS for scanned pages are
// faked by laying the true words on a grid over the upright page; the PDF layer built from them
// is real and is checked with independent tools.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';
import type { WordBox } from '../../../src/shared/domain';
import type { BundleDocument, BundlePage, BundleSource, Rotation } from '../../../src/core/bundle';

export const SAMPLE_DIR = path.resolve(import.meta.dirname, '../../../resources/sample-case');

export interface TruthDoc {
  id: string;
  file: string;
  format: string;
  pages: number;
  date: string | null;
  type: BundleDocument['type'];
  sender: string | null;
  reference: string | null;
  bsn: string | null;
  text: string;
  rendering: {
    kind: string;
    pages: { page: number; textLayer: boolean; rotationDeg?: number | null }[];
  };
}

export async function loadTruth(): Promise<TruthDoc[]> {
  return JSON.parse(await readFile(path.join(SAMPLE_DIR, 'truth.json'), 'utf8')) as TruthDoc[];
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tiff: 'image/tiff',
};

/** The truth's rotationDeg says how the scan is turned; the vault stores the turn that undoes it. */
export function uprightTurn(rotationDeg: number | null | undefined): Rotation {
  return ((360 - (rotationDeg ?? 0)) % 360) as Rotation;
}

/** True words of one page on a regular grid over a `width`×`height` upright page. */
export function gridWords(text: string, width: number, height: number): WordBox[] {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  const rows = Math.max(lines.length, 50);
  const margin = width * 0.08;
  const lineHeight = (height - 2 * margin) / rows;
  const charWidth = (width - 2 * margin) / 110;
  const words: WordBox[] = [];
  lines.forEach((line, row) => {
    let x = margin;
    for (const word of line.split(/\s+/).filter(Boolean)) {
      const w = Array.from(word).length * charWidth;
      const y0 = margin + row * lineHeight;
      words.push({ text: word, x0: x, y0, x1: x + w, y1: y0 + lineHeight * 0.8, confidence: 0.9 });
      x += w + charWidth;
    }
  });
  return words;
}

async function uprightSizes(
  truth: TruthDoc,
  bytes: Uint8Array,
): Promise<{ width: number; height: number }[]> {
  if (truth.format === 'pdf') {
    const pdf = await PDFDocument.load(bytes);
    return pdf.getPages().map((p, i) => {
      const { width, height } = p.getSize();
      const turn = uprightTurn(truth.rendering.pages[i]?.rotationDeg);
      return turn === 90 || turn === 270 ? { width: height, height: width } : { width, height };
    });
  }
  const sizes: { width: number; height: number }[] = [];
  for (let i = 0; i < truth.pages; i++) {
    const meta = await sharp(bytes, { page: i }).metadata();
    const turn = uprightTurn(truth.rendering.pages[i]?.rotationDeg);
    const w = meta.width ?? 1;
    const h = meta.pageHeight ?? meta.height ?? 1;
    sizes.push(turn === 90 || turn === 270 ? { width: h, height: w } : { width: w, height: h });
  }
  return sizes;
}

export interface Sample {
  docs: BundleDocument[];
  truth: Map<string, TruthDoc>;
  originals: Map<string, Uint8Array>;
  source: BundleSource;
}

export async function loadSample(
  overrides?: (doc: BundleDocument, truth: TruthDoc) => void,
): Promise<Sample> {
  const truths = await loadTruth();
  const originals = new Map<string, Uint8Array>();
  const docs: BundleDocument[] = [];
  for (const t of truths) {
    const bytes = new Uint8Array(await readFile(path.join(SAMPLE_DIR, 'docs', t.file)));
    originals.set(t.id, bytes);
    const texts = t.text.split('\f');
    const sizes = await uprightSizes(t, bytes);
    const pages: BundlePage[] = sizes.map((size, i) => {
      const r = t.rendering.pages[i];
      const embedded = r?.textLayer === true;
      const text = texts[i] ?? '';
      // OCR space is pixels of a ~300 dpi upright image; embedded pages use points.
      const scale = embedded ? 1 : 300 / 72;
      const width = t.format === 'pdf' ? size.width * scale : size.width;
      const height = t.format === 'pdf' ? size.height * scale : size.height;
      return {
        n: i + 1,
        source: embedded ? 'embedded' : 'ocr',
        text,
        words: embedded ? [] : gridWords(text, width, height),
        width,
        height,
        rotation: uprightTurn(r?.rotationDeg),
      };
    });
    const doc: BundleDocument = {
      id: t.id,
      date: t.date,
      title: `${t.type} ${t.reference ?? t.id}`,
      type: t.type,
      sender: t.sender,
      references: t.reference ? [t.reference] : [],
      mimeType: MIME[t.format] ?? 'application/octet-stream',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      pages,
      status: 'confirmed',
      bsn: t.bsn ? [t.bsn] : [],
      byteSize: bytes.length,
    };
    overrides?.(doc, t);
    docs.push(doc);
  }
  const source: BundleSource = {
    async original(id: string) {
      const bytes = originals.get(id);
      if (!bytes) throw new Error(`no original ${id}`);
      return bytes;
    },
  };
  return { docs, truth: new Map(truths.map((t) => [t.id, t])), originals, source };
}
