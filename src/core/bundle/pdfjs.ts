// pdf.js for the two things pdf-lib cannot do: render a page to pixels (redaction, PDFs that
// pdf-lib cannot parse) and read a page's embedded text with positions (finding a BSN).
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import type { WordBox } from '../../shared/domain';
import type { RawImage } from './images';
import type * as PdfjsNamespace from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfjsAssets, Rotation } from './types';

type PdfjsModule = typeof PdfjsNamespace;
type PdfjsDocument = Awaited<ReturnType<PdfjsModule['getDocument']>['promise']>;
type PdfjsPage = Awaited<ReturnType<PdfjsDocument['getPage']>>;

const MAX_PIXELS = 40_000_000;

let pdfjsPromise: Promise<PdfjsModule> | null = null;

// Loaded on first use: most bundles never rasterise, and pdf.js is a large module.
function loadPdfjs(): Promise<PdfjsModule> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

function defaultAssets(): Required<PdfjsAssets> {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  return {
    standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
    cMapUrl: path.join(root, 'cmaps') + path.sep,
    wasmUrl: path.join(root, 'wasm') + path.sep,
  };
}

export class PdfjsFile {
  private constructor(private readonly doc: PdfjsDocument) {}

  static async open(bytes: Uint8Array, assets?: PdfjsAssets): Promise<PdfjsFile> {
    const pdfjs = await loadPdfjs();
    const paths = { ...defaultAssets(), ...assets };
    const task = pdfjs.getDocument({
      // pdf.js may transfer (detach) the buffer it is given; the caller still needs its bytes.
      data: bytes.slice(),
      // CVE-2024-4367: never let a PDF's font program become evaluated JavaScript.
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      standardFontDataUrl: paths.standardFontDataUrl,
      cMapUrl: paths.cMapUrl,
      cMapPacked: true,
      wasmUrl: paths.wasmUrl,
      // pdf.js logs through console; errors still surface as rejected promises.
      verbosity: 0,
    });
    return new PdfjsFile(await task.promise);
  }

  get pageCount(): number {
    return this.doc.numPages;
  }

  private page(index: number): Promise<PdfjsPage> {
    return this.doc.getPage(index + 1);
  }

  /**
   * Renders page `index` (0-based) upright: the page's own /Rotate plus `extra`, at `dpi`.
   * Returns RGB pixels and the words of its text layer in the same pixel space.
   */
  async render(
    index: number,
    extra: Rotation,
    dpi: number,
  ): Promise<{ image: RawImage; words: WordBox[]; pointSize: { width: number; height: number } }> {
    const page = await this.page(index);
    try {
      const rotation = (page.rotate + extra) % 360;
      const unit = page.getViewport({ scale: 1, rotation });
      // A poster-sized page at 200 dpi would need gigabytes; cap the pixel count instead.
      const scale = Math.min(dpi / 72, Math.sqrt(MAX_PIXELS / (unit.width * unit.height)));
      const viewport = page.getViewport({ scale, rotation });
      const width = Math.max(1, Math.round(viewport.width));
      const height = Math.max(1, Math.round(viewport.height));
      const canvas = createCanvas(width, height);
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      await page.render({
        canvas: canvas as unknown as HTMLCanvasElement,
        canvasContext: context as unknown as CanvasRenderingContext2D,
        viewport,
      }).promise;
      const rgba = context.getImageData(0, 0, width, height).data;
      const rgb = new Uint8Array(width * height * 3);
      for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
        rgb[j] = rgba[i]!;
        rgb[j + 1] = rgba[i + 1]!;
        rgb[j + 2] = rgba[i + 2]!;
      }
      const words = await this.words(page, viewport.transform);
      return {
        image: { data: rgb, width, height, channels: 3 },
        words,
        pointSize: { width: unit.width, height: unit.height },
      };
    } finally {
      page.cleanup();
    }
  }

  /** Embedded text of page `index` as one string (for finding BSNs before deciding to rasterise). */
  async text(index: number): Promise<string> {
    const page = await this.page(index);
    try {
      const content = await page.getTextContent();
      return content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
        .join('');
    } finally {
      page.cleanup();
    }
  }

  /** Word boxes of the page's own text layer, in the device space of `transform`. */
  private async words(page: PdfjsPage, transform: number[]): Promise<WordBox[]> {
    const content = await page.getTextContent();
    const words: WordBox[] = [];
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const m = multiply(transform, item.transform);
      const dirLength = Math.hypot(m[0]!, m[1]!) || 1;
      const dir = [m[0]! / dirLength, m[1]! / dirLength] as const;
      const up = [dir[1], -dir[0]] as const;
      const fontHeight = Math.hypot(m[2]!, m[3]!);
      const scale = Math.hypot(transform[0]!, transform[1]!);
      const length = item.width * scale;
      const chars = Array.from(item.str);
      const perChar = chars.length > 0 ? length / chars.length : 0;
      let offset = 0;
      for (const token of item.str.split(/(\s+)/)) {
        const n = Array.from(token).length;
        if (token.trim()) {
          const start = offset * perChar;
          const end = (offset + n) * perChar;
          const points = [start, end].flatMap((along) => {
            const bx = m[4]! + dir[0] * along;
            const by = m[5]! + dir[1] * along;
            return [
              // Ascender and descender of typical text fonts, as a share of the font size.
              [bx + up[0] * fontHeight * 0.9, by + up[1] * fontHeight * 0.9],
              [bx - up[0] * fontHeight * 0.22, by - up[1] * fontHeight * 0.22],
            ];
          });
          const xs = points.map((p) => p[0]!);
          const ys = points.map((p) => p[1]!);
          words.push({
            text: token,
            x0: Math.min(...xs),
            y0: Math.min(...ys),
            x1: Math.max(...xs),
            y1: Math.max(...ys),
            confidence: 1,
          });
        }
        offset += n;
      }
    }
    return words;
  }

  async close(): Promise<void> {
    await this.doc.destroy();
  }
}

function multiply(a: number[], b: number[]): number[] {
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4, b5] = b as [number, number, number, number, number, number];
  return [
    a0 * b0 + a2 * b1,
    a1 * b0 + a3 * b1,
    a0 * b2 + a2 * b3,
    a1 * b2 + a3 * b3,
    a0 * b4 + a2 * b5 + a4,
    a1 * b4 + a3 * b5 + a5,
  ];
}
