// Beschikkingen of the kinderrechter from different rechtbanken: ondertoezichtstelling,
// verlenging, machtiging uithuisplaatsing. Dev uses numbered sections; the holdout the
// capitals layout ("DE PROCEDURE", "DE BEOORDELING", "DE BESLISSING").
import { formatDate, plusDays, plusMonths } from '../calendar';
import type { DocBuilder } from '../doc';
import { hogerBeroepTerm } from '../deadlines-phrases';
import { childList, roleWord } from '../render';
import { parentOf, type Template } from './template';

type Measure = 'ots' | 'verlenging' | 'uhp';

function decision(
  doc: DocBuilder,
  measure: Measure,
): { until: string; line: string; what: string } {
  const months = measure === 'uhp' ? doc.rng.pick([3, 6]) : 12;
  const until = plusMonths(doc.ctx.date, months);
  const kids = doc.ctx.kase.family.children;
  const names = kids.map((c) => `${c.first} ${c.surname}`).join(' en ');
  const dev = doc.ctx.variant === 'dev';
  const u = formatDate(until, dev ? 'long' : doc.rng.pick(['long', 'dmy-dash'] as const));
  if (measure === 'ots')
    return {
      until,
      what: 'einde ondertoezichtstelling',
      line: `stelt ${names} onder toezicht van ${doc.ctx.kase.orgs.gi.name} met ingang van ${formatDate(doc.ctx.date, 'long')} tot ${u};`,
    };
  if (measure === 'verlenging')
    return {
      until,
      what: 'einde verlengde ondertoezichtstelling',
      line: `verlengt de ondertoezichtstelling van ${names} tot ${u};`,
    };
  return {
    until,
    what: 'einde machtiging uithuisplaatsing',
    line: `verleent een machtiging tot uithuisplaatsing van ${names} in een voorziening voor pleegzorg, ingaande ${formatDate(doc.ctx.date, 'long')} tot ${u};`,
  };
}

