// Small builders for bundle unit tests. The measure is a fixed-pitch stand-in for the font so
// wrapping is predictable; the integration tests use the real DejaVu metrics.
import type { BundleDocument, BundlePage, TextMeasure } from '../../../src/core/bundle';

export const monoMeasure: TextMeasure = {
  widthOf: (text, size, weight) => Array.from(text).length * size * (weight === 'bold' ? 0.6 : 0.5),
  canShow: (ch) => ch.codePointAt(0)! < 0x1f000,
};

export function page(
  n: number,
  text = `tekst van pagina ${n}`,
  extra: Partial<BundlePage> = {},
): BundlePage {
  return { n, source: 'ocr', text, words: [], width: 2480, height: 3508, rotation: 0, ...extra };
}

let counter = 0;

export function doc(partial: Partial<BundleDocument> & { id: string }): BundleDocument {
  counter++;
  return {
    date: null,
    title: `Document ${partial.id}`,
    type: 'letter',
    sender: 'Jeugdbescherming Hanzeland',
    references: [],
    mimeType: 'application/pdf',
    sha256: `sha-${partial.id}-${counter}`,
    pages: [page(1)],
    status: 'confirmed',
    ...partial,
  };
}

export function pages(count: number): BundlePage[] {
  return Array.from({ length: count }, (_, i) => page(i + 1));
}
