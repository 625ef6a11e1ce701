#!/usr/bin/env node
import { Command, Option } from 'commander';
import { resolve } from 'node:path';
import type { BundlePurpose, DocumentEdit, EventInput, Progress } from '../shared/api';
import { BUNDLE_PURPOSES } from '../shared/api';
import {
  DOCUMENT_TYPES,
  EVENT_KINDS,
  ORGANISATION_KINDS,
  type DocumentType,
  type EventKind,
  type OrganisationKind,
} from '../shared/domain';
import { badInput, KluisError, toApiError } from '../core/errors';
import { createServices, type Services } from '../core/services';
import { isIsoDate } from '../core/dates';
import * as fmt from './format';
import { promptHidden } from './prompt';
import { defaultVaultDir } from './vault-dir';
import { registerLetterCommands } from './letters';

interface Globals {
  vault?: string;
  json?: boolean;
  lang: 'nl' | 'en';
}

const program = new Command();
program
  .name('dossierkluis')
  .description('Dossierkluis — uw dossier jeugdzorg veilig en op volgorde')
  .option('--vault <dir>', 'kluismap (standaard: de map van de app)')
  .option('--json', 'machineleesbare uitvoer op stdout')
  .addOption(
    new Option('--lang <lang>', 'taal van meldingen')
      .choices(['nl', 'en'])
      .default(process.env.DOSSIERKLUIS_LANG === 'en' ? 'en' : 'nl'),
  )
  .showHelpAfterError()
  .configureOutput({
    writeOut: (s) => process.stderr.write(s),
    writeErr: (s) => process.stderr.write(s),
  });

const globals = (): Globals => program.opts<Globals>();
const vaultDir = (): string => resolve(globals().vault ?? defaultVaultDir());
const t = (nl: string, en: string): string => (globals().lang === 'en' ? en : nl);

function out(value: unknown, human: () => string): void {
  if (globals().json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  else process.stdout.write(`${human()}\n`);
}

function progressPrinter(): (p: Progress) => void {
  let lastFile = '';
  let lastPct = -1;
  return (p) => {
    const pct = Math.floor(p.total * 100);
    const left =
      p.etaSeconds !== undefined
        ? t(
            ` — nog ~${Math.ceil(p.etaSeconds / 60)} min`,
            ` — ~${Math.ceil(p.etaSeconds / 60)} min left`,
          )
        : '';
    const label = p.file
      ? `[${(p.fileIndex ?? 0) + 1}/${p.fileCount ?? '?'}] ${p.file.split(/[\\/]/).pop()}`
      : p.phase;
    if (p.file !== lastFile || pct >= lastPct + 5 || p.total === 1) {
      process.stderr.write(`${label} ${pct}%${left}${p.message ? ` ${p.message}` : ''}\n`);
      lastFile = p.file ?? '';
      lastPct = pct;
    }
  };
}

async function passphrase(env = 'DOSSIERKLUIS_PASSPHRASE', question?: string): Promise<string> {
  const fromEnv = process.env[env];
  if (fromEnv) return fromEnv;
  return promptHidden(
    question ?? t('Wachtwoord van de kluis: ', 'Vault passphrase: '),
    globals().lang,
  );
}

function services(): Services {
  return createServices({
    vaultDir: vaultDir(),
    onProgress: progressPrinter(),
    lang: globals().lang,
  });
}

/** Open the vault, run the action, always lock (zeroing keys) afterwards. */
async function withVault<T>(action: (s: Services) => Promise<T>): Promise<T> {
  const s = services();
  try {
    await s.unlock(await passphrase());
    return await action(s);
  } finally {
    await s.close();
  }
}

function dateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) {
    throw badInput(
      `${name}: "${value}" is geen geldige datum; gebruik jjjj-mm-dd.`,
      `${name}: "${value}" is not a valid date; use yyyy-mm-dd.`,
    );
  }
  return value;
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  name: string,
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw badInput(
      `${name}: "${value}" is geen geldige waarde. Kies uit: ${allowed.join(', ')}.`,
      `${name}: "${value}" is not valid. Choose from: ${allowed.join(', ')}.`,
    );
  }
  return value as T;
}

