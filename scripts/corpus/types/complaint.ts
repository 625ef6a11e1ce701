// Complaints written by a parent: to the GI's klachtencommissie, to a care provider, to the
// school board. The sender is the parent.
import { formatDate, plusDays, workingDaysAfter } from '../calendar';
import type { DocBuilder } from '../doc';
import { statedDate } from '../deadlines-phrases';
import { fullName } from '../names';
import { childList, orgAddressBlock, roleWord } from '../render';
import { parentOf, type Template } from './template';

function write(doc: DocBuilder, to: 'board' | 'gi' | 'care'): void {
  const k = doc.ctx.kase;
  const dev = doc.ctx.variant === 'dev';
  const par = parentOf(k);
  const target = to === 'board' ? k.orgs.board : to === 'gi' ? k.orgs.gi : k.orgs.care;
  const accused =
    to === 'care'
      ? { p: k.pros.behandelaar, role: 'behandelaar GGZ' }
      : { p: k.pros.jeugdbeschermer, role: 'jeugdbeschermer' };
  doc.reference = to === 'care' ? null : k.giRef;
  doc.push(
    doc.name(par.p, par.role, 'full'),
    par.addr.street,
    `${par.addr.postcode} ${par.addr.city}`,
    '',
  );
  orgAddressBlock(doc, target);
  doc.push(`${par.addr.city}, ${formatDate(doc.ctx.date, dev ? 'long' : 'dmy-dash')}`, '');
  doc.push(
    `Betreft: klacht over ${doc.name(accused.p, accused.role, 'formal')}, ${roleWord(doc, accused.role)}`,
  );
  if (doc.reference) doc.push(`Dossiernummer: ${doc.reference}`);
  doc.push('', dev ? 'Geachte leden van de commissie,' : 'Geachte heer, mevrouw,', '');
  const incident = plusDays(doc.ctx.date, -doc.rng.int(10, 40));
  doc.push(
    `Ik ben de ${roleWord(doc, par.role)} van ${childList(doc, k.family.children)}. ${dev ? 'Hierbij dien ik een klacht in' : 'Met deze brief wil ik een klacht indienen'} over de manier waarop ${doc.name(accused.p, accused.role, 'surname')} met mij en mijn kinderen omgaat.`,
    '',
    `Op ${formatDate(incident, 'long')} is zonder overleg besloten de omgang met ${k.family.children[0]!.first} stop te zetten. Mijn e-mails van ${formatDate(plusDays(incident, 2), 'dmy-dash')} en ${formatDate(plusDays(incident, 9), 'dmy-dash')} zijn niet beantwoord.`,
    `Ook de ${roleWord(doc, 'teamleider')}, ${doc.name(k.pros.teamleider, 'teamleider', 'formal')}, heeft niet gereageerd.`,
    '',
    `Ik vraag u mij ${statedDate(doc, 'ontvangstbevestiging klacht', workingDaysAfter(doc.ctx.date, doc.rng.int(8, 12)))} te laten weten of mijn klacht in behandeling wordt genomen.`,
    '',
    dev ? 'Met vriendelijke groet,' : 'Hoogachtend,',
    '',
    fullName(par.p),
  );
  if (to !== 'care') {
    const adv = par.role === 'moeder' ? k.pros.advocaatMoeder : k.pros.advocaatVader;
    doc.push('', `cc: ${doc.name(adv, 'advocaat', 'mr')}, ${roleWord(doc, 'advocaat')}`);
  }
}

const t = (id: string, variant: 'dev' | 'holdout', to: 'board' | 'gi' | 'care'): Template => ({
  id,
  type: 'complaint',
  variant,
  sender: (k) => ({ name: fullName(parentOf(k).p), kind: 'parent' }),
  write: (doc) => write(doc, to),
});

export const complaintTemplates: Template[] = [
  t('klacht-commissie-dev', 'dev', 'board'),
  t('klacht-gi-dev', 'dev', 'gi'),
  t('klacht-zorg-holdout', 'holdout', 'care'),
  t('klacht-commissie-holdout', 'holdout', 'board'),
];
