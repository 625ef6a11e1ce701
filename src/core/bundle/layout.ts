// Page geometry shared by the plan (which paginates) and the renderer (which draws what the
// plan placed). Units: PDF points, origin bottom-left.
import type {
  FontWeight,
  FrontPage,
  PlacedLink,
  PlacedRule,
  PlacedText,
  TextMeasure,
} from './types';
import { wrapText } from './text';

export const A4 = { width: 595.28, height: 841.89 } as const;

export const MARGIN = {
  left: 56.69,
  right: 56.69,
  top: 56.69,
  // The "pagina X van Y" stamp sits below this line; front matter never runs into it.
  bottom: 62,
} as const;

export const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

/** Lines of a text document page (text/plain, e-mail). */
export const TEXT_DOC = { size: 10, leading: 13.5 } as const;

export type SectionKind = FrontPage['section'];

/**
 * Top-to-bottom placement with page breaks. `newPage` is called for each page after the first
 * so a section can repeat its heading (the index repeats its column header).
 */
export class Flow {
  readonly pages: FrontPage[] = [];
  private current: FrontPage;
  /** Baseline cursor: the top of the next thing to place. */
  y: number;

  constructor(
    private readonly section: SectionKind,
    private readonly onNewPage?: (flow: Flow) => void,
  ) {
    this.current = this.blank();
    this.pages.push(this.current);
    this.y = A4.height - MARGIN.top;
  }

  private blank(): FrontPage {
    return { section: this.section, page: 0, texts: [], rules: [], links: [] };
  }

  get page(): FrontPage {
    return this.current;
  }

  get isFirstPage(): boolean {
    return this.pages.length === 1;
  }

  /** Starts a new page unless `height` more points fit above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height >= MARGIN.bottom) return;
    this.breakPage();
  }

  breakPage(): void {
    this.current = this.blank();
    this.pages.push(this.current);
    this.y = A4.height - MARGIN.top;
    this.onNewPage?.(this);
  }

  text(t: PlacedText): void {
    this.current.texts.push(t);
  }

  rule(r: PlacedRule): void {
    this.current.rules.push(r);
  }

  link(l: PlacedLink): void {
    this.current.links.push(l);
  }

  /** Places a wrapped paragraph at `x` in `width`; returns the lines placed. */
  paragraph(
    text: string,
    opts: {
      x: number;
      width: number;
      size: number;
      leading: number;
      weight?: FontWeight;
      gray?: number;
    },
    measure: TextMeasure,
  ): void {
    const weight = opts.weight ?? 'regular';
    for (const line of wrapText(text, opts.width, opts.size, weight, measure)) {
      this.ensure(opts.leading);
      this.y -= opts.leading;
      if (line) {
        const t: PlacedText = { text: line, x: opts.x, y: this.y, size: opts.size, weight };
        if (opts.gray !== undefined) t.gray = opts.gray;
        this.text(t);
      }
    }
  }
}
