// The cover (voorblad): what the bundle is for, about whom, by whom, and how to read it.
import type { BundlePurpose } from '../../shared/api';
import type { IsoDate } from '../../shared/domain';
import { dutchDate } from './dates';
import { A4, CONTENT_WIDTH, Flow, MARGIN } from './layout';
import { purposeInfo } from './purposes';
import { cleanText, wrapText } from './text';
import type { FrontPage, TextMeasure } from './types';

export interface CoverData {
  purpose: BundlePurpose;
  /** Already shortened to initials when the parent asked for that. */
  subject: string | null;
  zaaknummers: string[];
  compiledBy: string | null;
  today: IsoDate;
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
  undated: number;
  producties: number;
  productiePages: number;
  totalPages: number;
  redactBsn: boolean;
  redactAreas: boolean;
  chronology: boolean;
}

const LABEL_WIDTH = 130;
const BODY = { size: 10.5, leading: 15 } as const;

export function layoutCover(data: CoverData, measure: TextMeasure): FrontPage[] {
  const info = purposeInfo(data.purpose);
  const flow = new Flow('cover');
  const clean = (s: string): string => cleanText(s, measure).replace(/\s*\n\s*/g, ' ');

  flow.text({
    text: 'VERTROUWELIJK — bevat persoonsgegevens van een minderjarige',
    x: MARGIN.left,
    y: A4.height - MARGIN.top + 14,
    size: 8,
    weight: 'bold',
    gray: 0.35,
  });
  flow.y = A4.height - 170;
  flow.paragraph(
    'Dossierbundel',
    { x: MARGIN.left, width: CONTENT_WIDTH, size: 28, leading: 34, weight: 'bold' },
    measure,
  );
  flow.paragraph(
    info.coverTitle,
    { x: MARGIN.left, width: CONTENT_WIDTH, size: 15, leading: 21, weight: 'bold' },
    measure,
  );
  flow.y -= 8;
  flow.rule({
    x0: MARGIN.left,
    y0: flow.y,
    x1: A4.width - MARGIN.right,
    y1: flow.y,
    width: 1.2,
    gray: 0,
  });
  flow.y -= 14;

  const rows: [string, string][] = [];
  if (data.subject) rows.push(['Betreft', clean(data.subject)]);
  if (data.zaaknummers.length > 0) {
    rows.push([
      data.zaaknummers.length === 1 ? 'Zaaknummer' : 'Zaaknummers',
      clean(data.zaaknummers.join(', ')),
    ]);
  }
  if (data.compiledBy) rows.push(['Samengesteld door', clean(data.compiledBy)]);
  rows.push(['Datum', dutchDate(data.today)]);
  if (data.firstDate && data.lastDate) {
    const period =
      data.firstDate === data.lastDate
        ? dutchDate(data.firstDate)
        : `${dutchDate(data.firstDate)} t/m ${dutchDate(data.lastDate)}`;
    const undated = data.undated > 0 ? ` (en ${data.undated} zonder datum)` : '';
    rows.push(['Periode', period + undated]);
  }
  rows.push(['Producties', String(data.producties)]);
  rows.push([
    "Pagina's",
    `${data.totalPages} in totaal, waarvan ${data.productiePages} in de producties`,
  ]);

  for (const [label, value] of rows) {
    const labelLines = wrapText(label, LABEL_WIDTH - 8, BODY.size, 'bold', measure);
    const valueLines = wrapText(value, CONTENT_WIDTH - LABEL_WIDTH, BODY.size, 'regular', measure);
    flow.ensure(Math.max(labelLines.length, valueLines.length) * BODY.leading);
    const top = flow.y;
    labelLines.forEach((text, i) => {
      flow.text({
        text,
        x: MARGIN.left,
        y: top - (i + 1) * BODY.leading,
        size: BODY.size,
        weight: 'bold',
      });
    });
    valueLines.forEach((text, i) => {
      const x = MARGIN.left + LABEL_WIDTH;
      flow.text({ text, x, y: top - (i + 1) * BODY.leading, size: BODY.size, weight: 'regular' });
    });
    flow.y = top - Math.max(labelLines.length, valueLines.length) * BODY.leading - 3;
  }

  flow.y -= 16;
  flow.paragraph(info.coverText, { x: MARGIN.left, width: CONTENT_WIDTH, ...BODY }, measure);
  flow.y -= 14;

  const notes = [
    'Elke productie heeft rechtsboven op de eerste pagina een stempel "Productie N"; alle ' +
      'pagina\'s zijn doorlopend genummerd ("pagina X van Y"). De productielijst geeft per ' +
      "productie de pagina's in deze bundel; in de PDF zijn de regels van de lijst en de " +
      'bladwijzers aanklikbaar.',
    "De stukken zijn opgenomen zoals ze zijn ontvangen. Gescande pagina's hebben een " +
      'onzichtbare tekstlaag (tekstherkenning), zodat de bundel doorzoekbaar is; die tekst kan ' +
      'leesfouten bevatten, het beeld van de pagina is leidend.',
  ];
  if (data.chronology) {
    notes.push(
      'De chronologie verwijst naar producties en pagina\'s van deze bundel ("prod. 4, p. 12").',
    );
  }
  if (data.redactBsn || data.redactAreas) {
    const what = [
      data.redactBsn ? 'burgerservicenummers (BSN)' : null,
      data.redactAreas ? 'door de samensteller gemarkeerde passages' : null,
    ]
      .filter(Boolean)
      .join(' en ');
    notes.push(
      `In deze bundel zijn ${what} onherstelbaar zwart gemaakt. Pagina's met zo'n zwarte balk ` +
        'zijn als afbeelding opgenomen.',
    );
  }
  for (const note of notes) {
    flow.paragraph(
      note,
      { x: MARGIN.left, width: CONTENT_WIDTH, size: 9, leading: 12.5, gray: 0.25 },
      measure,
    );
    flow.y -= 5;
  }
  return flow.pages;
}
