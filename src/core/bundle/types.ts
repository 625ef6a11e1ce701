// Input and output of the bundle module. The lead's services turn vault rows into
// `BundleDocument`s and a `BundleSource`; everything here is plain data so a worker thread can
// receive it by structured clone (except the source, the callbacks and the signal).
import type { BundleProductie, BundlePurpose, PreflightWarning } from '../../shared/api';
import type {
  DocumentStatus,
  DocumentType,
  IsoDate,
  TextSource,
  WordBox,
} from '../../shared/domain';

export type { PreflightWarning };

export type Rotation = 0 | 90 | 180 | 270;

/**
 * One page of a document as the vault knows it.
 *
 * Coordinate space of `words` (and of `RedactArea` boxes): the page as a reader sees it
 * UPRIGHT, i.e. after `rotation` is applied, `width` × `height` units, origin at the top-left
 * corner, y growing downwards.
 * - OCR pages: pixels of the upright image that was OCR'd (`width`/`height` = that image).
 * - Embedded-text PDF pages: PDF points of the displayed page (pdf.js viewport at scale 1,
 *   which already includes the page's own /Rotate). If you have PDF user space (origin
 *   bottom-left, y up) set `origin: 'bottom-left'` and the y axis is flipped for you.
 * Only the ratio matters: boxes are scaled from `width`×`height` onto the bundle page.
 */
export interface BundlePage {
  /** 1-based page number within the document. */
  n: number;
  source: TextSource;
  /** Page text (used for pre-flight, BSN detection and text documents). */
  text: string;
  words: WordBox[];
  width: number;
  height: number;
  /**
   * Clockwise degrees to turn the page, as a viewer shows the original (PDF: including its own
   * /Rotate; images: after EXIF orientation), so that it reads upright.
   */
  rotation: Rotation;
  /** Default 'top-left'. See the coordinate space above. */
  origin?: 'top-left' | 'bottom-left';
}

export interface BundleDocument {
  id: string;
  /** The letter's own date; null = undated (placed last). */
  date: IsoDate | null;
  title: string;
  type: DocumentType;
  sender: string | null;
  references: string[];
  /** Sniffed type of the original (application/pdf, image/png, image/jpeg, image/tiff,
   * image/webp, text/plain, message/rfc822). The bytes are sniffed again when rendering. */
  mimeType: string;
  /** SHA-256 (hex) of the original bytes; checked against what the source returns. */
  sha256: string;
  pages: BundlePage[];
  status?: DocumentStatus;
  /** BSNs extraction found in this document; redacted everywhere when `redactBsn` is on. */
  bsn?: string[];
  /** Names of persons linked to the document, for the `persons` selection. */
  persons?: string[];
  possibleDuplicateOf?: string | null;
  /** Size of the original in bytes, for the "very large" pre-flight warning. */
  byteSize?: number;
}

export interface PageImage {
  png: Uint8Array;
  width: number;
  height: number;
}

/** Where the renderer gets the decrypted originals; bytes stay in memory only. */
export interface BundleSource {
  /** Original file bytes, byte-for-byte as imported. */
  original(documentId: string): Promise<Uint8Array>;
  /**
   * Upright rendering of a page. Only used as a fallback for originals the renderer cannot
   * decode itself (e.g. HEIC); its pixels must be in the words' coordinate space (scaled).
   */
  pageImage?(documentId: string, n: number): Promise<PageImage>;
}

