import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import type { IngestOptions, IngestResult, Progress } from '../../shared/api';
import type { IsoDate } from '../../shared/domain';
import { computeDeadlines, deadlineId } from '../case/deadlines';
import { linkDocumentPersons } from '../case/people';
import { blobs, deadlines, documentLinks, documents, pages } from '../db/schema';
import { audit } from '../db/queries/audit';
import { knownPersons } from '../db/queries/known-persons';
import { knownOrganisations, newId, upsertOrganisation } from '../db/queries/organisations';
import { toApiError } from '../errors';
import { extractAll } from '../extract';
import { eta } from '../jobs';
import type { StagedBlob } from '../vault/blob-store';
import type { UnlockedVault } from '../vault/vault';
import { analyseFile, type AnalysedFile } from './analyse';
import { IngestError, SAFE_EN, SAFE_NL } from './errors';
import { checkFileSize, DEFAULT_LIMITS } from './limits';
import { asMail } from './mail-document';
import type { MailAttachment } from './mime';
import type { OcrPool } from './ocr-pool';
import { findPossibleDuplicate, textFingerprint } from './rescan';
import { sniffType } from './sniff';
import { readMail } from './text';

const IGNORED = /^(\.|~\$|Thumbs\.db$|desktop\.ini$)/i;

/** Files under the given paths, folders walked recursively, in a stable order. */
export function expandPaths(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (p: string): void => {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!IGNORED.test(name)) walk(join(p, name));
    } else if (st.isFile()) {
      files.push(p);
    }
  };
  for (const p of paths) walk(resolve(p));
  return { files, missing };
}

export interface ImportContext {
  vault: UnlockedVault;
  ocr: () => OcrPool;
  today: IsoDate;
  signal: AbortSignal;
  progress: (p: Omit<Progress, 'jobId'>) => void;
  lang: 'nl' | 'en';
}

/**
 * Import files, as many at once as the OCR pool has workers (a one-page scan keeps only one
 * worker busy, so one file at a time would leave a core idle). Each file gets its own result,
 * in the order given; a failure never aborts the batch and never leaves half a document:
 * blobs are staged and published, then ONE synchronous transaction writes every row, and a
 * crash in between leaves only orphans the next unlock sweeps.
 */
export async function importFiles(
  ctx: ImportContext,
  paths: string[],
  options: IngestOptions = {},
): Promise<IngestResult[]> {
  const { files, missing } = expandPaths(paths);
  const missingResults: IngestResult[] = missing.map((file) => ({
    file,
    status: 'failed',
    error:
      ctx.lang === 'en'
        ? 'This file or folder does not exist. Nothing was changed.'
        : 'Dit bestand of deze map bestaat niet. Er is niets veranderd.',
  }));
  const started = Date.now();
  const fractions = files.map(() => 0);
  const report = (i: number, fileFraction: number, message?: string): void => {
    fractions[i] = fileFraction;
    const total = fractions.reduce((a, b) => a + b, 0) / files.length;
    ctx.progress({
      phase: 'ingest',
      file: files[i],
      fileIndex: i,
      fileCount: files.length,
      fileFraction,
      total,
      etaSeconds: eta(started, total),
      ...(message ? { message } : {}),
    });
  };
  // One list per file: a mail's own result, then one per attachment.
  const results: IngestResult[][] = new Array(files.length);
  // The same bytes twice in one batch: the second waits for the first and says duplicate.
  const inFlight = new Map<string, Promise<IngestResult>>();
  let next = 0;
  const runner = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i]!;
      report(i, 0);
      if (ctx.signal.aborted) {
        results[i] = [{ file, status: 'failed', error: cancelledMessage(ctx.lang) }];
        continue;
      }
      try {
        results[i] = await importOne(ctx, file, options, inFlight, (f, m) => report(i, f, m));
      } catch (err) {
        results[i] = [{ file, status: 'failed', error: toApiError(err, ctx.lang).message }];
      }
      report(i, 1);
    }
  };
  const parallel = Math.max(1, Math.min(ctx.ocr().size, files.length));
  await Promise.all(Array.from({ length: parallel }, runner));
  return [...missingResults, ...results.flat()];
}

