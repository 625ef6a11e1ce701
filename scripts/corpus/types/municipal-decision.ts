// Besluiten of the gemeente under the Jeugdwet: toekenning with a period (its end is a date) or
// afwijzing, always with the six-week bezwaar term (art. 6:7 Awb).
import { formatDate, plusDays, plusMonths } from '../calendar';
import type { DocBuilder } from '../doc';
import { bezwaarTerm } from '../deadlines-phrases';
import {
  addressBlock,
  childRef,
  letterhead,
  metaBlock,
  roleWord,
  salutation,
  signature,
} from '../render';
import { parentOf, type Template } from './template';

function write(doc: DocBuilder, grant: boolean): void {
  const k = doc.ctx.kase;
  const dev = doc.ctx.variant === 'dev';
  const g = k.orgs.gemeente;
  const par = parentOf(k);
  doc.reference = g.ref(doc.rng, Number(doc.ctx.date.slice(0, 4)));
  letterhead(doc, g);
  addressBlock(doc, par.p, par.role, par.addr);
  metaBlock(doc, g.city, [
    [dev ? 'Zaaknummer' : 'Ons kenmerk', doc.reference],
    ['Contactpersoon', doc.name(k.pros.consulent, 'consulent gemeente', 'initial1')],
    ['Onderwerp', grant ? 'toekenning jeugdhulp' : 'besluit op uw aanvraag'],
  ]);
  doc.push(salutation(doc, par.p), '');
  const c = k.family.children[0]!;
  doc.push(
    `Op ${formatDate(plusDays(doc.ctx.date, -doc.rng.int(14, 50)), 'long')} heeft u jeugdhulp aangevraagd voor ${childRef(doc, c, 'full')}, burgerservicenummer ${doc.makeBsn()}. Onze ${roleWord(doc, 'consulent gemeente')} heeft met u gesproken.`,
    '',
  );
  doc.push(dev ? 'Ons besluit' : 'Wat hebben wij besloten?', '');
  if (grant) {
    const from = plusDays(doc.ctx.date, doc.rng.int(3, 10));
    const until = plusDays(plusMonths(from, doc.rng.pick([6, 12])), -1);
    doc.push(
      `Wij kennen ${c.first} ambulante jeugdhulp toe van ${formatDate(from, 'long')} tot en met ${formatDate(until, 'long')}, ${doc.rng.int(2, 6)} uur per week, bij ${k.orgs.care.name}.`,
      '',
    );
    doc.deadline({ what: 'einde toekenning jeugdhulp', date: until });
  } else {
    doc.push(
      `Wij wijzen uw aanvraag af. De hulp die ${c.first} nodig heeft, kan via de school en het wijkteam worden geboden.`,
      '',
    );
  }
  doc.push(
    dev ? 'Bent u het niet eens met dit besluit?' : 'Bezwaar maken',
    '',
    `Dan kunt u ${bezwaarTerm(doc)} een bezwaarschrift sturen aan het college van burgemeester en wethouders van ${g.city}, ${g.street}, ${g.postcode} ${g.city}.`,
    '',
  );
  signature(doc, g, [{ p: k.pros.teamleiderGemeente, role: 'teamleider gemeente' }], {
    namens: dev
      ? 'namens het college van burgemeester en wethouders,'
      : 'het college van burgemeester en wethouders, namens dezen,',
  });
}

export const municipalDecisionTemplates: Template[] = [
  {
    id: 'besluit-toekenning-dev',
    type: 'municipal-decision',
    variant: 'dev',
    statutory: true,
    sender: (k) => k.orgs.gemeente,
    write: (d) => write(d, true),
  },
  {
    id: 'besluit-afwijzing-dev',
    type: 'municipal-decision',
    variant: 'dev',
    statutory: true,
    sender: (k) => k.orgs.gemeente,
    write: (d) => write(d, false),
  },
  {
    id: 'besluit-toekenning-holdout',
    type: 'municipal-decision',
    variant: 'holdout',
    statutory: true,
    sender: (k) => k.orgs.gemeente,
    write: (d) => write(d, true),
  },
  {
    id: 'besluit-afwijzing-holdout',
    type: 'municipal-decision',
    variant: 'holdout',
    statutory: true,
    sender: (k) => k.orgs.gemeente,
    write: (d) => write(d, false),
  },
];
