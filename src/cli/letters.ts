// CLI commands of issue #9: `letter`, `gesprek`, `stappen`, `profiel`. Registered from main.ts
// with one line; the shapes of `letter` and `gesprek add` are the contract of DESIGN.md §9.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type {
  AfspraakInput,
  BundlePurpose,
  Disagreement,
  GesprekInput,
  GesprekView,
  LetterCiteRequest,
  LetterKind,
  SavedLetter,
  SenderProfile,
  StepId,
  StepPlan,
} from '../shared/api';
import { BUNDLE_PURPOSES, LETTER_KINDS, STEP_IDS } from '../shared/api';
import { badInput } from '../core/errors';
import type { Services } from '../core/services';

export interface CliHelpers {
  withVault<T>(action: (s: Services) => Promise<T>): Promise<T>;
  out(value: unknown, human: () => string): void;
  t(nl: string, en: string): string;
  lang(): 'nl' | 'en';
  dateOption(value: string | undefined, name: string): string | undefined;
  oneOf<T extends string>(
    value: string | undefined,
    allowed: readonly T[],
    name: string,
  ): T | undefined;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function parseCites(value: string | undefined): LetterCiteRequest[] {
  if (!value) return [];
  return value
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => {
      const [documentId, page, ...rest] = c.split(':');
      if (!documentId || rest.length > 0 || (page !== undefined && !/^\d+$/.test(page))) {
        throw badInput(
          `--cite: "${c}" is geen geldige verwijzing; gebruik DOCID of DOCID:PAGINA.`,
          `--cite: "${c}" is not a valid cite; use DOCID or DOCID:PAGE.`,
        );
      }
      return page === undefined ? { documentId } : { documentId, page: Number(page) };
    });
}

export function parseAfspraak(value: string, h: Pick<CliHelpers, 'dateOption'>): AfspraakInput {
  const [what, due, who] = value.split(';').map((p) => p.trim());
  if (!what) {
    throw badInput(
      `--afspraak: "${value}" mist een omschrijving; gebruik "WAT;jjjj-mm-dd;WIE".`,
      `--afspraak: "${value}" has no description; use "WHAT;yyyy-mm-dd;WHO".`,
    );
  }
  const date = due ? h.dateOption(due, '--afspraak') : undefined;
  return { what, ...(date ? { due: date } : {}), ...(who ? { who } : {}) };
}

function parseDisagreement(value: string): Disagreement {
  const [who, point, argument] = value.split(';').map((p) => p.trim());
  if (!point) {
    throw badInput(
      `--oneens: "${value}" mist het punt; gebruik "WIE;PUNT;ARGUMENT".`,
      `--disagreement: "${value}" has no point; use "WHO;POINT;ARGUMENT".`,
    );
  }
  return { point, ...(who ? { who } : {}), ...(argument ? { argument } : {}) };
}

function parseFacts(values: string[]): Record<string, string> {
  const facts: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq <= 0) {
      throw badInput(
        `--fact: "${v}" is geen KEY=TEKST. De velden per soort brief ziet u met "letter-kinds".`,
        `--fact: "${v}" is not KEY=TEXT. See the fields per kind with "letter-kinds".`,
      );
    }
    facts[v.slice(0, eq).trim()] = v.slice(eq + 1).replace(/\\n/g, '\n');
  }
  return facts;
}

function formatGesprek(g: GesprekView, h: CliHelpers): string {
  const lines = [`${g.date}  ${g.title}  (${g.eventId})`];
  if (g.persons.length) lines.push(`  ${h.t('aanwezig', 'present')}: ${g.persons.join(', ')}`);
  if (g.proposal) lines.push(`  ${h.t('voorstel', 'proposal')}: ${g.proposal}`);
  if (g.verslag) lines.push(`  ${h.t('verslag', 'minutes')}: ${g.verslag}`);
  for (const d of g.disagreements)
    lines.push(
      `  ${h.t('oneens', 'disagrees')}: ${d.who ? `${d.who}: ` : ''}${d.point}${d.argument ? ` — ${d.argument}` : ''}`,
    );
  for (const a of g.afspraken)
    lines.push(
      `  ${h.t('afspraak', 'agreement')}: ${a.what}${a.who ? ` (${a.who})` : ''}${a.due ? ` — ${a.due}` : ''}${a.done ? ' ✓' : ''}`,
    );
  return lines.join('\n');
}

