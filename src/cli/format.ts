import type {
  DeadlineView,
  DocumentDetail,
  DocumentSummary,
  IngestResult,
  PersonView,
  SearchHit,
  TimelineEntry,
} from '../shared/api';
import { formatDutchDate } from '../core/dates';

// Human-readable output for the terminal. `--json` bypasses all of this.

/** "14 maart 2023" — how a Dutch parent reads a date. */
export const dutchDate = (iso: string | null | undefined): string => formatDutchDate(iso);

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

export function formatDocs(docs: DocumentSummary[]): string {
  if (docs.length === 0)
    return 'Nog geen documenten. Importeer ze met: dossierkluis ingest MAP-OF-BESTAND';
  return docs
    .map(
      (d) =>
        `${d.id}  ${pad(d.date ?? '—', 10)}  ${pad(d.type, 19)}  ${pad(d.sender ?? '—', 30)}  ${pad(d.title, 40)}  ${d.pages} p.  ${d.status}`,
    )
    .join('\n');
}

export function formatDoc(d: DocumentDetail): string {
  const lines = [
    `${d.title}`,
    `  id:          ${d.id}`,
    `  bestand:     ${d.fileName} (${d.mimeType}, ${d.pages.length} pagina's)`,
    `  datum:       ${dutchDate(d.date)}`,
    `  soort:       ${d.type}`,
    `  afzender:    ${d.sender ?? '—'}${d.senderKind ? ` (${d.senderKind})` : ''}`,
    `  kenmerken:   ${d.references.join('; ') || '—'}`,
    `  status:      ${d.status}${d.error ? ` — ${d.error}` : ''}`,
    `  personen:    ${d.persons.map((p) => `${p.name} (${p.role})`).join(', ') || '—'}`,
    `  BSN:         ${d.bsn.length ? d.bsn.join(', ') : '—'}`,
  ];
  if (d.possibleDuplicateOf)
    lines.push(`  let op:      mogelijk dubbel met ${d.possibleDuplicateOf}`);
  for (const l of d.links) {
    const text =
      l.direction === 'to'
        ? `${l.kind} → ${l.documentId}`
        : `${l.documentId} ${l.kind} → dit document`;
    lines.push(`  koppeling:   ${text}`);
  }
  if (d.deadlines.length) {
    lines.push('  termijnen:');
    for (const t of d.deadlines) lines.push(`    ${formatDeadline(t)}`);
  }
  for (const p of d.pages) {
    lines.push(
      '',
      `--- pagina ${p.n} (${p.source}, ${Math.round(p.confidence * 100)}%) ---`,
      p.text,
    );
  }
  return lines.join('\n');
}

export function formatDeadline(t: DeadlineView): string {
  const when = `${dutchDate(t.due)}${t.time ? ` ${t.time}` : ''}`;
  const left =
    t.status === 'done'
      ? 'afgehandeld'
      : t.daysLeft < 0
        ? `verlopen (${-t.daysLeft} dagen geleden)`
        : `nog ${t.daysLeft} dagen`;
  return `${when} — ${t.what} [${t.basis}] ${left}`;
}

export function formatDeadlines(list: DeadlineView[]): string {
  if (list.length === 0) return 'Geen termijnen gevonden.';
  return [
    ...list.map(
      (t) =>
        `${t.id}  ${formatDeadline(t)}  (${t.documentId ? `document ${t.documentId}` : `gesprek ${t.eventId ?? ''}`})`,
    ),
    '',
    'Deze termijnen zijn berekend door Dossierkluis en zijn geen juridisch advies. Controleer elke termijn met uw advocaat of vertrouwenspersoon (show ID toont hoe hij is berekend).',
  ].join('\n');
}

export function formatIngest(results: IngestResult[]): string {
  return results
    .map((r) => {
      const base = `${r.status.padEnd(9)} ${r.file}`;
      if (r.status === 'failed') return `${base}\n          ${r.error ?? ''}`;
      return `${base}  → ${r.id ?? ''}${r.possibleDuplicateOf ? `  (mogelijk dubbel met ${r.possibleDuplicateOf})` : ''}`;
    })
    .join('\n');
}

export function formatTimeline(entries: TimelineEntry[]): string {
  if (entries.length === 0) return 'De tijdlijn is leeg.';
  return entries
    .map(
      (e) =>
        `${pad(e.date || 'zonder datum', 12)} ${pad(e.kind, 15)} ${e.title}${e.sender ? ` — ${e.sender}` : ''}${e.disputed ? ' [betwist]' : ''}`,
    )
    .join('\n');
}

export function formatPeople(people: PersonView[]): string {
  if (people.length === 0) return 'Nog geen personen gevonden.';
  return people
    .map((p) => `${p.id}  ${pad(p.name, 28)} ${pad(p.role, 22)} ${p.organisation ?? ''}`)
    .join('\n');
}

export function formatHits(hits: SearchHit[]): string {
  if (hits.length === 0) return 'Niets gevonden.';
  return hits.map((h) => `${h.id} p.${h.page}  ${h.snippet}`).join('\n');
}
