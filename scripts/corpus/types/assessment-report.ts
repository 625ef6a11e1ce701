// Onderzoeksverslagen: psychological, orthopedagogical, a contra-expertise. The dates of the
// test sessions and the birth date are history; the report date is the letter date.
import { formatDate, plusDays } from '../calendar';
import type { DocBuilder } from '../doc';
import type { Org } from '../organisations';
import { caps, roleWord } from '../render';
import type { Template } from './template';

function write(doc: DocBuilder, org: Org, kind: 'psy' | 'ortho'): void {
  const k = doc.ctx.kase;
  const dev = doc.ctx.variant === 'dev';
  const c = k.family.children[doc.rng.int(0, k.family.children.length - 1)]!;
  const born = k.family.born[k.family.children.indexOf(c)]!;
  const res =
    kind === 'psy'
      ? { p: k.pros.psycholoog, role: 'psycholoog' }
      : { p: k.pros.orthopedagoog, role: 'orthopedagoog' };
  doc.reference = org.ref(doc.rng, Number(doc.ctx.date.slice(0, 4))) || null;
  const s1 = plusDays(doc.ctx.date, -doc.rng.int(20, 30));
  const s2 = plusDays(doc.ctx.date, -doc.rng.int(8, 15));
  doc.push(org.name, ...org.sub, '');
  doc.push(
    kind === 'psy' ? 'PSYCHOLOGISCH ONDERZOEKSVERSLAG' : 'Verslag orthopedagogisch onderzoek',
    '',
  );
  const rows: [string, string][] = [
    ['Naam', doc.name(c, 'kind', 'full')],
    ['Geboortedatum', formatDate(born, dev ? 'dmy-dash' : 'long')],
    ...(doc.rng.chance(0.5) ? ([['BSN', doc.makeBsn()]] as [string, string][]) : []),
    ['Onderzoeker', `${doc.name(res.p, res.role, 'initials')}, ${roleWord(doc, res.role)}`],
    ['Data onderzoek', `${formatDate(s1, 'dmy-dash')} en ${formatDate(s2, 'dmy-dash')}`],
    [
      dev ? 'Datum verslag' : 'Datum rapportage',
      formatDate(doc.ctx.date, dev ? 'long' : 'dmy-slash'),
    ],
  ];
  if (doc.reference) rows.push(['Dossiernummer', doc.reference]);
  doc.push(...rows.map(([a, b]) => `${(a + ':').padEnd(18)}${b}`), '');
  doc.push(
    dev ? '1. Vraagstelling' : 'Aanleiding',
    '',
    `${caps(doc.name(k.pros.jeugdbeschermer, 'jeugdbeschermer', 'formal'))} (${roleWord(doc, 'jeugdbeschermer')}) vroeg op ${formatDate(plusDays(s1, -doc.rng.int(20, 40)), 'long')} om onderzoek naar de ontwikkeling van ${c.first}.`,
    '',
    dev ? '2. Onderzoeksmiddelen' : 'Gebruikte instrumenten',
    '',
    kind === 'psy'
      ? 'WISC-V, CBCL (ingevuld door moeder en vader), TRF (ingevuld door de leerkracht), gesprek met het kind.'
      : 'SON-R, observatie in de klas, SDQ, gesprekken met ouders en school.',
    '',
    dev ? '3. Resultaten' : 'Bevindingen',
    '',
    `${c.first} werkt gemotiveerd maar raakt snel overprikkeld. Het totaal-IQ ligt in het gemiddelde gebied. Er zijn aanwijzingen voor spanningsklachten sinds de scheiding van de ouders in ${doc.rng.int(2016, 2020)}.`,
    '',
  );
  doc.page();
  doc.push(
    dev ? '4. Conclusie en advies' : 'Advies',
    '',
    `Geadviseerd wordt ${c.first} te laten starten met traumabehandeling en de ouders ondersteuning te bieden bij het samen opvoeden.`,
    '',
    `${doc.name(res.p, res.role, 'initials')}`,
    roleWord(doc, res.role),
  );
}

const t = (id: string, variant: 'dev' | 'holdout', kind: 'psy' | 'ortho'): Template => ({
  id,
  type: 'assessment-report',
  variant,
  sender: (k) => k.orgs.care,
  write: (doc) => write(doc, doc.ctx.kase.orgs.care, kind),
});

export const assessmentReportTemplates: Template[] = [
  t('onderzoek-psy-dev', 'dev', 'psy'),
  t('onderzoek-ortho-dev', 'dev', 'ortho'),
  t('onderzoek-psy-holdout', 'holdout', 'psy'),
];
