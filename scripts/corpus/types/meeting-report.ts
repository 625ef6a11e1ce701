// Verslagen in different formats: "Aanwezig: X (moeder), …" lines, one-per-line participant
// lists, an action table, notulen with "Afwezig m.k.". Afspraken with dates are deadlines.
import type { Case } from '../case';
import { formatDate, plusDays, workingDaysAfter } from '../calendar';
import type { DocBuilder } from '../doc';
import type { Person } from '../names';
import type { Org } from '../organisations';
import { childList, roleWord } from '../render';
import type { Template } from './template';

interface P {
  p: Person;
  role: string;
}

function participants(doc: DocBuilder, host: 'gi' | 'school' | 'care' | 'gemeente'): P[] {
  const k = doc.ctx.kase;
  const list: P[] = [
    { p: k.family.mother, role: 'moeder' },
    { p: k.family.father, role: 'vader' },
  ];
  if (host === 'gi')
    list.push(
      { p: k.pros.jeugdbeschermer, role: 'jeugdbeschermer' },
      { p: k.pros.gedragswetenschapper, role: 'gedragswetenschapper' },
    );
  if (host === 'school')
    list.push(
      { p: k.pros.internBegeleider, role: 'intern begeleider' },
      { p: k.pros.leerkracht, role: 'leerkracht' },
      { p: k.pros.jeugdbeschermer, role: 'jeugdbeschermer' },
    );
  if (host === 'care')
    list.push(
      { p: k.pros.behandelaar, role: 'behandelaar GGZ' },
      { p: k.pros.gezinsbegeleider, role: 'gezinsbegeleider' },
    );
  if (host === 'gemeente')
    list.push(
      { p: k.pros.wijkteam, role: 'wijkteammedewerker' },
      { p: k.pros.consulent, role: 'consulent gemeente' },
    );
  return list;
}

function write(
  doc: DocBuilder,
  host: 'gi' | 'school' | 'care' | 'gemeente',
  org: Org,
  format: number,
): void {
  const k = doc.ctx.kase;
  const ps = participants(doc, host);
  const date = doc.ctx.date;
  if (host === 'gi') doc.reference = k.giRef;
  doc.push(org.name, '');
  const title = doc.rng.pick(
    format === 2
      ? ['Notulen multidisciplinair overleg', 'Verslag MDO']
      : ['Verslag gesprek', 'Gespreksverslag', 'Verslag overleg'],
  );
  doc.push(title, '');
  const when = formatDate(date, doc.rng.pick(['long', 'dmy-dash', 'weekday-long'] as const));
  const next = workingDaysAfter(date, doc.rng.int(15, 30));
  const nextTime = doc.rng.pick(['09:00', '10:30', '13:00', '15:30']);
  if (format === 0) {
    doc.push(
      `Datum: ${when}`,
      `Locatie: ${org.city}`,
      `Aanwezig: ${ps.map((x) => `${doc.name(x.p, x.role, 'initial1')} (${roleWord(doc, x.role)})`).join(', ')}`,
    );
    if (doc.reference) doc.push(`Kenmerk: ${doc.reference}`);
    doc.blank();
  } else if (format === 1) {
    doc.push(
      `Datum gesprek ${when}`,
      '',
      'Deelnemers',
      ...ps.map((x) => `- ${doc.name(x.p, x.role, 'full')}, ${roleWord(doc, x.role)}`),
      '',
    );
    if (doc.reference) doc.push(`Dossiernummer ${doc.reference}`, '');
  } else {
    const absent = ps.pop()!;
    doc.push(
      `Datum overleg: ${when}`,
      `Aanwezig:`,
      ...ps.map((x) => `  ${doc.name(x.p, x.role, 'formal')} - ${roleWord(doc, x.role)}`),
      `Afwezig m.k.: ${doc.name(absent.p, absent.role, 'initials')} (${roleWord(doc, absent.role)})`,
      `Notulist: ${doc.name(k.pros.secretaris, 'secretaris', 'initial1')} (${roleWord(doc, 'secretaris')})`,
      '',
    );
    if (doc.reference) doc.push(`Ref.: ${doc.reference}`, '');
  }
  doc.push(
    'Bespreking',
    '',
    `Het gaat wisselend met ${childList(doc, k.family.children)}. Sinds het vorige overleg op ${formatDate(plusDays(date, -doc.rng.int(21, 60)), 'long')} is de situatie thuis rustiger.`,
    `Moeder vertelt dat het weekend van ${formatDate(plusDays(date, -doc.rng.int(3, 10)), 'long-noyear')} goed verliep.`,
    '',
  );
  const a1 = workingDaysAfter(date, doc.rng.int(3, 9));
  const a2 = workingDaysAfter(date, doc.rng.int(10, 14));
  doc.deadline({ what: 'aanmelding en formulier regelen', date: a1 });
  doc.deadline({ what: 'evaluatie van de afspraken', date: a2 });
  doc.deadline({ what: 'volgend overleg', date: next, time: nextTime });
  const dev = doc.ctx.variant === 'dev';
  const f = (d: string) => formatDate(d, dev ? 'dmy-dash' : 'dmy-slash');
  if (format === 2 || (!dev && format === 1)) {
    doc.push(
      'Actiepunten',
      '',
      `${'Wat'.padEnd(44)}${'Wie'.padEnd(18)}Wanneer`,
      `${'Aanmelding regelen en formulier sturen'.padEnd(44)}${'ouders'.padEnd(18)}${f(a1)}`,
      `${'Afspraken evalueren'.padEnd(44)}${'allen'.padEnd(18)}${f(a2)}`,
      '',
    );
  } else {
    doc.push(
      'Afspraken',
      '',
      `1. De ouders regelen de aanmelding en sturen het formulier uiterlijk ${formatDate(a1, 'long')}.`,
      `2. De afspraken worden geëvalueerd op ${formatDate(a2, 'weekday-long')}.`,
      '',
    );
  }
  doc.push(
    `Volgend overleg: ${formatDate(next, dev ? 'weekday-long' : 'long')} om ${dev ? nextTime.replace(':', '.') : nextTime} uur.`,
    '',
  );
  if (format !== 2) doc.push(`Verslag: ${doc.name(ps.at(-1)!.p, ps.at(-1)!.role, 'initial1')}`);
}

const orgOf = (host: 'gi' | 'school' | 'care' | 'gemeente') => (k: Case) =>
  host === 'gi'
    ? k.orgs.gi
    : host === 'school'
      ? k.orgs.school
      : host === 'care'
        ? k.orgs.care
        : k.orgs.gemeente;

const t = (
  id: string,
  variant: 'dev' | 'holdout',
  host: 'gi' | 'school' | 'care' | 'gemeente',
  format: number,
): Template => ({
  id,
  type: 'meeting-report',
  variant,
  sender: orgOf(host),
  write: (doc) => write(doc, host, orgOf(host)(doc.ctx.kase), format),
});

export const meetingReportTemplates: Template[] = [
  t('verslag-gi-aanwezig-dev', 'dev', 'gi', 0),
  t('verslag-school-mdo-dev', 'dev', 'school', 2),
  t('verslag-care-deelnemers-dev', 'dev', 'care', 1),
  t('verslag-gemeente-holdout', 'holdout', 'gemeente', 1),
  t('verslag-gi-mdo-holdout', 'holdout', 'gi', 2),
];