/** A rectangle to black out, in the page's word coordinate space (see `BundlePage`). */
export interface RedactArea {
  documentId: string;
  /** 1-based page number within the document. */
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface BundleTimelineEntry {
  date: IsoDate;
  title: string;
  approximate?: boolean;
  disputed?: boolean;
  /** When set and `cites` is empty the entry cites the document's first page. */
  documentId?: string;
  cites?: { documentId: string; pages: number[] }[];
}

export interface BundleFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** Where pdf.js finds its data files (paths ending in '/'); defaults to the pdfjs-dist package. */
export interface PdfjsAssets {
  standardFontDataUrl?: string;
  cMapUrl?: string;
  wasmUrl?: string;
}

export interface BundleOptions {
  purpose: BundlePurpose;
  /** Hand-picked documents: exactly these (the purpose's default types are then ignored). */
  docs?: string[];
  /** Period on the letter date, inclusive. Undated documents fall outside any period. */
  from?: IsoDate;
  to?: IsoDate;
  /** Document types; default: the purpose's default selection. */
  types?: DocumentType[];
  /** Keep documents linked to any of these persons (case-insensitive name match). */
  persons?: string[];
  /** Explicit order of document ids; selected documents not listed follow in date order. */
  order?: string[];
  /** Add the chronology section (needs `timeline`). */
  chronology?: boolean;
  timeline?: BundleTimelineEntry[];
  /** Black out BSNs: the given ones, the documents' own, and 11-proef numbers in the text. */
  redactBsn?: boolean;
  bsns?: string[];
  redactAreas?: RedactArea[];
  /** Also produce one PDF per productie. */
  split?: boolean;
  compiledBy?: string;
  /** The family/child as the parent chooses to show it. */
  subject?: string;
  /** Show `subject` as initials ("Mila Jansen" → "M.J."). */
  initialsOnly?: boolean;
  zaaknummers?: string[];
  /** Date printed on the cover. */
  today: IsoDate;
  /** Creation time in the PDF metadata; default now. Fix it for reproducible bytes. */
  now?: Date;
  /** Font bytes; default `resources/fonts/DejaVuSans*.ttf`. */
  fonts?: BundleFonts;
  pdfjs?: PdfjsAssets;
  /** Resolution for pages that must be rasterised (redaction, unreadable PDFs). Default 200. */
  rasterDpi?: number;
  onProgress?: (fraction: number, message: string) => void;
  signal?: AbortSignal;
}

/** Text widths in PDF points; the plan wraps with it and the renderer draws what it planned. */
export interface TextMeasure {
  widthOf(text: string, size: number, weight: FontWeight): number;
  /** False when the font has no glyph; such characters are shown as '?'. */
  canShow(char: string): boolean;
}

export type FontWeight = 'regular' | 'bold';

// ---- the plan ---------------------------------------------------------------------------

export interface PageRange {
  first: number;
  last: number;
}

export interface PlacedText {
  text: string;
  /** Left edge of the text, PDF points from the page's left edge. */
  x: number;
  /** Baseline, PDF points from the page's bottom edge. */
  y: number;
  size: number;
  weight: FontWeight;
  /** Grey level 0 (black) .. 1 (white); default 0. */
  gray?: number;
}

export interface PlacedRule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  width: number;
  gray: number;
}

export interface PlacedLink {
  /** [x0, y0, x1, y1] in PDF points, origin bottom-left. */
  rect: [number, number, number, number];
  /** Bundle page number (1-based) the link jumps to. */
  targetPage: number;
}

/** A cover, index or chronology page, fully laid out. */
export interface FrontPage {
  section: 'cover' | 'index' | 'chronology';
  /** Bundle page number, 1-based. */
  page: number;
  texts: PlacedText[];
  rules: PlacedRule[];
  links: PlacedLink[];
}

export type ProductieKind = 'pdf' | 'image' | 'text';

export interface PlannedProductie extends BundleProductie {
  title: string;
  date: IsoDate | null;
  sender: string | null;
  type: DocumentType;
  kind: ProductieKind;
  pageCount: number;
  /** Bundle page offset (0-based from firstPage) where each document page starts. */
  pageStarts: number[];
  /** Text documents only: the lines of each bundle page. */
  textPages?: PlacedText[][];
}

export interface OutlineItem {
  title: string;
  page: number;
  children: OutlineItem[];
}

export interface BundlePlan {
  purpose: BundlePurpose;
  /** PDF document title. */
  title: string;
  totalPages: number;
  sections: {
    cover: PageRange;
    index: PageRange;
    chronology: PageRange | null;
    producties: PageRange | null;
  };
  producties: PlannedProductie[];
  frontPages: FrontPage[];
  outline: OutlineItem[];
  /** Every BSN that is blacked out (only when redaction is on). */
  bsns: string[];
  redaction: boolean;
}

export interface SplitFile {
  name: string;
  bytes: Uint8Array;
}

export interface BundleManifest {
  format: 'dossierkluis-bundle-manifest';
  version: 1;
  purpose: BundlePurpose;
  created: IsoDate;
  bundle: { sha256: string; bytes: number; pages: number };
  redaction: { bsn: boolean; areas: number };
  producties: {
    n: number;
    documentId: string;
    title: string;
    date: IsoDate | null;
    sender: string | null;
    firstPage: number;
    lastPage: number;
    original: { sha256: string; bytes: number; mimeType: string };
    redactedPages: number[];
    file?: string;
    fileSha256?: string;
  }[];
}

export interface BuiltBundle {
  pdf: Uint8Array;
  plan: BundlePlan;
  sha256: string;
  warnings: PreflightWarning[];
  manifest: BundleManifest;
  split?: SplitFile[];
}