program
  .command('init')
  .description('maak een nieuwe kluis en toon de herstelsleutel (eenmalig)')
  .action(async () => {
    const s = services();
    let pass = process.env.DOSSIERKLUIS_PASSPHRASE;
    if (!pass) {
      pass = await promptHidden(
        t('Kies een wachtwoord: ', 'Choose a passphrase: '),
        globals().lang,
      );
      const again = await promptHidden(t('Typ het nogmaals: ', 'Type it again: '), globals().lang);
      if (again !== pass)
        throw badInput(
          'De wachtwoorden zijn niet gelijk. Er is geen kluis gemaakt.',
          'The passphrases differ. No vault was created.',
        );
    }
    const r = await s.createVault(pass);
    out(r, () =>
      [
        t(`Kluis gemaakt in ${vaultDir()}`, `Vault created in ${vaultDir()}`),
        '',
        t(
          'HERSTELSLEUTEL (wordt maar één keer getoond — schrijf hem op of print hem en bewaar hem veilig):',
          'RECOVERY KEY (shown only once — write it down or print it and keep it safe):',
        ),
        '',
        `    ${r.recoveryKey}`,
        '',
        t(
          'Met deze sleutel kunt u een nieuw wachtwoord instellen als u het uwe vergeet.',
          'With this key you can set a new passphrase if you forget yours.',
        ),
      ].join('\n'),
    );
  });

program
  .command('ingest')
  .description('importeer bestanden en mappen')
  .argument('<paths...>', 'bestanden of mappen')
  .option('--password <password>', 'wachtwoord voor beveiligde PDF-bestanden')
  .action(async (paths: string[], opts: { password?: string }) => {
    const results = await withVault((s) =>
      s.ingest(paths, opts.password ? { password: opts.password } : {}),
    );
    out(results, () => fmt.formatIngest(results));
  });

program
  .command('docs')
  .description('toon alle documenten')
  .action(async () => {
    const docs = await withVault((s) => s.listDocuments());
    out(docs, () => fmt.formatDocs(docs));
  });

program
  .command('show')
  .description('toon één document met tekst, personen en termijnen')
  .argument('<id>')
  .action(async (id: string) => {
    const doc = await withVault((s) => s.getDocument(id));
    out(doc, () => fmt.formatDoc(doc));
  });

program
  .command('edit')
  .description('verbeter datum, soort, afzender of titel van een document')
  .argument('<id>')
  .option('--date <yyyy-mm-dd>')
  .option('--type <type>', `een van: ${DOCUMENT_TYPES.join(', ')}`)
  .option('--sender <name>')
  .option('--sender-kind <kind>', `een van: ${ORGANISATION_KINDS.join(', ')}`)
  .option('--title <title>')
  .option('--notes <text>')
  .option('--references <list>', 'kenmerken, gescheiden door ;')
  .option('--confirm', 'markeer als gecontroleerd')
  .action(async (id: string, o: Record<string, string | boolean | undefined>) => {
    const edit: DocumentEdit = {};
    const date = dateOption(o.date as string | undefined, '--date');
    if (date !== undefined) edit.date = date;
    const type = oneOf<DocumentType>(o.type as string | undefined, DOCUMENT_TYPES, '--type');
    if (type) edit.type = type;
    if (typeof o.sender === 'string') edit.sender = o.sender;
    const kind = oneOf<OrganisationKind>(
      o.senderKind as string | undefined,
      ORGANISATION_KINDS,
      '--sender-kind',
    );
    if (kind) edit.senderKind = kind;
    if (typeof o.title === 'string') edit.title = o.title;
    if (typeof o.notes === 'string') edit.notes = o.notes;
    if (typeof o.references === 'string')
      edit.references = o.references
        .split(';')
        .map((r) => r.trim())
        .filter(Boolean);
    if (o.confirm) edit.status = 'confirmed';
    const doc = await withVault((s) => s.editDocument(id, edit));
    out(doc, () => fmt.formatDoc(doc));
  });

program
  .command('search')
  .description('zoek in de tekst van alle documenten')
  .argument('<query...>')
  .action(async (query: string[]) => {
    const hits = await withVault((s) => s.search(query.join(' ')));
    out(hits, () => fmt.formatHits(hits));
  });

