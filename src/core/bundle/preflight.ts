// Pre-flight: what a parent should fix or know before sending the bundle. Pure, like the plan.
import type { PreflightWarning } from '../../shared/api';
import { orderDocuments, productieKind, selectDocuments, type PlanOptions } from './plan';
import type { BundleDocument } from './types';

/** Above these the bundle is hard to e-mail or upload (court portals and mail servers cap size). */
export const LARGE_PAGES = 1000;
export const LARGE_BYTES = 50 * 1024 * 1024;

/** Two scans of one letter rarely share more than this by accident. */
const SIMILAR_TEXT = 0.85;

function quoted(doc: BundleDocument): string {
  return `„${doc.title || 'zonder titel'}”`;
}

function shingles(text: string): Set<string> {
  const words = text
    .toLocaleLowerCase('nl')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1)
    .slice(0, 600);
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const s of a) if (b.has(s)) common++;
  return common / (a.size + b.size - common);
}

function listPages(pages: number[]): string {
  if (pages.length === 1) return `pagina ${pages[0]} heeft`;
  const head = pages.slice(0, -1).join(', ');
  return `pagina's ${head} en ${pages[pages.length - 1]} hebben`;
}

export function preflight(docs: BundleDocument[], options: PlanOptions): PreflightWarning[] {
  const warnings: PreflightWarning[] = [];
  const selected = orderDocuments(selectDocuments(docs, options), options.order);
  const selectedIds = new Set(selected.map((d) => d.id));

  if (!options.docs || options.docs.length === 0) {
    for (const doc of docs) {
      if (doc.status === 'failed' && !selectedIds.has(doc.id)) {
        warnings.push({
          code: 'failed',
          documentId: doc.id,
          message: `${quoted(doc)} kon niet worden ingelezen en zit daarom niet in de bundel. U kunt het zelf toevoegen als u het origineel wilt meesturen.`,
        });
      }
    }
  }

  for (const doc of selected) {
    if (doc.status === 'failed') {
      warnings.push({
        code: 'failed',
        documentId: doc.id,
        message: `${quoted(doc)} is niet goed ingelezen. Het origineel gaat mee, maar datum en afzender kunnen ontbreken; bekijk de productie in het voorbeeld.`,
      });
    }
    if (doc.date === null) {
      warnings.push({
        code: 'undated',
        documentId: doc.id,
        message: `${quoted(doc)} heeft geen datum en komt achteraan in de bundel. Vul de datum van de brief in om het op de goede plek te zetten.`,
      });
    }
    if (doc.status === 'needs-review') {
      warnings.push({
        code: 'needs-review',
        documentId: doc.id,
        message: `De datum, afzender of soort van ${quoted(doc)} is nog niet door u gecontroleerd. Die gegevens staan in de productielijst; controleer ze eerst.`,
      });
    }
    if (productieKind(doc.mimeType) !== 'text') {
      const empty = doc.pages
        .filter((p) => p.source === 'none' || p.text.trim() === '')
        .map((p) => p.n);
      if (empty.length > 0) {
        const redact = options.redactBsn
          ? " Een BSN op zo'n pagina kan niet automatisch worden zwartgelakt; markeer het zelf."
          : '';
        warnings.push({
          code: 'no-text',
          documentId: doc.id,
          message: `In ${quoted(doc)} ${listPages(empty.sort((a, b) => a - b))} geen herkende tekst: de pagina gaat mee, maar is niet doorzoekbaar.${redact}`,
        });
      }
    }
  }

  // Duplicates: identical files for sure; a second scan of the same letter probably.
  const bySha = new Map<string, BundleDocument>();
  const reported = new Set<string>();
  const pair = (a: BundleDocument, b: BundleDocument): string => [a.id, b.id].sort().join('\u0000');
  for (const doc of selected) {
    const first = bySha.get(doc.sha256);
    if (first) {
      reported.add(pair(first, doc));
      warnings.push({
        code: 'duplicate',
        documentId: doc.id,
        message: `${quoted(doc)} is hetzelfde bestand als ${quoted(first)}. Laat er één weg, anders zit de brief twee keer in de bundel.`,
      });
    } else {
      bySha.set(doc.sha256, doc);
    }
  }
  const byId = new Map(selected.map((d) => [d.id, d]));
  for (const doc of selected) {
    const other = doc.possibleDuplicateOf ? byId.get(doc.possibleDuplicateOf) : undefined;
    if (other && !reported.has(pair(doc, other))) {
      reported.add(pair(doc, other));
      warnings.push({
        code: 'duplicate',
        documentId: doc.id,
        message: `${quoted(doc)} lijkt een tweede scan van ${quoted(other)}. Controleer of u beide wilt meesturen.`,
      });
    }
  }
  const groups = new Map<string, BundleDocument[]>();
  for (const doc of selected) {
    if (doc.date === null) continue;
    const key = `${doc.date}\u0000${(doc.sender ?? '').toLocaleLowerCase('nl')}\u0000${doc.type}`;
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const texts = group.map((d) => shingles(d.pages.map((p) => p.text).join(' ')));
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (reported.has(pair(a, b)) || similarity(texts[i]!, texts[j]!) < SIMILAR_TEXT) continue;
        reported.add(pair(a, b));
        warnings.push({
          code: 'duplicate',
          documentId: b.id,
          message: `${quoted(b)} lijkt dezelfde brief als ${quoted(a)} (zelfde datum, afzender en tekst). Controleer of u beide wilt meesturen.`,
        });
      }
    }
  }

  const pages = selected.reduce((sum, d) => sum + Math.max(1, d.pages.length), 0);
  const bytes = selected.reduce((sum, d) => sum + (d.byteSize ?? 0), 0);
  if (pages > LARGE_PAGES || bytes > LARGE_BYTES) {
    const mb = Math.max(1, Math.round(bytes / (1024 * 1024)));
    warnings.push({
      code: 'large',
      message: `De bundel wordt groot (${pages} pagina's${bytes > 0 ? `, ongeveer ${mb} MB` : ''}). Dat kan te groot zijn om te e-mailen of te uploaden. U kunt een kortere periode kiezen of de producties ook los laten maken.`,
    });
  }
  return warnings;
}
