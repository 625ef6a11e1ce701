// Adapter between the vault and the pure letter modules: rows become CaseDocuments, the bundle
// the cites resolve against is planned from the vault (with the letter itself in it, as it will
// be once saved), and a saved letter is stored like an imported PDF — sent by the parent.
import type { LetterPreview, LetterRequest } from '../../shared/api';
import { BUNDLE_PURPOSES, LETTER_KINDS } from '../../shared/api';
import type { IsoDate } from '../../shared/domain';
import { COMPUTED_NOTE, deadlineId, ruleById } from '../case/deadlines';
import { linkDocuments } from '../case/timeline';
import { planVaultBundle } from '../bundle/from-vault';
import type { BundleDocument } from '../bundle/types';
import type { Db } from '../db/connection';
import { audit } from '../db/queries/audit';
import {
  documentPages,
  documentPersonMentions,
  getDocumentRow,
  listDocuments,
} from '../db/queries/documents';
import { newId, upsertOrganisation } from '../db/queries/organisations';
import { blobs, deadlines, documents, pages } from '../db/schema';
import { badInput, KluisError } from '../errors';
import type { OcrPool } from '../ingest/ocr-pool';
import type { StagedBlob } from '../vault/blob-store';
import type { UnlockedVault } from '../vault/vault';
import { composeLetter } from './compose';
import { letterTypesetter, paginateLetter, printableText, renderLetterPdf } from './pdf';
import { planLetter, type PlannedLetter } from './plan';
import { templateFor } from './registry';
import { addLetter, readProfile } from './settings';
import type { AnsweredDocument, CaseDocument, Lang } from './types';

export function caseDocuments(db: Db): CaseDocument[] {
  return listDocuments(db).map((d) => ({
    id: d.id,
    title: d.title,
    date: d.date,
    type: d.type,
    sender: d.sender,
    senderKind: d.senderKind,
    references: d.references,
    persons: documentPersonMentions(db, d.id),
  }));
}

function validate(request: LetterRequest): void {
  if (!(LETTER_KINDS as readonly string[]).includes(request.kind)) {
    throw badInput(
      `Onbekende soort brief "${String(request.kind)}". Kies uit: ${LETTER_KINDS.join(', ')}.`,
      `Unknown letter kind "${String(request.kind)}". Choose from: ${LETTER_KINDS.join(', ')}.`,
    );
  }
  if (
    request.bundlePurpose !== undefined &&
    !(BUNDLE_PURPOSES as readonly string[]).includes(request.bundlePurpose)
  ) {
    throw badInput(
      `Onbekend bundeldoel "${String(request.bundlePurpose)}". Kies uit: ${BUNDLE_PURPOSES.join(', ')}.`,
      `Unknown bundle purpose "${String(request.bundlePurpose)}". Choose from: ${BUNDLE_PURPOSES.join(', ')}.`,
    );
  }
  for (const [key, value] of Object.entries(request.facts ?? {})) {
    if (typeof value !== 'string')
      throw badInput(`Het veld "${key}" moet tekst zijn.`, `The field "${key}" must be text.`);
  }
}

export interface PreparedLetter {
  planned: PlannedLetter;
  preview: LetterPreview;
  /** How the letter will be stored (sender organisation; null when the parent is unknown). */
  senderName: string | null;
}

function draftDocument(
  id: string,
  today: IsoDate,
  title: string,
  sender: string | null,
  references: string[],
  pageCount: number,
): BundleDocument {
  return {
    id,
    date: today,
    title,
    type: 'letter',
    sender,
    references,
    mimeType: 'application/pdf',
    sha256: '',
    status: 'confirmed',
    pages: Array.from({ length: pageCount }, (_, i) => ({
      n: i + 1,
      source: 'embedded' as const,
      text: '',
      words: [],
      width: 595.28,
      height: 841.89,
      rotation: 0 as const,
    })),
  };
}

/**
 * Plan and write the letter. The cites' page numbers depend on the bundle, the bundle holds the
 * letter, and the letter's page count depends on its text: iterate to a fixed point (the
 * letter's length only moves documents after it, so this settles in a round or two).
 */