program
  .command('timeline')
  .description('de tijdlijn: documenten en gebeurtenissen op volgorde')
  .option('--from <yyyy-mm-dd>')
  .option('--to <yyyy-mm-dd>')
  .option('--person <name>')
  .option('--child <name>')
  .option('--organisation <name>')
  .option('--type <type>')
  .action(async (o: Record<string, string | undefined>) => {
    const filter = {
      ...(dateOption(o.from, '--from') ? { from: o.from } : {}),
      ...(dateOption(o.to, '--to') ? { to: o.to } : {}),
      ...(o.person ? { person: o.person } : {}),
      ...(o.child ? { child: o.child } : {}),
      ...(o.organisation ? { organisation: o.organisation } : {}),
      ...(oneOf<DocumentType>(o.type, DOCUMENT_TYPES, '--type')
        ? { type: o.type as DocumentType }
        : {}),
    };
    const entries = await withVault((s) => s.timeline(filter));
    out(
      entries.map((e) => ({ ...e, date: e.date || null })),
      () => fmt.formatTimeline(entries),
    );
  });

const event = program
  .command('event')
  .description('gebeurtenissen op de tijdlijn (gesprek, zitting, huisbezoek, …)');
function eventInput(
  o: Record<string, string | boolean | undefined>,
  partial: boolean,
): Partial<EventInput> {
  const input: Partial<EventInput> = {};
  const date = dateOption(o.date as string | undefined, '--date');
  if (date) input.date = date;
  const kind = oneOf<EventKind>(o.kind as string | undefined, EVENT_KINDS, '--kind');
  if (kind) input.kind = kind;
  if (typeof o.title === 'string') input.title = o.title;
  if (typeof o.description === 'string') input.description = o.description;
  if (typeof o.account === 'string') input.account = o.account;
  if (o.approximate !== undefined) input.approximate = Boolean(o.approximate);
  if (o.disputed !== undefined) input.disputed = Boolean(o.disputed);
  if (typeof o.persons === 'string')
    input.persons = o.persons
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
  if (typeof o.cite === 'string') {
    input.cites = o.cite.split(',').map((c) => {
      const [documentId, pages] = c.split(':');
      return {
        documentId: documentId!.trim(),
        pages: (pages ?? '')
          .split('+')
          .map(Number)
          .filter((n) => n > 0),
      };
    });
  }
  if (!partial && (!input.date || !input.kind || !input.title)) {
    throw badInput(
      'Geef minstens --date, --kind en --title op.',
      'Give at least --date, --kind and --title.',
    );
  }
  return input;
}
const eventOptions = (c: Command) =>
  c
    .option('--date <yyyy-mm-dd>')
    .option('--kind <kind>', `een van: ${EVENT_KINDS.join(', ')}`)
    .option('--title <title>')
    .option('--description <text>')
    .option('--approximate', 'de datum is bij benadering')
    .option('--disputed', 'betwist')
    .option('--account <text>', 'uw eigen zienswijze')
    .option('--persons <names>', 'namen, gescheiden door komma')
    .option('--cite <doc:pages>', 'bijv. abc123:1+2,def456:3');
eventOptions(event.command('add').description('voeg een gebeurtenis toe')).action(
  async (o: Record<string, string | boolean | undefined>) => {
    const input = eventInput(o, false) as EventInput;
    const entry = await withVault((s) => s.addEvent(input));
    out(entry, () => fmt.formatTimeline([entry]));
  },
);
eventOptions(event.command('edit').description('wijzig een gebeurtenis').argument('<id>')).action(
  async (id: string, o: Record<string, string | boolean | undefined>) => {
    const entry = await withVault((s) => s.editEvent(id, eventInput(o, true)));
    out(entry, () => fmt.formatTimeline([entry]));
  },
);

program
  .command('link')
  .description('koppel twee documenten (reactie-op, vervangt, bijlage-bij)')
  .argument('<from>')
  .argument('<to>')
  .requiredOption('--kind <kind>', 'reactie-op | vervangt | bijlage-bij')
  .action(async (from: string, to: string, o: { kind: string }) => {
    await withVault((s) => s.linkDocuments(from, to, o.kind as 'reactie-op'));
    out({ ok: true }, () => t('Gekoppeld.', 'Linked.'));
  });