function write(doc: DocBuilder, measure: Measure): void {
  const k = doc.ctx.kase;
  const dev = doc.ctx.variant === 'dev';
  const court = k.orgs.court;
  const m = doc.ctx.rng;
  const mother = k.family.mother;
  const father = k.family.father;
  const par = parentOf(k);
  const adv = par.role === 'moeder' ? k.pros.advocaatMoeder : k.pros.advocaatVader;
  doc.reference = k.courtRef;
  const date = formatDate(doc.ctx.date, dev ? m.pick(['long', 'dmy-dash'] as const) : 'long');
  const d = decision(doc, measure);
  const subject = {
    ots: 'ondertoezichtstelling',
    verlenging: 'verlenging ondertoezichtstelling',
    uhp: 'machtiging uithuisplaatsing',
  }[measure];
  if (dev) {
    doc.push(
      'beschikking',
      court.name.toUpperCase(),
      ...court.sub,
      `Zittingsplaats ${court.city}`,
      '',
    );
    doc.push(
      `Zaaknummer: ${k.courtRef}`,
      `Datum uitspraak: ${date}`,
      '',
      `Beschikking van de kinderrechter over ${subject}`,
      '',
    );
  } else {
    doc.push(
      court.name,
      `Afdeling privaatrecht, ${court.sub[0]}`,
      '',
      `zaaknummer / rekestnummer: ${k.courtRef}`,
      '',
      `Beschikking van ${date} van de kinderrechter`,
      '',
    );
  }
  doc.push(
    `in de zaak naar aanleiding van het verzoek van ${measure === 'ots' ? 'de Raad voor de Kinderbescherming, regio ' + k.orgs.raad.city : k.orgs.gi.name + ', hierna: de GI'},`,
    `betreffende ${childList(doc, k.family.children, 'full')}, geboren op ${k.family.born.map((b) => formatDate(b, 'long')).join(' en ')}.`,
    '',
    `Belanghebbenden: ${doc.name(mother, 'moeder', 'full')}, hierna: de ${roleWord(doc, 'moeder')}, en ${doc.name(father, 'vader', 'full')}, hierna: de ${roleWord(doc, 'vader')}.`,
    `De ${par.role} wordt bijgestaan door ${doc.name(adv, 'advocaat', 'mr')}, ${roleWord(doc, 'advocaat')} te ${k.orgs.lawyer.city}.`,
    '',
  );
  const hearing = plusDays(doc.ctx.date, dev ? 0 : -m.int(0, 7));
  const present = [
    `de ${par.role}`,
    `${doc.name(k.pros.raadsonderzoeker, 'raadsonderzoeker', 'formal')} namens de Raad`,
    `${doc.name(k.pros.jeugdbeschermer, 'jeugdbeschermer', 'formal')}, ${roleWord(doc, 'jeugdbeschermer')}, namens de GI`,
  ];
  if (dev)
    doc.push(
      '1. Het procesverloop',
      '',
      `1.1. De kinderrechter heeft kennisgenomen van het verzoekschrift van ${formatDate(plusDays(doc.ctx.date, -m.int(20, 40)), 'long')} met bijlagen.`,
      `1.2. Op ${formatDate(hearing, 'long')} is de zaak ter zitting behandeld. Aanwezig waren: ${present.join(', ')}.`,
      '',
      '2. De feiten',
      '',
    );
  else
    doc.push(
      'DE PROCEDURE',
      '',
      `Het verzoek is ingekomen op ${formatDate(plusDays(doc.ctx.date, -m.int(20, 40)), 'dmy-dash')}. De mondelinge behandeling vond plaats op ${formatDate(hearing, 'long')}. Verschenen zijn ${present.join(', ')}.`,
      '',
      'DE BEOORDELING',
      '',
    );
  doc.push(
    `De kinderen wonen bij de ${m.pick(['moeder', 'vader'])}. Er is sprake van een langdurige strijd tussen de ouders. De school meldt sinds ${formatDate(plusDays(doc.ctx.date, -m.int(120, 300)), 'long-noyear')} zorgen over de ontwikkeling.`,
    `De kinderrechter is van oordeel dat de ontwikkeling van de kinderen ernstig wordt bedreigd en dat de hulp die nodig is onvoldoende wordt geaccepteerd.`,
    '',
  );
  doc.page();
  doc.push(
    dev ? '3. De beslissing' : 'DE BESLISSING',
    '',
    'De kinderrechter:',
    '',
    `- ${d.line}`,
    '- verklaart deze beschikking uitvoerbaar bij voorraad;',
    '- wijst af wat meer of anders is verzocht.',
    '',
  );
  doc.deadline({ what: d.what, date: d.until });
  const kr = doc.name(k.pros.kinderrechter, 'kinderrechter', 'mr');
  const gr = doc.name(k.pros.griffier, 'griffier', m.pick(['initials', 'initial1'] as const));
  if (dev)
    doc.push(
      `Deze beschikking is gegeven door ${kr}, ${roleWord(doc, 'kinderrechter')}, in tegenwoordigheid van ${gr} als ${roleWord(doc, 'griffier')}, en in het openbaar uitgesproken op ${date}.`,
      '',
    );
  else
    doc.push(
      `Gegeven door ${kr}, ${roleWord(doc, 'kinderrechter')}, bijgestaan door ${gr}, ${roleWord(doc, 'griffier')}.`,
      `Uitgesproken in het openbaar op ${date}.`,
      '',
    );
  doc.push(
    `Tegen deze beschikking kan ${hogerBeroepTerm(doc, court.hof)} hoger beroep worden ingesteld bij het gerechtshof ${court.hof}. Hoger beroep moet worden ingesteld door een advocaat.`,
  );
}

const t = (id: string, variant: 'dev' | 'holdout', measure: Measure): Template => ({
  id,
  type: 'court-decision',
  variant,
  statutory: true,
  sender: (k) => k.orgs.court,
  write: (doc) => write(doc, measure),
});

export const courtDecisionTemplates: Template[] = [
  t('beschikking-ots-dev', 'dev', 'ots'),
  t('beschikking-verlenging-dev', 'dev', 'verlenging'),
  t('beschikking-uhp-dev', 'dev', 'uhp'),
  t('beschikking-verlenging-holdout', 'holdout', 'verlenging'),
  t('beschikking-uhp-holdout', 'holdout', 'uhp'),
];