export async function prepareLetter(
  v: UnlockedVault,
  request: LetterRequest,
  today: IsoDate,
  lang: Lang,
): Promise<PreparedLetter> {
  validate(request);
  const { db } = v.conn;
  const row = getDocumentRow(db, request.documentId);
  const all = caseDocuments(db);
  const base = all.find((d) => d.id === row.id)!;
  const doc: AnsweredDocument = {
    ...base,
    firstPageText: documentPages(db, row.id)[0]?.text ?? '',
  };
  const typesetter = await letterTypesetter();
  const bundlePurpose = request.bundlePurpose ?? templateFor(request.kind).defaultPurpose;
  const facts = request.facts ?? {};
  let pageCount = 1;
  for (let round = 0; round < 5; round++) {
    const draft = (subject: string, sender: string | null, references: string[]) =>
      draftDocument('letter-draft', today, subject, sender, references, pageCount);
    // First pass without cites only to learn subject and sender, which the bundle index shows.
    const probe = planLetter({
      kind: request.kind,
      doc,
      caseDocuments: all,
      profile: readProfile(db),
      facts,
      cites: [],
      bundlePurpose,
      producties: [],
      today,
      lang,
    });
    const probeText = composeLetter(probe, doc, all, facts, lang);
    const senderName = probe.plan.senderSource === 'unknown' ? null : probe.plan.sender.name;
    const bundle = planVaultBundle(v, { purpose: bundlePurpose }, today, typesetter.measure, [
      draft(probeText.subject, senderName, probe.plan.references),
    ]);
    const planned = planLetter({
      kind: request.kind,
      doc,
      caseDocuments: all,
      profile: readProfile(db),
      facts,
      cites: request.cites ?? [],
      bundlePurpose,
      producties: bundle.producties.map((p) => ({
        n: p.n,
        documentId: p.documentId,
        firstPage: p.firstPage,
        pageStarts: p.pageStarts,
      })),
      today,
      lang,
    });
    const { subject, text: raw } = composeLetter(planned, doc, all, facts, lang);
    const text = printableText(raw, typesetter.measure);
    const pages = paginateLetter(text, typesetter.measure).length;
    if (pages === pageCount || round === 4) {
      return {
        planned,
        senderName,
        preview: { ...planned.plan, subject, text, pages },
      };
    }
    pageCount = pages;
  }
  throw new KluisError(
    'INTERNAL',
    'De brief en de bundel komen niet overeen. Er is niets opgeslagen.',
    'The letter and the bundle do not agree. Nothing was saved.',
  );
}

/** Renders, stores as the parent's letter (reactie op the answered document) and returns it. */
export async function storeLetter(
  v: UnlockedVault,
  prepared: PreparedLetter,
  ocr: OcrPool,
  today: IsoDate,
): Promise<{ letterId: string; pdf: Uint8Array }> {
  const { db } = v.conn;
  const { preview, planned } = prepared;
  const typesetter = await letterTypesetter();
  const { pdf } = await renderLetterPdf(preview.text, typesetter, {
    title: preview.subject,
    author: prepared.senderName ?? '',
  });
  const { analyseFile } = await import('../ingest/analyse');
  const analysed = await analyseFile(new Uint8Array(pdf), {
    fileName: `${preview.kind}-${today}.pdf`,
    ocr,
  });
  const { createHash } = await import('node:crypto');
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const id = newId();
  const staged: StagedBlob[] = [];
  try {
    const original = v.blobs.stage(Buffer.from(pdf));
    staged.push(original);
    const images = analysed.pages.map((p) => {
      if (!p.image) return null;
      const s = v.blobs.stage(Buffer.from(p.image.png));
      staged.push(s);
      return s;
    });
    v.blobs.publish(staged);
    db.transaction((tx) => {
      for (const s of staged) {
        tx.insert(blobs)
          .values({
            id: s.id,
            size: s.size,
            chunks: s.chunks,
            sha256: s.sha256,
            kind: s === original ? 'original' : 'page-image',
          })
          .run();
      }
      const orgId = prepared.senderName
        ? upsertOrganisation(tx, prepared.senderName, 'parent', { confirmed: true })
        : null;
      tx.insert(documents)
        .values({
          id,
          fileName: `${preview.kind}-${today}.pdf`,
          mimeType: 'application/pdf',
          sha256,
          size: pdf.length,
          originalBlobId: original.id,
          title: preview.subject,
          letterDate: today,
          type: 'letter',
          senderOrganisationId: orgId,
          senderName: prepared.senderName,
          senderKind: 'parent',
          references: preview.references,
          pageCount: analysed.pages.length,
          status: 'confirmed',
          confidence: { date: 1, type: 1, sender: 1, references: 1 },
        })
        .run();
      analysed.pages.forEach((p, i) => {
        tx.insert(pages)
          .values({
            documentId: id,
            n: p.n,
            text: p.text,
            source: p.source,
            confidence: p.confidence,
            width: p.width,
            height: p.height,
            rotation: p.rotation,
            words: p.words,
            imageBlobId: images[i]?.id ?? null,
            imageWidth: p.image?.width ?? null,
            imageHeight: p.image?.height ?? null,
          })
          .run();
      });
      // An answer the parent waits for (inzage/correctie: art. 12 lid 3 AVG) is followed up.
      if (planned.due?.followUp) {
        const rule = ruleById(planned.due.rule as never);
        tx.insert(deadlines)
          .values({
            id: deadlineId(id, rule.id, planned.due.due, rule.what),
            documentId: id,
            due: planned.due.due,
            what: rule.what,
            rule: rule.id,
            basis: rule.basis,
            computed: true,
            note: `${COMPUTED_NOTE} ${rule.explain}`,
          })
          .onConflictDoNothing()
          .run();
      }
      addLetter(tx, { id, kind: preview.kind, answers: preview.documentId, date: today });
      audit(tx, 'letter', 'document', id, { kind: preview.kind, answers: preview.documentId });
    });
  } catch (err) {
    v.blobs.discard(staged);
    throw err;
  }
  linkDocuments(db, id, preview.documentId, 'reactie-op');
  return { letterId: id, pdf };
}
