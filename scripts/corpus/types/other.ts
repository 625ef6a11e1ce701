// Type "other": decisions of a klachtencommissie ("KC-2021-047"). Not a complaint — the
// commission's ruling on one — and not a court decision.
import { formatDate, plusDays } from '../calendar';
import type { DocBuilder } from '../doc';
import { roleWord } from '../render';
import { parentOf, type Template } from './template';

function write(doc: DocBuilder): void {
  const k = doc.ctx.kase;
  const dev = doc.ctx.variant === 'dev';
  const b = k.orgs.board;
  const par = parentOf(k);
  doc.reference = b.ref(doc.rng, Number(doc.ctx.date.slice(0, 4)));
  const filed = plusDays(doc.ctx.date, -doc.rng.int(60, 120));
  const hearing = plusDays(doc.ctx.date, -doc.rng.int(14, 30));
  doc.push(b.name, ...b.sub, '');
  doc.push(
    dev ? 'UITSPRAAK' : 'Beslissing van de klachtencommissie',
    '',
    `Klachtnummer: ${doc.reference}`,
    `Datum uitspraak: ${formatDate(doc.ctx.date, dev ? 'long' : 'dmy-dash')}`,
    '',
  );
  doc.push(
    `in de klacht van ${doc.name(par.p, par.role, 'formal')}, ${roleWord(doc, par.role)}, hierna: klager,`,
    `tegen ${doc.name(k.pros.jeugdbeschermer, 'jeugdbeschermer', 'formal')}, ${roleWord(doc, 'jeugdbeschermer')} bij ${k.orgs.gi.name}, hierna: beklaagde.`,
    '',
    dev ? '1. Verloop van de procedure' : 'De procedure',
    '',
    `De klacht is ontvangen op ${formatDate(filed, 'long')}. De hoorzitting vond plaats op ${formatDate(hearing, 'long')}. Aanwezig waren klager, beklaagde en ${doc.name(k.pros.teamleider, 'teamleider', 'formal')} (${roleWord(doc, 'teamleider')}).`,
    '',
    dev ? '2. Beoordeling' : 'Overwegingen',
    '',
    'De commissie stelt vast dat beklaagde klager niet tijdig heeft geïnformeerd over het stopzetten van de omgang. Dat had wel gemoeten.',
    '',
    dev ? '3. Uitspraak' : 'Beslissing',
    '',
    `De klachtencommissie verklaart de klacht ${doc.rng.pick(['gegrond', 'gedeeltelijk gegrond'])}.`,
    `De bestuurder van ${k.orgs.gi.name} laat klager binnen vier weken na ontvangst van deze uitspraak weten welke maatregelen worden genomen.`,
    '',
  );
  doc.deadline({
    what: 'reactie bestuurder op uitspraak klachtencommissie',
    rule: 'binnen vier weken na ontvangst van deze uitspraak',
  });
  doc.push(
    `${doc.name(k.pros.voorzitter, 'voorzitter', 'mr')}, ${roleWord(doc, 'voorzitter')}`,
    `${doc.name(k.pros.secretaris, 'secretaris', 'initials')}, ${roleWord(doc, 'secretaris')}`,
  );
}

export const otherTemplates: Template[] = [
  {
    id: 'klachtencommissie-uitspraak-dev',
    type: 'other',
    variant: 'dev',
    sender: (k) => k.orgs.board,
    write,
  },
  {
    id: 'klachtencommissie-uitspraak-holdout',
    type: 'other',
    variant: 'holdout',
    sender: (k) => k.orgs.board,
    write,
  },
];
