// DejaVu Sans covers the Latin letters of every name a parent may type (ı, ş, ł, é, ğ, ø …).
// pdf-lib's standard fonts are WinAnsi only and would throw on "Yılmaz-Şahin".
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { BundleError } from './errors';
import type { BundleFonts, FontWeight, TextMeasure } from './types';

type FontkitFont = ReturnType<typeof fontkit.create>;

const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

// Under tsx/vitest this file sits in src/core/bundle; a bundled Electron main moves it, so the
// working directory is a second guess and `options.fonts` the way to be explicit.
function fontDirCandidates(): string[] {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return [
    path.resolve(here, '../../../resources/fonts'),
    path.resolve(process.cwd(), 'resources/fonts'),
  ];
}

export async function loadBundleFonts(dir?: string): Promise<BundleFonts> {
  const dirs = dir ? [dir] : fontDirCandidates();
  for (const candidate of dirs) {
    try {
      const [regular, bold] = await Promise.all([
        readFile(path.join(candidate, FONT_FILES.regular)),
        readFile(path.join(candidate, FONT_FILES.bold)),
      ]);
      return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
    } catch {
      // try the next location
    }
  }
  throw new BundleError(
    'INTERNAL',
    'Het lettertype voor de bundel ontbreekt in de installatie. Installeer Dossierkluis opnieuw.',
  );
}

/** Advance widths straight from the font tables, without shaping, exactly as the renderer draws. */
class FontMetrics {
  private readonly font: FontkitFont;
  private readonly scale: number;
  private readonly widths = new Map<number, number>();

  constructor(bytes: Uint8Array) {
    this.font = fontkit.create(bytes);
    this.scale = 1 / this.font.unitsPerEm;
  }

  has(codePoint: number): boolean {
    return this.font.hasGlyphForCodePoint(codePoint);
  }

  /** Width in em of one code point. */
  advance(codePoint: number): number {
    let width = this.widths.get(codePoint);
    if (width === undefined) {
      width = this.font.glyphForCodePoint(codePoint).advanceWidth * this.scale;
      this.widths.set(codePoint, width);
    }
    return width;
  }

  get descent(): number {
    return -this.font.descent * this.scale;
  }

  get postscriptName(): string {
    return this.font.postscriptName ?? 'DejaVuSans';
  }
}

export function createTextMeasure(fonts: BundleFonts): TextMeasure {
  const metrics = { regular: new FontMetrics(fonts.regular), bold: new FontMetrics(fonts.bold) };
  return {
    widthOf(text: string, size: number, weight: FontWeight): number {
      const m = metrics[weight];
      let em = 0;
      for (const ch of text) em += m.advance(ch.codePointAt(0)!);
      return em * size;
    },
    canShow(char: string): boolean {
      const cp = char.codePointAt(0)!;
      return metrics.regular.has(cp) && metrics.bold.has(cp);
    },
  };
}

/**
 * A font embedded in one output PDF. Text is encoded one code point at a time (cached) instead
 * of through fontkit's shaping: shaping every OCR word of a 500-page bundle costs seconds, and
 * unshaped glyphs keep a 1:1 ToUnicode mapping so pdftotext returns exactly the word.
 */
export class EmbeddedFont {
  readonly font: PDFFont;
  private readonly metrics: FontMetrics;
  private readonly hexByChar = new Map<string, string>();

  private constructor(font: PDFFont, metrics: FontMetrics) {
    this.font = font;
    this.metrics = metrics;
  }

  /**
   * `tag` names the subset (PDF 32000-1 §9.6.4: six capitals + "+"); a fixed name instead of
   * pdf-lib's random suffix keeps the output byte-identical for identical input.
   */
  static async embed(doc: PDFDocument, bytes: Uint8Array, tag: string): Promise<EmbeddedFont> {
    doc.registerFontkit(fontkit);
    const metrics = new FontMetrics(bytes);
    const font = await doc.embedFont(bytes, {
      subset: true,
      customName: `${tag}+${metrics.postscriptName}`,
    });
    return new EmbeddedFont(font, metrics);
  }

  /** Glyph ids as hex for a `<…> Tj`; characters without a glyph become '?'. */
  encode(text: string): string {
    let hex = '';
    for (const ch of text) {
      let code = this.hexByChar.get(ch);
      if (code === undefined) {
        const shown = this.metrics.has(ch.codePointAt(0)!) ? ch : '?';
        code = this.font.encodeText(shown).toString().slice(1, -1);
        this.hexByChar.set(ch, code);
      }
      hex += code;
    }
    return hex;
  }

  widthOf(text: string, size: number): number {
    let em = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      em += this.metrics.advance(this.metrics.has(cp) ? cp : 63);
    }
    return em * size;
  }

  /** Distance from baseline to the lowest descender, in em. */
  get descent(): number {
    return this.metrics.descent;
  }
}