const cancelledMessage = (lang: 'nl' | 'en'): string =>
  lang === 'en'
    ? 'Import cancelled before this file. Nothing was changed for it.'
    : 'Importeren gestopt voor dit bestand. Er is niets voor veranderd.';

async function importOne(
  ctx: ImportContext,
  file: string,
  options: IngestOptions,
  inFlight: Map<string, Promise<IngestResult>>,
  onProgress: (fraction: number, message: string) => void,
): Promise<IngestResult[]> {
  // Checked before reading: a huge file must not be pulled into memory just to refuse it.
  checkFileSize(statSync(file).size, DEFAULT_LIMITS, basename(file));
  const bytes = readFileSync(file);
  return importBytes(
    ctx,
    { label: file, fileName: basename(file), bytes, depth: 0 },
    options,
    inFlight,
    onProgress,
  );
}

/** A file's bytes on their way in: a file from disk, or an attachment of a mail. */
export interface Incoming {
  /** What the batch report shows: the path, or "mail.eml › bijlage.pdf". */
  label: string;
  fileName: string;
  bytes: Buffer;
  /** 0 for a file; 1 for an attachment of a mail, 2 for one of a forwarded mail in it, … */
  depth: number;
  /** The mail this is an attachment of (linked `bijlage-bij`). */
  attachmentOf?: string;
}

/**
 * One file or attachment: duplicate check, analysis, storage, and — for a mail — its
 * attachments after it, each through this same function (so the same sniffing, limits and
 * duplicate rules apply), each failing alone.
 */
async function importBytes(
  ctx: ImportContext,
  incoming: Incoming,
  options: IngestOptions,
  inFlight: Map<string, Promise<IngestResult>>,
  onProgress: (fraction: number, message: string) => void,
): Promise<IngestResult[]> {
  const { db } = ctx.vault.conn;
  const { label, bytes, attachmentOf } = incoming;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const isMail = sniffsAsMail(bytes);
  if (isMail && incoming.depth > MAX_MAIL_DEPTH) {
    throw new IngestError('MAIL_TOO_DEEP', { fileName: incoming.fileName, limit: MAX_MAIL_DEPTH });
  }
  // A mail's own analysis is quick; its attachments take the rest of the bar.
  const ownShare = isMail ? 0.05 : 1;
  const same = db
    .select({ id: documents.id })
    .from(documents)
    .where(eq(documents.sha256, sha256))
    .get();
  let own: IngestResult;
  let attachments: MailAttachment[] = [];
  if (same) {
    own = { file: label, status: 'duplicate', id: same.id };
    // A mail imported before (or cut off by a crash before its attachments were stored):
    // its attachments are checked again, which only costs work for the ones not yet stored.
    if (isMail) attachments = readMail(bytes, { maxAttachmentBytes: MAX_FILE_BYTES }).attachments;
  } else {
    const earlier = inFlight.get(sha256);
    const first = earlier ? await earlier.catch(() => null) : null;
    if (first?.status === 'added') {
      own = { file: label, status: 'duplicate', id: first.id! };
    } else {
      const work = storeNew(ctx, incoming, sha256, options, (f, m) => onProgress(f * ownShare, m));
      const ownResult = work.then((w) => w.result);
      // Awaited only by a later copy in the batch; a failure is reported through `work`.
      ownResult.catch(() => undefined);
      inFlight.set(sha256, ownResult);
      const stored = await work;
      own = stored.result;
      attachments = stored.attachments;
    }
  }
  if (own.status === 'duplicate' && attachmentOf) linkAttachment(ctx, own.id!, attachmentOf);
  if (attachmentOf) own.attachmentOf = attachmentOf;
  const results = [own];
  const mailId = own.id!;
  for (const [k, attachment] of attachments.entries()) {
    const share = (1 - ownShare) / attachments.length;
    const progress = (f: number, m: string): void =>
      onProgress(
        ownShare + share * (k + f),
        `Bijlage ${k + 1} van ${attachments.length} (${attachment.fileName}): ${m}`,
      );
    results.push(
      ...(await importAttachment(ctx, incoming, mailId, attachment, options, inFlight, progress)),
    );
  }
  return results;
}

