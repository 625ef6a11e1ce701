// The optional chronology: the parent's timeline with references into this bundle, so a reader
// can check each event against the letter ("prod. 4, p. 12").
import { A4, Flow } from './layout';
import { wrapText } from './text';
import type { FrontPage, TextMeasure } from './types';

export interface ChronologyCite {
  text: string;
  /** Bundle page to jump to; null when the document is not in the bundle. */
  targetPage: number | null;
}

export interface ChronologyRow {
  date: string;
  title: string;
  cites: ChronologyCite[];
}

const LEFT = 48;
const RIGHT = A4.width - 48;
const SIZE = 9;
const LEADING = 12;
const COL = { date: 84, title: 283.28, source: 132 } as const;
const GUTTER = 6;

function header(flow: Flow, continued: boolean): void {
  flow.y -= 18;
  flow.text({
    text: continued ? 'Chronologie (vervolg)' : 'Chronologie',
    x: LEFT,
    y: flow.y,
    size: 16,
    weight: 'bold',
  });
  if (!continued) {
    flow.y -= 14;
    flow.text({
      text: 'prod. = productienummer, p. = paginanummer in deze bundel',
      x: LEFT,
      y: flow.y,
      size: 8,
      weight: 'regular',
      gray: 0.35,
    });
  }
  flow.y -= 16;
  const y = flow.y;
  flow.text({ text: 'Datum', x: LEFT, y, size: SIZE, weight: 'bold' });
  flow.text({ text: 'Gebeurtenis', x: LEFT + COL.date, y, size: SIZE, weight: 'bold' });
  flow.text({ text: 'Bron', x: LEFT + COL.date + COL.title, y, size: SIZE, weight: 'bold' });
  flow.y -= 5;
  flow.rule({ x0: LEFT, y0: flow.y, x1: RIGHT, y1: flow.y, width: 0.8, gray: 0 });
}

export function layoutChronology(rows: ChronologyRow[], measure: TextMeasure): FrontPage[] {
  const flow = new Flow('chronology', (f) => header(f, true));
  header(flow, false);
  for (const row of rows) {
    const dateLines = wrapText(row.date, COL.date - GUTTER, SIZE, 'regular', measure);
    const titleLines = wrapText(row.title, COL.title - GUTTER, SIZE, 'regular', measure);
    const citeLines = row.cites.flatMap((cite) =>
      wrapText(cite.text, COL.source - GUTTER, SIZE, 'regular', measure).map((text) => ({
        text,
        targetPage: cite.targetPage,
      })),
    );
    const lines = Math.max(dateLines.length, titleLines.length, citeLines.length, 1);
    const height = 4 + lines * LEADING + 4;
    flow.ensure(height);
    const top = flow.y;
    const baseline = (i: number): number => top - 4 - (i + 1) * LEADING + 3;
    dateLines.forEach((text, i) => {
      if (text) flow.text({ text, x: LEFT, y: baseline(i), size: SIZE, weight: 'regular' });
    });
    titleLines.forEach((text, i) => {
      if (text)
        flow.text({ text, x: LEFT + COL.date, y: baseline(i), size: SIZE, weight: 'regular' });
    });
    const sourceX = LEFT + COL.date + COL.title;
    citeLines.forEach((line, i) => {
      if (!line.text) return;
      const y = baseline(i);
      flow.text({
        text: line.text,
        x: sourceX,
        y,
        size: SIZE,
        weight: 'regular',
        gray: line.targetPage ? 0 : 0.4,
      });
      if (line.targetPage) {
        const width = measure.widthOf(line.text, SIZE, 'regular');
        flow.link({
          rect: [sourceX - 1, y - 3, sourceX + width + 1, y + SIZE],
          targetPage: line.targetPage,
        });
      }
    });
    flow.y = top - height;
    flow.rule({ x0: LEFT, y0: flow.y, x1: RIGHT, y1: flow.y, width: 0.3, gray: 0.7 });
  }
  return flow.pages;
}
