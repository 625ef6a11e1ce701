// Oproepingen for a zitting: date and time, where, and the term for sending more documents.
import { formatDate, plusDays, workingDaysAfter } from '../calendar';
import type { DocBuilder } from '../doc';
import { beforeZitting } from '../deadlines-phrases';
import { addressBlock, childList, letterhead, metaBlock, roleWord, salutation } from '../render';
import { parentOf, type Template } from './template';

function write(doc: DocBuilder): void {
  const k = doc.ctx.kase;
  const dev = doc.ctx.variant === 'dev';
  const court = k.orgs.court;
  const par = parentOf(k);
  doc.reference = k.courtRef;
  letterhead(doc, court);
  addressBlock(doc, par.p, par.role, par.addr);
  metaBlock(doc, court.city, [
    [dev ? 'Zaaknummer' : 'Ons zaaknummer', k.courtRef],
    ['Betreft', dev ? 'oproeping mondelinge behandeling' : 'uitnodiging zitting kinderrechter'],
  ]);
  doc.push(salutation(doc, par.p), '');
  const zitting = workingDaysAfter(doc.ctx.date, doc.rng.int(12, 25));
  const time = doc.rng.pick(['09:30', '10:45', '11:15', '13:30', '14:15']);
  doc.deadline({ what: 'zitting kinderrechter', date: zitting, time });
  doc.push(
    `De Raad voor de Kinderbescherming heeft de kinderrechter gevraagd een beslissing te nemen over ${childList(doc, k.family.children, 'full')}. Het verzoek is op ${formatDate(plusDays(doc.ctx.date, -doc.rng.int(5, 20)), 'long')} ontvangen.`,
    '',
  );
  if (dev) {
    doc.push(
      'U wordt opgeroepen voor de zitting:',
      '',
      `dag en datum   ${formatDate(zitting, 'weekday-long')}`,
      `tijd           ${time.replace(':', '.')} uur`,
      `plaats         ${court.name}, ${court.city}`,
      '',
    );
  } else {
    doc.push(
      `De zitting is op ${formatDate(zitting, 'weekday-long')} om ${time} uur in het gerechtsgebouw in ${court.city}. Meld u een kwartier van tevoren bij de informatiebalie.`,
      '',
    );
  }
  const spell = doc.rng.chance(0.5);
  doc.push(`Wilt u nog stukken indienen? Dat kan tot ${beforeZitting(doc, zitting, spell)}.`, '');
  doc.push(
    'Neem een geldig legitimatiebewijs mee. Ook als u niet komt, kan de kinderrechter een beslissing nemen.',
    '',
  );
  doc.push('Met vriendelijke groet,', dev ? 'namens de griffier,' : '', '');
  doc.push(
    `${doc.name(k.pros.griffier, 'griffier', 'initials')}${dev ? `, ${roleWord(doc, 'griffier')}` : ` (${roleWord(doc, 'griffier')})`}`,
  );
}

export const summonsTemplates: Template[] = [
  { id: 'oproeping-dev', type: 'summons', variant: 'dev', sender: (k) => k.orgs.court, write },
  {
    id: 'oproeping-holdout',
    type: 'summons',
    variant: 'holdout',
    sender: (k) => k.orgs.court,
    write,
  },
];