function formatSteps(plan: StepPlan): string {
  return [
    ...plan.steps.map(
      (s) =>
        `${s.done ? '[x]' : '[ ]'} ${s.n}. ${s.title}${s.links.length ? ` — ${s.links.map((l) => l.title).join('; ')}` : ''}`,
    ),
    '',
    ...plan.routes.map((r) => `  • ${r.name}: ${r.when}`),
  ].join('\n');
}

function gesprekInput(
  o: Record<string, unknown>,
  h: CliHelpers,
  partial: boolean,
): Partial<GesprekInput> {
  const input: Partial<GesprekInput> = {};
  const date = h.dateOption(o.date as string | undefined, '--date');
  if (date) input.date = date;
  if (typeof o.title === 'string') input.title = o.title;
  if (typeof o.persons === 'string')
    input.persons = o.persons
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
  if (typeof o.proposal === 'string') input.proposal = o.proposal;
  if (typeof o.verslag === 'string') input.verslag = o.verslag;
  const afspraken = (o.afspraak as string[] | undefined) ?? [];
  if (afspraken.length) input.afspraken = afspraken.map((a) => parseAfspraak(a, h));
  const disagreements = (o.oneens as string[] | undefined) ?? [];
  if (disagreements.length) input.disagreements = disagreements.map(parseDisagreement);
  if (!partial && (!input.date || !input.title?.trim())) {
    throw badInput('Geef minstens --date en --title op.', 'Give at least --date and --title.');
  }
  return input;
}

