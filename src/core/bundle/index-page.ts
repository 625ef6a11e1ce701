// The productielijst (inhoudsopgave): one row per productie, every row a link to its first page.
import { A4, Flow } from './layout';
import { wrapText } from './text';
import type { FontWeight, FrontPage, TextMeasure } from './types';

export interface IndexRow {
  n: number;
  date: string;
  sender: string;
  kind: string;
  description: string;
  /** "12–14" */
  pages: string;
  targetPage: number;
}

const LEFT = 40;
const RIGHT = A4.width - 40;
const SIZE = 8.5;
const LEADING = 11;
const PAD_TOP = 4;
const PAD_BOTTOM = 4;

// Widths sum to RIGHT - LEFT. Measured at 8.5 pt in DejaVu Sans: "14 september 2023" and
// "Onderzoeksrapport" fit on one line, and the page column never wraps ("1234–1240").
const COLUMNS = [
  { key: 'n', title: 'Nr.', width: 22 },
  { key: 'date', title: 'Datum', width: 89 },
  { key: 'sender', title: 'Afzender', width: 104 },
  { key: 'kind', title: 'Soort', width: 88 },
  { key: 'description', title: 'Omschrijving', width: 160.28 },
  { key: 'pages', title: "Pagina's", width: 52 },
] as const;

type ColumnKey = (typeof COLUMNS)[number]['key'];
const GUTTER = 5;

function columnX(index: number): number {
  let x = LEFT;
  for (let i = 0; i < index; i++) x += COLUMNS[i]!.width;
  return x;
}

function drawRow(
  flow: Flow,
  cells: Record<ColumnKey, string>,
  weight: FontWeight,
  measure: TextMeasure,
): { top: number; bottom: number } {
  const wrapped = COLUMNS.map((col) =>
    wrapText(cells[col.key], col.width - GUTTER, SIZE, weight, measure),
  );
  const lines = Math.max(...wrapped.map((w) => w.length));
  const height = PAD_TOP + lines * LEADING + PAD_BOTTOM;
  flow.ensure(height);
  const top = flow.y;
  wrapped.forEach((cellLines, c) => {
    cellLines.forEach((text, i) => {
      if (!text) return;
      // Baseline sits a descender above the line's bottom.
      const y = top - PAD_TOP - (i + 1) * LEADING + 2.5;
      flow.text({ text, x: columnX(c), y, size: SIZE, weight });
    });
  });
  flow.y = top - height;
  return { top, bottom: flow.y };
}

const HEADER: Record<ColumnKey, string> = Object.fromEntries(
  COLUMNS.map((c) => [c.key, c.title]),
) as Record<ColumnKey, string>;

function header(flow: Flow, measure: TextMeasure, continued: boolean): void {
  flow.y -= 18;
  flow.text({
    text: continued ? 'Productielijst (vervolg)' : 'Productielijst',
    x: LEFT,
    y: flow.y,
    size: 16,
    weight: 'bold',
  });
  flow.y -= 12;
  const { bottom } = drawRow(flow, HEADER, 'bold', measure);
  flow.rule({ x0: LEFT, y0: bottom, x1: RIGHT, y1: bottom, width: 0.8, gray: 0 });
}

/** Lays out the rows; the number of pages depends only on the texts, not on page numbers. */
export function layoutIndex(rows: IndexRow[], measure: TextMeasure): FrontPage[] {
  const flow = new Flow('index', (f) => header(f, measure, true));
  header(flow, measure, false);
  if (rows.length === 0) {
    flow.y -= 20;
    flow.text({
      text: 'Er zijn geen producties geselecteerd.',
      x: LEFT,
      y: flow.y,
      size: 10,
      weight: 'regular',
    });
  }
  for (const row of rows) {
    const cells: Record<ColumnKey, string> = {
      n: String(row.n),
      date: row.date,
      sender: row.sender,
      kind: row.kind,
      description: row.description,
      pages: row.pages,
    };
    const { top, bottom } = drawRow(flow, cells, 'regular', measure);
    flow.rule({ x0: LEFT, y0: bottom, x1: RIGHT, y1: bottom, width: 0.3, gray: 0.7 });
    flow.link({ rect: [LEFT, bottom, RIGHT, top], targetPage: row.targetPage });
  }
  return flow.pages;
}
