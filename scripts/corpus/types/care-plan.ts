// Plans with tables: the GI's plan van aanpak, a care provider's hulpverleningsplan, the
// wijkteam's gezinsplan. Dates in the "wanneer" column are deadlines; "doorlopend" is not.
import type { Case } from '../case';
import { formatDate, plusDays, workingDaysAfter } from '../calendar';
import type { DocBuilder } from '../doc';
import type { Org } from '../organisations';
import { childList, roleWord } from '../render';
import type { Template } from './template';

function write(
  doc: DocBuilder,
  host: 'gi' | 'care' | 'gemeente',
  org: Org,
  table: 'pipes' | 'columns',
): void {
  const k = doc.ctx.kase;
  const dev = doc.ctx.variant === 'dev';
  const date = doc.ctx.date;
  const title =
    host === 'gi' ? 'Plan van aanpak' : host === 'care' ? 'Hulpverleningsplan' : 'Gezinsplan';
  doc.reference = host === 'gi' ? k.giRef : org.ref(doc.rng, Number(date.slice(0, 4))) || null;
  doc.push(org.name, '', title.toUpperCase(), '');
  doc.push(
    `Opgesteld op: ${formatDate(date, dev ? 'long' : 'dmy-dot')}`,
    ...(doc.reference
      ? [`${host === 'gi' ? 'Dossiernummer' : 'Cliëntnummer'}: ${doc.reference}`]
      : []),
    `Looptijd: ${dev ? '6 maanden' : 'tot de evaluatie'}`,
    '',
  );
  const lead =
    host === 'gi'
      ? { p: k.pros.jeugdbeschermer, role: 'jeugdbeschermer' }
      : host === 'care'
        ? { p: k.pros.gezinsbegeleider, role: 'gezinsbegeleider' }
        : { p: k.pros.wijkteam, role: 'wijkteammedewerker' };
  const rows: [string, string, string][] = [
    [doc.name(k.family.mother, 'moeder', 'full'), roleWord(doc, 'moeder'), ''],
    [doc.name(k.family.father, 'vader', 'full'), roleWord(doc, 'vader'), ''],
    ...k.family.children.map(
      (c) =>
        [
          doc.name(c, 'kind', 'full'),
          'kind',
          formatDate(k.family.born[k.family.children.indexOf(c)]!, 'dmy-dash'),
        ] as [string, string, string],
    ),
    [doc.name(lead.p, lead.role, 'initial1'), roleWord(doc, lead.role), org.name],
  ];
  if (host === 'gi')
    rows.push([
      doc.name(k.pros.gedragswetenschapper, 'gedragswetenschapper', 'initial1'),
      roleWord(doc, 'gedragswetenschapper'),
      org.name,
    ]);
  const cell = (cells: string[], widths: number[]) =>
    table === 'pipes'
      ? `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
      : cells
          .map((c, i) => c.padEnd(widths[i]!))
          .join('  ')
          .trimEnd();
  doc.push(
    'Betrokkenen',
    '',
    cell(['Naam', 'Rol', host === 'gi' ? 'Organisatie / geboortedatum' : 'Gegevens'], [26, 22, 30]),
    ...rows.map((r) => cell(r, [26, 22, 30])),
    '',
  );
  doc.push(
    'Situatie',
    '',
    `Sinds ${formatDate(plusDays(date, -doc.rng.int(90, 300)), 'long')} is er hulp voor ${childList(doc, k.family.children)}. De ouders wonen sinds ${doc.rng.int(2016, 2020)} apart.`,
    '',
  );
  const d1 = workingDaysAfter(date, doc.rng.int(10, 25));
  const d2 = workingDaysAfter(date, doc.rng.int(30, 60));
  const evalDate = workingDaysAfter(date, doc.rng.int(70, 110));
  const f = (d: string) =>
    formatDate(d, dev ? 'dmy-dash' : doc.rng.pick(['long', 'dmy-slash'] as const));
  doc.deadline({ what: 'aanmelding behandeling kind', date: d1 });
  doc.deadline({ what: 'start omgangsbegeleiding', date: d2 });
  doc.deadline({ what: 'evaluatie plan', date: evalDate });
  doc.push('Doelen en afspraken', '');
  const w = [34, 20, 16];
  doc.push(
    cell(['Doel / actie', 'Wie', 'Wanneer'], w),
    cell(['Aanmelding behandeling', roleWord(doc, 'moeder'), f(d1)], w),
    cell(['Start omgangsbegeleiding', roleWord(doc, lead.role), f(d2)], w),
    cell(['Rust en regelmaat thuis', 'ouders', 'doorlopend'], w),
    '',
  );
  doc.push(`Evaluatie van dit plan: ${formatDate(evalDate, dev ? 'long' : 'weekday-long')}.`, '');
  doc.push(
    `Dit plan is besproken met de ouders op ${formatDate(plusDays(date, -doc.rng.int(2, 10)), 'long')}.`,
    '',
  );
  doc.push(
    dev ? 'Opgesteld door:' : 'Namens de organisatie:',
    `${doc.roleOf(lead.p) ? doc.name(lead.p, lead.role, 'initial1') : ''}, ${roleWord(doc, lead.role)}`,
  );
}

const orgOf = (host: 'gi' | 'care' | 'gemeente') => (k: Case) =>
  host === 'gi' ? k.orgs.gi : host === 'care' ? k.orgs.care : k.orgs.gemeente;

const t = (
  id: string,
  variant: 'dev' | 'holdout',
  host: 'gi' | 'care' | 'gemeente',
  table: 'pipes' | 'columns',
): Template => ({
  id,
  type: 'care-plan',
  variant,
  sender: orgOf(host),
  write: (doc) => write(doc, host, orgOf(host)(doc.ctx.kase), table),
});

export const carePlanTemplates: Template[] = [
  t('plan-van-aanpak-pipes-dev', 'dev', 'gi', 'pipes'),
  t('hulpverleningsplan-columns-dev', 'dev', 'care', 'columns'),
  t('plan-van-aanpak-columns-dev', 'dev', 'gi', 'columns'),
  t('gezinsplan-pipes-holdout', 'holdout', 'gemeente', 'pipes'),
  t('hulpverleningsplan-columns-holdout', 'holdout', 'care', 'columns'),
];
