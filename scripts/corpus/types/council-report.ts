// Raadsrapporten: sources list with roles, analysis, advice; full of past dates (history) and
// a duration advice that is not a dated deadline.
import { formatDate, plusDays } from '../calendar';
import type { DocBuilder } from '../doc';
import { childList, roleWord } from '../render';
import type { Template } from './template';

function write(doc: DocBuilder): void {
  const k = doc.ctx.kase;
  const dev = doc.ctx.variant === 'dev';
  const r = k.orgs.raad;
  const ago = (a: number, b: number) => plusDays(doc.ctx.date, -doc.rng.int(a, b));
  doc.reference = k.raadRef;
  if (dev) {
    doc.push(
      'Raad voor de Kinderbescherming',
      `${r.sub[0]}`,
      '',
      'RAADSRAPPORT',
      'Beschermingsonderzoek',
      '',
    );
    doc.push(
      `Datum rapport: ${formatDate(doc.ctx.date, 'long')}`,
      `Registratienummer: ${k.raadRef}`,
      '',
    );
  } else {
    doc.push(
      'Rapport',
      `Raad voor de Kinderbescherming, ${r.sub[0]}`,
      '',
      `Soort onderzoek: onderzoek naar gezag en verblijfplaats`,
      `Ons nummer ${k.raadRef}`,
      `Vastgesteld op ${formatDate(doc.ctx.date, 'dmy-dash')}`,
      '',
    );
  }
  doc.push(`Betreft: ${childList(doc, k.family.children, 'full')}`, '');
  doc.push(
    dev ? '1. Aanleiding' : 'Waarom dit onderzoek',
    '',
    `Op ${formatDate(ago(60, 120), 'long')} heeft ${k.orgs.vt.name} de Raad verzocht een onderzoek te starten. Het onderzoek is gestart op ${formatDate(ago(30, 59), 'long')}.`,
    '',
    dev ? '2. Gebruikte bronnen' : 'Met wie is gesproken',
    '',
  );
  const sources: string[] = [
    `${doc.name(k.family.mother, 'moeder', 'formal')}, ${roleWord(doc, 'moeder')}`,
    `${doc.name(k.family.father, 'vader', 'formal')}, ${roleWord(doc, 'vader')}`,
    `${doc.name(k.pros.leerkracht, 'leerkracht', 'formal')}, ${roleWord(doc, 'leerkracht')} ${k.orgs.school.name}`,
    `${doc.name(k.pros.huisarts, 'huisarts', 'formal')}, ${roleWord(doc, 'huisarts')}`,
  ];
  if (k.family.partner)
    sources.push(
      `${doc.name(k.family.partner, 'partner moeder', 'formal')}, ${roleWord(doc, 'partner moeder')}`,
    );
  if (k.family.grandmother)
    sources.push(
      `${doc.name(k.family.grandmother, 'grootmoeder', 'formal')}, ${roleWord(doc, 'grootmoeder')} van moederszijde`,
    );
  doc.push(...sources.map((s, i) => (dev ? `- ${s}` : `${i + 1}. ${s}`)), '');
  doc.push(
    dev ? '3. Analyse' : 'Wat de Raad ziet',
    '',
    `De kinderen zijn sinds ${formatDate(ago(300, 700), 'long-noyear')} ${doc.rng.int(2018, 2019)} getuige van conflicten tussen de ouders. Op ${formatDate(ago(20, 29), 'dmy-dash')} vond een huisbezoek plaats.`,
    `De ouders erkennen de zorgen gedeeltelijk. Vrijwillige hulp via ${k.orgs.care.name} is op ${formatDate(ago(100, 200), 'long')} gestopt.`,
    '',
  );
  doc.page();
  doc.push(dev ? '4. Conclusie en advies' : 'Advies aan de kinderrechter', '');
  doc.push(
    `De Raad adviseert de kinderrechter ${childList(doc, k.family.children)} onder toezicht te stellen van ${k.orgs.gi.name} voor de duur van een jaar.`,
    '',
  );
  doc.deadline({ what: 'geadviseerde duur ondertoezichtstelling', rule: 'een jaar' });
  if (dev) {
    doc.push(
      'Dit rapport is opgesteld door:',
      `${doc.name(k.pros.raadsonderzoeker, 'raadsonderzoeker', 'initials')}, ${roleWord(doc, 'raadsonderzoeker')}`,
      '',
      'Vastgesteld door:',
      `${doc.name(k.pros.gedragsdeskundige, 'gedragsdeskundige', 'initials')}, ${roleWord(doc, 'gedragsdeskundige')}`,
    );
  } else {
    doc.push(
      `Onderzoeker: ${doc.name(k.pros.raadsonderzoeker, 'raadsonderzoeker', 'full')} (${roleWord(doc, 'raadsonderzoeker')})`,
      `Akkoord: ${doc.name(k.pros.gedragsdeskundige, 'gedragsdeskundige', 'full')} (${roleWord(doc, 'gedragsdeskundige')})`,
    );
  }
}

export const councilReportTemplates: Template[] = [
  {
    id: 'raadsrapport-dev',
    type: 'council-report',
    variant: 'dev',
    sender: (k) => k.orgs.raad,
    write,
  },
  {
    id: 'raadsrapport-holdout',
    type: 'council-report',
    variant: 'holdout',
    sender: (k) => k.orgs.raad,
    write,
  },
];