program
  .command('people')
  .description('personen en organisaties')
  .option('--merge-suggestions', 'toon personen die misschien dezelfde zijn (anders geschreven)')
  .action(async (o: { mergeSuggestions?: boolean }) => {
    if (o.mergeSuggestions) {
      const pairs = await withVault((s) => s.mergeSuggestions());
      out(pairs, () =>
        pairs.length === 0
          ? t('Geen personen gevonden die dubbel lijken.', 'No persons that look like duplicates.')
          : pairs.map((p) => `${p.keepId} ${p.mergeId}  ${p.reason}`).join('\n'),
      );
      return;
    }
    const people = await withVault((s) => s.people());
    out(people, () => fmt.formatPeople(people));
  });

program
  .command('merge-persons')
  .description('voeg twee personen samen (dezelfde persoon anders geschreven)')
  .argument('<keepId>')
  .argument('<mergeId>')
  .action(async (keepId: string, mergeId: string) => {
    const p = await withVault((s) => s.mergePersons(keepId, mergeId));
    out(p, () => fmt.formatPeople([p]));
  });

program
  .command('deadlines')
  .description('termijnen met hun wettelijke grondslag')
  .action(async () => {
    const list = await withVault((s) => s.deadlines());
    out(list, () => fmt.formatDeadlines(list));
  });

program
  .command('deadline')
  .description('markeer een termijn als afgehandeld (of weer open)')
  .argument('<id>')
  .addOption(new Option('--status <status>').choices(['done', 'open']).default('done'))
  .action(async (id: string, o: { status: 'done' | 'open' }) => {
    const d = await withVault((s) => s.setDeadlineStatus(id, o.status));
    out(d, () => fmt.formatDeadline(d));
  });

program
  .command('bundle')
  .description('maak een dossierbundel (PDF) met productielijst')
  .requiredOption('--purpose <purpose>', BUNDLE_PURPOSES.join(' | '))
  .requiredOption('--out <file>')
  .option('--from <yyyy-mm-dd>')
  .option('--to <yyyy-mm-dd>')
  .option('--docs <ids>', 'document-ids, gescheiden door komma (in deze volgorde)')
  .option('--types <types>', 'soorten, gescheiden door komma')
  .option('--redact-bsn', 'BSN-nummers echt weglakken')
  .option('--split', 'ook één PDF per productie en manifest.json')
  .option('--chronology', 'neem een chronologie op')
  .option('--compiled-by <name>')
  .option('--subject <text>', 'kind/gezin zoals u het op het voorblad wilt')
  .option('--initials', 'alleen initialen op het voorblad')
  .action(async (o: Record<string, string | boolean | undefined>) => {
    const purpose = oneOf<BundlePurpose>(o.purpose as string, BUNDLE_PURPOSES, '--purpose')!;
    const docs =
      typeof o.docs === 'string'
        ? o.docs
            .split(',')
            .map((d) => d.trim())
            .filter(Boolean)
        : undefined;
    const types =
      typeof o.types === 'string'
        ? o.types.split(',').map((x) => oneOf<DocumentType>(x.trim(), DOCUMENT_TYPES, '--types')!)
        : undefined;
    const result = await withVault((s) =>
      s.buildBundle({
        purpose,
        out: resolve(o.out as string),
        ...(dateOption(o.from as string | undefined, '--from') ? { from: o.from as string } : {}),
        ...(dateOption(o.to as string | undefined, '--to') ? { to: o.to as string } : {}),
        ...(docs ? { docs, order: docs } : {}),
        ...(types ? { types } : {}),
        redactBsn: Boolean(o.redactBsn),
        split: Boolean(o.split),
        chronology: Boolean(o.chronology),
        ...(typeof o.compiledBy === 'string' ? { compiledBy: o.compiledBy } : {}),
        ...(typeof o.subject === 'string' ? { subject: o.subject } : {}),
        initialsOnly: Boolean(o.initials),
      }),
    );
    for (const w of result.warnings)
      process.stderr.write(`${t('let op', 'warning')}: ${w.message}\n`);
    out(result, () =>
      [
        t(
          `Bundel geschreven: ${result.file} (${result.pages} pagina's, ${result.producties.length} producties)`,
          `Bundle written: ${result.file} (${result.pages} pages, ${result.producties.length} producties)`,
        ),
        ...result.producties.map(
          (p) => `  Productie ${p.n}: p. ${p.firstPage}–${p.lastPage}  (${p.documentId})`,
        ),
        `  SHA-256: ${result.sha256}`,
      ].join('\n'),
    );
  });

