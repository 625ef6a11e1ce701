// Verzoekschriften to the kinderrechter: from the GI (verlenging), the Raad (OTS) or a lawyer
// (vervallenverklaring, omgang). They mention the end of the current measure — a real date.
import { formatDate, plusDays, plusMonths } from '../calendar';
import type { DocBuilder } from '../doc';
import { childList, roleWord } from '../render';
import { parentOf, type Template } from './template';

function write(doc: DocBuilder, who: 'gi' | 'raad' | 'lawyer'): void {
  const k = doc.ctx.kase;
  const dev = doc.ctx.variant === 'dev';
  const par = parentOf(k);
  const org = who === 'gi' ? k.orgs.gi : who === 'raad' ? k.orgs.raad : k.orgs.lawyer;
  doc.reference =
    who === 'gi'
      ? k.giRef
      : who === 'raad'
        ? k.raadRef
        : org.ref(doc.rng, Number(doc.ctx.date.slice(0, 4)));
  doc.push(
    dev ? 'VERZOEKSCHRIFT' : 'Verzoekschrift',
    '',
    `Aan de kinderrechter van de ${k.orgs.court.name}`,
    '',
  );
  doc.push(`Kenmerk verzoeker: ${doc.reference}`, '');
  const kids = childList(doc, k.family.children, 'full');
  if (who === 'lawyer') {
    const adv = par.role === 'moeder' ? k.pros.advocaatMoeder : k.pros.advocaatVader;
    doc.push(
      `Verzoeker is ${doc.name(par.p, par.role, 'formal-full')}, de ${roleWord(doc, par.role)} van ${kids}, die voor deze zaak woonplaats kiest ten kantore van ${org.name} te ${org.city}, van wie ${doc.name(adv, 'advocaat', 'mr')} als ${roleWord(doc, 'advocaat')} optreedt.`,
      '',
      `Verzoeker verzoekt de kinderrechter de schriftelijke aanwijzing van ${formatDate(plusDays(doc.ctx.date, -doc.rng.int(4, 12)), 'long')} van ${k.orgs.gi.name} vervallen te verklaren.`,
    );
  } else {
    const end = plusMonths(doc.ctx.date, doc.rng.int(1, 2));
    doc.push(
      `${org.name}${who === 'raad' ? `, regio ${k.orgs.raad.city}` : ''}, hierna: verzoeker, verzoekt de kinderrechter ${who === 'gi' ? 'de ondertoezichtstelling te verlengen' : 'een ondertoezichtstelling uit te spreken'} van ${kids}.`,
      '',
      `Ouders zijn ${doc.name(k.family.mother, 'moeder', 'full')} (${roleWord(doc, 'moeder')}) en ${doc.name(k.family.father, 'vader', 'full')} (${roleWord(doc, 'vader')}).`,
    );
    if (who === 'gi') {
      doc.push(`De huidige ondertoezichtstelling loopt af op ${formatDate(end, 'long')}.`);
      doc.deadline({ what: 'einde ondertoezichtstelling', date: end });
    }
  }
  doc.push(
    '',
    dev ? 'Gronden van het verzoek' : 'Redenen waarom dit wordt verzocht',
    '',
    `Sinds ${formatDate(plusDays(doc.ctx.date, -doc.rng.int(200, 400)), 'long')} is er hulp in het gezin. De ontwikkeling van de kinderen blijft zorgelijk; de ouders werken wisselend mee.`,
    '',
    dev
      ? 'Met conclusie dat het de kinderrechter moge behagen het verzoek toe te wijzen.'
      : 'Verzoeker vraagt de kinderrechter het verzoek toe te wijzen.',
    '',
    `${org.city}, ${formatDate(doc.ctx.date, dev ? 'long' : 'dmy-dash')}`,
    '',
  );
  if (who === 'gi') {
    doc.push(
      `${doc.name(k.pros.jeugdbeschermer, 'jeugdbeschermer', 'initials')}, ${roleWord(doc, 'jeugdbeschermer')}`,
      `${doc.name(k.pros.gedragswetenschapper, 'gedragswetenschapper', 'initials')}, ${roleWord(doc, 'gedragswetenschapper')}`,
    );
  } else if (who === 'raad') {
    doc.push(
      `namens de Raad, ${doc.name(k.pros.raadsonderzoeker, 'raadsonderzoeker', 'formal')}, ${roleWord(doc, 'raadsonderzoeker')}`,
    );
  } else {
    doc.push(
      `${doc.name(par.role === 'moeder' ? k.pros.advocaatMoeder : k.pros.advocaatVader, 'advocaat', 'mr')}`,
    );
  }
}

const t = (id: string, variant: 'dev' | 'holdout', who: 'gi' | 'raad' | 'lawyer'): Template => ({
  id,
  type: 'petition',
  variant,
  sender: (k) => (who === 'gi' ? k.orgs.gi : who === 'raad' ? k.orgs.raad : k.orgs.lawyer),
  write: (doc) => write(doc, who),
});

export const petitionTemplates: Template[] = [
  t('verzoekschrift-gi-dev', 'dev', 'gi'),
  t('verzoekschrift-raad-dev', 'dev', 'raad'),
  t('verzoekschrift-advocaat-dev', 'dev', 'lawyer'),
  t('verzoekschrift-gi-holdout', 'holdout', 'gi'),
  t('verzoekschrift-advocaat-holdout', 'holdout', 'lawyer'),
];