export function registerLetterCommands(program: Command, h: CliHelpers): void {
  program
    .command('letter-kinds')
    .description('de soorten brieven en de gegevens die elke brief van u vraagt')
    .option('--doc <id>', 'alleen de brieven die op dit document passen')
    .action(async (o: { doc?: string }) => {
      const kinds = await h.withVault(async (s) => {
        const all = await s.letterKinds();
        if (!o.doc) return all;
        const fitting = await s.letterKindsFor(o.doc);
        return all.filter((k) => fitting.includes(k.kind));
      });
      h.out(kinds, () =>
        kinds
          .map(
            (k) =>
              `${k.kind} — ${k.label} (${k.basis})\n  ${k.description}\n${k.fields
                .map((f) => `  --fact ${f.key}=…  ${f.label}${f.required ? ' *' : ''}`)
                .join('\n')}`,
          )
          .join('\n\n'),
      );
    });

  program
    .command('letter')
    .description('schrijf een brief als antwoord op een document (bezwaar, klacht, inzage, …)')
    .argument('<kind>', LETTER_KINDS.join(' | '))
    .requiredOption('--doc <id>', 'het document waarop de brief antwoordt')
    .option('--out <file>', 'waar de PDF komt')
    .option('--cite <list>', 'producties om naar te verwijzen: DOCID[:PAGINA],...')
    .option(
      '--bundle-purpose <purpose>',
      `bundel waarin de producties staan: ${BUNDLE_PURPOSES.join(' | ')}`,
    )
    .option('--fact <key=text>', 'wat alleen u weet (herhaalbaar); zie letter-kinds', collect, [])
    .option('--dry-run', 'alleen tonen; niets opslaan of schrijven')
    .action(async (kind: string, o: Record<string, unknown>) => {
      const letterKind = h.oneOf<LetterKind>(kind, LETTER_KINDS, 'KIND')!;
      const purpose = h.oneOf<BundlePurpose>(
        o.bundlePurpose as string | undefined,
        BUNDLE_PURPOSES,
        '--bundle-purpose',
      );
      if (!o.dryRun && typeof o.out !== 'string') {
        throw badInput(
          'Geef met --out op waar de brief (PDF) moet komen, of gebruik --dry-run.',
          'Say with --out where the letter (PDF) goes, or use --dry-run.',
        );
      }
      const request = {
        kind: letterKind,
        documentId: o.doc as string,
        facts: parseFacts(o.fact as string[]),
        cites: parseCites(o.cite as string | undefined),
        ...(purpose ? { bundlePurpose: purpose } : {}),
        lang: h.lang(),
      };
      const letter: Omit<SavedLetter, 'letterId'> & { letterId?: string } = await h.withVault(
        (s) =>
          o.dryRun
            ? s.previewLetter(request)
            : s.saveLetter({ ...request, out: resolve(o.out as string) }),
      );
      if (letter.missing.length)
        process.stderr.write(
          `${h.t('nog in te vullen', 'still to fill in')}: ${letter.missing.map((m) => `--fact ${m}=…`).join(' ')}\n`,
        );
      h.out(letter, () =>
        [
          letter.text,
          '',
          '—',
          letter.file
            ? h.t(`Brief geschreven: ${letter.file}`, `Letter written: ${letter.file}`)
            : '',
          letter.letterId
            ? h.t(
                `Opgeslagen in de kluis als document ${letter.letterId}.`,
                `Stored in the vault as document ${letter.letterId}.`,
              )
            : h.t('Niet opgeslagen (--dry-run).', 'Not stored (--dry-run).'),
          letter.due ? `${h.t('termijn', 'due')}: ${letter.due} (${letter.dueBasis ?? ''})` : '',
        ]
          .filter(Boolean)
          .join('\n'),
      );
    });

  const gesprek = program
    .command('gesprek')
    .description('gesprekken: voorstel, verslag en afspraken');
  const gesprekOptions = (c: Command) =>
    c
      .option('--date <yyyy-mm-dd>')
      .option('--title <title>')
      .option('--persons <names>', 'wie er waren, gescheiden door komma')
      .option('--proposal <text>', 'uw voorstel of agenda')
      .option('--verslag <text>', 'het verslag: wat er is gezegd, de antwoorden op uw voorstel')
      .option('--afspraak <WAT;jjjj-mm-dd;WIE>', 'een afspraak (herhaalbaar)', collect, [])
      .option(
        '--oneens <WIE;PUNT;ARGUMENT>',
        'wie het niet eens is, waarover en waarom (herhaalbaar)',
        collect,
        [],
      );
  gesprekOptions(gesprek.command('add').description('leg een gesprek vast')).action(
    async (o: Record<string, unknown>) => {
      const input = gesprekInput(o, h, false) as GesprekInput;
      const g = await h.withVault((s) => s.addGesprek(input));
      h.out(g, () => formatGesprek(g, h));
    },
  );
  gesprekOptions(gesprek.command('edit').description('wijzig een gesprek').argument('<id>')).action(
    async (id: string, o: Record<string, unknown>) => {
      const g = await h.withVault((s) => s.updateGesprek(id, gesprekInput(o, h, true)));
      h.out(g, () => formatGesprek(g, h));
    },
  );
  gesprek
    .command('show')
    .description('toon een gesprek')
    .argument('<id>')
    .action(async (id: string) => {
      const g = await h.withVault((s) => s.gesprek(id));
      h.out(g, () => formatGesprek(g, h));
    });

  program
    .command('stappen')
    .description('het stappenplan: wat is gedaan, wat is de volgende stap')
    .option('--done <step>', `markeer een stap als gedaan: ${STEP_IDS.join(' | ')}`)
    .option('--undo <step>', 'haal het vinkje weg')
    .action(async (o: { done?: string; undo?: string }) => {
      const done = h.oneOf<StepId>(o.done, STEP_IDS, '--done');
      const undo = h.oneOf<StepId>(o.undo, STEP_IDS, '--undo');
      const plan = await h.withVault(async (s) => {
        if (done) await s.setStepDone(done, true);
        if (undo) await s.setStepDone(undo, false);
        return s.stepPlan();
      });
      h.out(plan, () => formatSteps(plan));
    });

  program
    .command('profiel')
    .description('uw naam en adres als afzender van brieven')
    .option('--name <name>')
    .option('--address <street>')
    .option('--postcode <postcode>')
    .option('--city <city>')
    .option('--email <email>')
    .option('--phone <phone>')
    .action(async (o: Partial<SenderProfile>) => {
      const change = Object.keys(o).length > 0;
      const profile = await h.withVault(async (s) => {
        if (!change) return s.senderProfile();
        const current = await s.senderProfile();
        return s.setSenderProfile({ ...current, ...o } as SenderProfile);
      });
      h.out(profile, () =>
        profile.name
          ? [
              profile.name,
              profile.address,
              [profile.postcode, profile.city].filter(Boolean).join(' '),
              profile.email,
              profile.phone,
            ]
              .filter(Boolean)
              .join('\n')
          : h.t('Nog geen afzender ingesteld; gebruik --name.', 'No sender set yet; use --name.'),
      );
    });
}