program
  .command('verify')
  .description('controleer elke versleutelde blob en de database')
  .action(async () => {
    const report = await withVault((s) => s.verify());
    out(report, () =>
      report.ok
        ? t(
            `In orde: ${report.documents} documenten, ${report.blobs} blobs gecontroleerd.`,
            `OK: ${report.documents} documents, ${report.blobs} blobs checked.`,
          )
        : [
            t('PROBLEMEN GEVONDEN:', 'PROBLEMS FOUND:'),
            ...report.problems.map((p) => `  ${p}`),
          ].join('\n'),
    );
    if (!report.ok) process.exitCode = 3;
  });

program
  .command('passwd')
  .description('wijzig het wachtwoord (oud wachtwoord of herstelsleutel nodig)')
  .action(async () => {
    const s = services();
    const recovery = process.env.DOSSIERKLUIS_RECOVERY_KEY;
    const old = recovery
      ? null
      : await passphrase(
          'DOSSIERKLUIS_PASSPHRASE',
          t('Huidig wachtwoord: ', 'Current passphrase: '),
        );
    const next = await passphrase(
      'DOSSIERKLUIS_NEW_PASSPHRASE',
      t('Nieuw wachtwoord: ', 'New passphrase: '),
    );
    if (!process.env.DOSSIERKLUIS_NEW_PASSPHRASE) {
      const again = await promptHidden(
        t('Typ het nieuwe wachtwoord nogmaals: ', 'Type the new passphrase again: '),
        globals().lang,
      );
      if (again !== next)
        throw badInput(
          'De wachtwoorden zijn niet gelijk. Er is niets veranderd.',
          'The passphrases differ. Nothing was changed.',
        );
    }
    const r = recovery
      ? await s.resetWithRecoveryKey(recovery, next)
      : await s.changePassphrase(old!, next);
    out(r, () => t('Wachtwoord gewijzigd.', 'Passphrase changed.'));
  });

program
  .command('backup')
  .description('maak één versleuteld back-upbestand (gecontroleerd)')
  .requiredOption('--out <file>')
  .action(async (o: { out: string }) => {
    const r = await withVault((s) => s.backup(resolve(o.out)));
    out(r, () =>
      t(
        `Back-up geschreven en gecontroleerd: ${r.file} (${r.bytes} bytes)`,
        `Backup written and verified: ${r.file} (${r.bytes} bytes)`,
      ),
    );
  });

program
  .command('restore')
  .description('zet een back-up terug in een nieuwe map (--vault NIEUWE-MAP)')
  .argument('<file>')
  .action(async (file: string) => {
    if (!globals().vault)
      throw badInput(
        'Geef met --vault de nieuwe, lege map op.',
        'Give the new, empty folder with --vault.',
      );
    const s = services();
    const recovery = process.env.DOSSIERKLUIS_RECOVERY_KEY;
    const secret = recovery ? { recoveryKey: recovery } : { passphrase: await passphrase() };
    const r = await s.restore(resolve(file), vaultDir(), secret);
    out(r, () =>
      t(
        `Teruggezet in ${vaultDir()}: ${r.documents} documenten.`,
        `Restored into ${vaultDir()}: ${r.documents} documents.`,
      ),
    );
  });

registerLetterCommands(program, {
  withVault,
  out,
  t,
  lang: () => globals().lang,
  dateOption,
  oneOf,
});

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    const error = toApiError(err, globals().lang);
    if (globals().json) process.stdout.write(`${JSON.stringify({ error })}\n`);
    process.stderr.write(`${t('fout', 'error')}: ${error.message}\n`);
    if (!(err instanceof KluisError) && process.env.DOSSIERKLUIS_DEBUG)
      process.stderr.write(`${String((err as Error)?.stack)}\n`);
    process.exitCode = error.code === 'WRONG_PASSPHRASE' ? 4 : 1;
  }
}

void main();