/** Forwarded mails nested deeper than this are refused (a mail bomb of nested messages). */
const MAX_MAIL_DEPTH = 5;
const MAX_FILE_BYTES = DEFAULT_LIMITS.maxFileBytes;

function sniffsAsMail(bytes: Uint8Array): boolean {
  try {
    return sniffType(bytes).kind === 'eml';
  } catch {
    return false;
  }
}

async function importAttachment(
  ctx: ImportContext,
  mail: Incoming,
  mailId: string,
  attachment: MailAttachment,
  options: IngestOptions,
  inFlight: Map<string, Promise<IngestResult>>,
  onProgress: (fraction: number, message: string) => void,
): Promise<IngestResult[]> {
  const label = `${mail.label} › ${attachment.fileName}`;
  try {
    if (ctx.signal.aborted) throw new IngestError('CANCELLED', { fileName: attachment.fileName });
    if (attachment.bytes === null) {
      checkFileSize(attachment.size, DEFAULT_LIMITS, attachment.fileName);
    }
    const bytes = Buffer.from(attachment.bytes ?? new Uint8Array(0));
    // Same sniffing as any file; text beside a mail (a vCard, an invitation, a .txt) is not a
    // document of the case, and refusing it here keeps it out of the timeline.
    if (bytes.length > 0 && sniffType(bytes, attachment.fileName).kind === 'text') {
      throw new IngestError('NOT_A_DOCUMENT', { fileName: attachment.fileName });
    }
    return await importBytes(
      ctx,
      {
        label,
        fileName: attachment.fileName,
        bytes,
        depth: mail.depth + 1,
        attachmentOf: mailId,
      },
      options,
      inFlight,
      onProgress,
    );
  } catch (err) {
    // "Nothing changed" is true of the attachment, not of the batch: the mail was stored.
    const { message } = toApiError(err, ctx.lang);
    const kept =
      ctx.lang === 'en'
        ? 'This attachment was not stored; the e-mail itself was, and the attachment stays inside it.'
        : 'Deze bijlage is niet opgeslagen; de e-mail zelf wel, en de bijlage blijft daarin bewaard.';
    const safe = ctx.lang === 'en' ? SAFE_EN : SAFE_NL;
    const error = message.includes(safe) ? message.replace(safe, kept) : `${message} ${kept}`;
    return [{ file: label, status: 'failed', error, attachmentOf: mailId }];
  }
}

/** An attachment already in the vault is linked to the mail, not stored again. */
function linkAttachment(ctx: ImportContext, attachmentId: string, mailId: string): void {
  if (attachmentId === mailId) return;
  ctx.vault.conn.db.transaction((tx) => {
    const inserted = tx
      .insert(documentLinks)
      .values({ fromId: attachmentId, toId: mailId, kind: 'bijlage-bij' })
      .onConflictDoNothing()
      .run();
    if (inserted.changes > 0) {
      audit(tx, 'link', 'document', attachmentId, { to: mailId, kind: 'bijlage-bij' });
    }
  });
}

