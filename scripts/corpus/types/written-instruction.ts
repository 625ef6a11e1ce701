// Schriftelijke aanwijzingen (art. 1:263 BW) of the GI, with the two-week term of art. 1:264 BW
// and a compliance date.
import { formatDate, plusDays, workingDaysAfter } from '../calendar';
import type { DocBuilder } from '../doc';
import { aanwijzingTerm, statedDate } from '../deadlines-phrases';
import {
  addressBlock,
  ccLine,
  childList,
  letterhead,
  metaBlock,
  roleWord,
  salutation,
  signature,
} from '../render';
import { parentOf, type Template } from './template';

function write(doc: DocBuilder): void {
  const k = doc.ctx.kase;
  const dev = doc.ctx.variant === 'dev';
  const par = parentOf(k);
  const gi = k.orgs.gi;
  doc.reference = `${k.giRef}/A${doc.rng.int(1, 3)}`;
  letterhead(doc, gi);
  if (doc.rng.chance(0.5)) doc.push('AANGETEKEND', '');
  addressBlock(doc, par.p, par.role, par.addr);
  metaBlock(doc, gi.city, [
    ['Kenmerk', doc.reference],
    [
      'Onderwerp',
      dev ? 'schriftelijke aanwijzing (artikel 1:263 BW)' : 'besluit schriftelijke aanwijzing',
    ],
  ]);
  doc.push(salutation(doc, par.p), '');
  const since = plusDays(doc.ctx.date, -doc.rng.int(150, 300));
  doc.push(
    `${childList(doc, k.family.children)} ${k.family.children.length > 1 ? 'staan' : 'staat'} sinds ${formatDate(since, 'long')} onder toezicht van ${gi.name}. Na overleg met de ${roleWord(doc, 'gedragswetenschapper')}, ${doc.name(k.pros.gedragswetenschapper, 'gedragswetenschapper', 'formal')}, geven wij u een schriftelijke aanwijzing.`,
    '',
    dev ? 'Inhoud van de aanwijzing' : 'Wij geven u de volgende aanwijzing:',
    '',
    `U meldt ${k.family.children[0]!.first} ${statedDate(doc, 'aanmelding bij jeugdhulp (aanwijzing)', workingDaysAfter(doc.ctx.date, doc.rng.int(8, 15)))} aan bij ${k.orgs.care.name}.`,
    `U werkt mee aan de begeleide omgang zoals afgesproken op ${formatDate(plusDays(doc.ctx.date, -doc.rng.int(10, 30)), 'long')}.`,
    '',
    'Reden',
    '',
    `Op ${formatDate(plusDays(doc.ctx.date, -doc.rng.int(5, 9)), 'long')} bent u niet verschenen bij de afspraak. Wij hebben u op ${formatDate(plusDays(doc.ctx.date, -doc.rng.int(2, 4)), 'dmy-dash')} gehoord over ons voornemen.`,
    '',
  );
  doc.page();
  doc.push(
    dev ? 'Niet eens met de aanwijzing?' : 'Bezwaar bij de kinderrechter',
    '',
    `U kunt de kinderrechter van de ${k.orgs.court.name} vragen de aanwijzing vervallen te verklaren (artikel 1:264 BW). Dat verzoek moet ${aanwijzingTerm(doc)} bij de rechtbank zijn.`,
    '',
  );
  signature(doc, gi, [{ p: k.pros.jeugdbeschermer, role: 'jeugdbeschermer' }], {
    opdracht: { p: k.pros.teamleider, role: 'teamleider' },
  });
  ccLine(doc, [{ p: par.other, role: par.otherRole, form: 'formal' }]);
}

export const writtenInstructionTemplates: Template[] = [
  {
    id: 'aanwijzing-dev',
    type: 'written-instruction',
    variant: 'dev',
    statutory: true,
    sender: (k) => k.orgs.gi,
    write,
  },
  {
    id: 'aanwijzing-holdout',
    type: 'written-instruction',
    variant: 'holdout',
    statutory: true,
    sender: (k) => k.orgs.gi,
    write,
  },
];