async function storeNew(
  ctx: ImportContext,
  incoming: Incoming,
  sha256: string,
  options: IngestOptions,
  onProgress: (fraction: number, message: string) => void,
): Promise<{ result: IngestResult; attachments: MailAttachment[] }> {
  const { db } = ctx.vault.conn;
  const { label: file, fileName, bytes, attachmentOf } = incoming;
  // A copy: pdf.js wants a plain Uint8Array and may detach (transfer) it, while `bytes` must
  // stay intact to be stored byte for byte.
  const analysed: AnalysedFile = await analyseFile(new Uint8Array(bytes), {
    fileName,
    ocr: ctx.ocr(),
    signal: ctx.signal,
    onProgress,
    ...(options.password ? { password: options.password } : {}),
  });
  const texts = analysed.pages.map((p) => p.text);
  const extracted = extractAll(texts, knownOrganisations(db), knownPersons(db));
  const extraction = analysed.mail ? asMail(extracted, analysed.mail, texts) : extracted;
  const letterDate = extraction.date?.value ?? null;
  const fingerprint = textFingerprint(texts.join('\n'));
  const duplicateOf = findPossibleDuplicate(db, {
    fingerprint,
    letterDate,
    references: extraction.references,
  });

  const staged: StagedBlob[] = [];
  try {
    const original = ctx.vault.blobs.stage(bytes);
    staged.push(original);
    const pageImages = analysed.pages.map((p) => {
      if (!p.image) return null;
      const s = ctx.vault.blobs.stage(p.image.png);
      staged.push(s);
      return s;
    });
    ctx.vault.blobs.publish(staged);

    const id = newId();
    const computed = computeDeadlines(
      {
        documentId: id,
        type: extraction.type.value,
        senderKind: extraction.sender?.kind ?? null,
        letterDate,
        stated: extraction.deadlines,
        text: texts.join('\n'),
      },
      ctx.today,
    );
    // DESIGN.md §6: low confidence (or a page without text, or a cut-off file) asks the
    // parent to review; otherwise the suggestions stand until the parent corrects them.
    const textless = analysed.pages.some((p) => p.source === 'none');
    const status =
      extraction.needsReview || analysed.incomplete || textless || duplicateOf
        ? 'needs-review'
        : 'confirmed';

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
      const senderOrganisationId = extraction.sender
        ? upsertOrganisation(tx, extraction.sender.name, extraction.sender.kind)
        : null;
      tx.insert(documents)
        .values({
          id,
          fileName,
          mimeType: analysed.mimeType,
          sha256,
          size: bytes.length,
          originalBlobId: original.id,
          title: extraction.title || fileName,
          letterDate,
          type: extraction.type.value,
          senderOrganisationId,
          senderName: extraction.sender?.name ?? null,
          senderKind: extraction.sender?.kind ?? null,
          references: extraction.references,
          pageCount: analysed.pages.length,
          status,
          error: analysed.incomplete
            ? 'Het bestand lijkt onvolledig (afgebroken). Controleer het origineel.'
            : null,
          bsn: extraction.bsn,
          confidence: extraction.confidence,
          textFingerprint: fingerprint,
          possibleDuplicateOf: duplicateOf,
        })
        .run();
      analysed.pages.forEach((p, idx) => {
        const img = pageImages[idx];
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
            imageBlobId: img?.id ?? null,
            imageWidth: p.image?.width ?? null,
            imageHeight: p.image?.height ?? null,
          })
          .run();
      });
      linkDocumentPersons(tx, id, extraction.persons);
      for (const d of computed) {
        tx.insert(deadlines)
          .values({
            id: deadlineId(id, d.rule, d.due, d.what),
            documentId: id,
            due: d.due,
            time: d.time ?? null,
            what: d.what,
            rule: d.rule,
            basis: d.basis,
            computed: d.computed,
            shiftedFrom: d.shiftedFrom ?? null,
            note: d.note,
          })
          .onConflictDoNothing()
          .run();
      }
      audit(tx, 'import', 'document', id, {
        pages: analysed.pages.length,
        mimeType: analysed.mimeType,
      });
      // In the same transaction: an attachment is never stored without its link to the mail.
      if (attachmentOf) {
        tx.insert(documentLinks)
          .values({ fromId: id, toId: attachmentOf, kind: 'bijlage-bij' })
          .onConflictDoNothing()
          .run();
        audit(tx, 'link', 'document', id, { to: attachmentOf, kind: 'bijlage-bij' });
      }
    });
    const result: IngestResult = duplicateOf
      ? { file, status: 'added', id, possibleDuplicateOf: duplicateOf }
      : { file, status: 'added', id };
    return { result, attachments: analysed.attachments ?? [] };
  } catch (err) {
    ctx.vault.blobs.discard(staged);
    throw err;
  }
}
