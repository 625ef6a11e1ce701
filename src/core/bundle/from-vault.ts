import { eq, inArray } from 'drizzle-orm';
import { dirname, join } from 'node:path';
import { mkdirSync, rmSync } from 'node:fs';
import type { BundleRequest, BundleResult, PreflightWarning, Progress } from '../../shared/api';
import type {
  DocumentStatus,
  DocumentType,
  IsoDate,
  TextSource,
  WordBox,
} from '../../shared/domain';
import { buildTimeline } from '../case/timeline';
import { blobs, documentPersons, documents, pages, persons } from '../db/schema';
import { getDocumentRow } from '../db/queries/documents';
import { listDocuments } from '../db/queries/documents';
import { badInput } from '../errors';
import { writeFileAtomic } from '../vault/fs-atomic';
import type { UnlockedVault } from '../vault/vault';
import { AtomicFileSink } from './file-sink';
import { preflight, writeBundle, type WrittenBundle } from './index';
import { planBundle } from './plan';
import type {
  BundleDocument,
  BundleOptions,
  BundlePlan,
  BundleSource,
  Rotation,
  TextMeasure,
} from './types';

// Adapter between the vault and the pure bundle module: rows become BundleDocuments, the
// blob store becomes the BundleSource (decrypting in memory), and only the file the parent
// asked for is written — atomically — as plaintext.

function bundleDocuments(v: UnlockedVault, ids?: string[]): BundleDocument[] {
  const { db } = v.conn;
  const summaries = listDocuments(db).filter((d) => !ids || ids.includes(d.id));
  const personNames = new Map<string, string[]>();
  for (const r of db
    .select({
      documentId: documentPersons.documentId,
      name: persons.name,
      asWritten: documentPersons.nameAsWritten,
    })
    .from(documentPersons)
    .innerJoin(persons, eq(persons.id, documentPersons.personId))
    .all()) {
    const list = personNames.get(r.documentId) ?? [];
    list.push(r.name, r.asWritten);
    personNames.set(r.documentId, list);
  }
  return summaries.map((d) => {
    const row = getDocumentRow(db, d.id);
    const pageRows = db
      .select()
      .from(pages)
      .where(eq(pages.documentId, d.id))
      .all()
      .sort((a, b) => a.n - b.n);
    return {
      id: d.id,
      date: d.date,
      title: d.title,
      type: d.type as DocumentType,
      sender: d.sender,
      references: d.references,
      mimeType: row.mimeType,
      sha256: row.sha256,
      status: d.status as DocumentStatus,
      bsn: row.bsn,
      persons: personNames.get(d.id) ?? [],
      possibleDuplicateOf: row.possibleDuplicateOf,
      byteSize: row.size,
      pages: pageRows.map((p) => ({
        n: p.n,
        source: p.source as TextSource,
        text: p.text,
        words: p.words as WordBox[],
        width: p.width,
        height: p.height,
        rotation: (p.rotation as Rotation) ?? 0,
      })),
    };
  });
}

function vaultSource(v: UnlockedVault): BundleSource {
  const { db } = v.conn;
  return {
    original: async (documentId) => {
      const row = getDocumentRow(db, documentId);
      const ref = db.select().from(blobs).where(eq(blobs.id, row.originalBlobId)).get();
      if (!ref) throw new Error(`original of ${documentId} missing`);
      return new Uint8Array(v.blobs.read(ref));
    },
    pageImage: async (documentId, n) => {
      const p = db
        .select()
        .from(pages)
        .where(eq(pages.documentId, documentId))
        .all()
        .find((x) => x.n === n);
      if (!p?.imageBlobId) throw new Error(`no page image for ${documentId}/${n}`);
      const ref = db.select().from(blobs).where(eq(blobs.id, p.imageBlobId)).get()!;
      return {
        png: new Uint8Array(v.blobs.read(ref)),
        width: p.imageWidth ?? 0,
        height: p.imageHeight ?? 0,
      };
    },
  };
}

function options(
  v: UnlockedVault,
  request: Omit<BundleRequest, 'out'>,
  today: IsoDate,
): BundleOptions {
  const zaaknummers = [
    ...new Set(
      v.conn.db
        .select({ refs: documents.references, type: documents.type })
        .from(documents)
        .all()
        .filter((d) => d.type === 'court-decision' || d.type === 'summons')
        .flatMap((d) => d.refs),
    ),
  ];
  return {
    purpose: request.purpose,
    today,
    ...(request.docs ? { docs: request.docs } : {}),
    ...(request.from ? { from: request.from } : {}),
    ...(request.to ? { to: request.to } : {}),
    ...(request.types ? { types: request.types } : {}),
    ...(request.persons ? { persons: request.persons } : {}),
    ...(request.order ? { order: request.order } : {}),
    chronology: Boolean(request.chronology),
    ...(request.chronology
      ? {
          timeline: buildTimeline(v.conn.db)
            .filter((e) => e.date)
            .map((e) => ({
              date: e.date,
              title: e.title,
              ...(e.approximate ? { approximate: true } : {}),
              ...(e.disputed ? { disputed: true } : {}),
              ...(e.documentId ? { documentId: e.documentId } : {}),
              ...(e.cites ? { cites: e.cites } : {}),
            })),
        }
      : {}),
    redactBsn: Boolean(request.redactBsn),
    split: Boolean(request.split),
    ...(request.compiledBy ? { compiledBy: request.compiledBy } : {}),
    ...(request.subject ? { subject: request.subject } : {}),
    initialsOnly: Boolean(request.initialsOnly),
    zaaknummers,
  };
}

export function preflightVault(
  v: UnlockedVault,
  request: Omit<BundleRequest, 'out'>,
  today: IsoDate,
): PreflightWarning[] {
  return preflight(bundleDocuments(v), options(v, request, today));
}

export async function buildVaultBundle(
  v: UnlockedVault,
  request: BundleRequest,
  today: IsoDate,
  job: { signal: AbortSignal; progress: (p: Omit<Progress, 'jobId'>) => void },
): Promise<BundleResult> {
  if (!request.out)
    throw badInput(
      'Geef op waar de bundel moet komen (--out).',
      'Say where the bundle goes (--out).',
    );
  if (request.docs) {
    const known = new Set(
      v.conn.db
        .select({ id: documents.id })
        .from(documents)
        .where(inArray(documents.id, request.docs))
        .all()
        .map((r) => r.id),
    );
    const unknown = request.docs.filter((d) => !known.has(d));
    if (unknown.length) {
      throw badInput(
        `Onbekende document-id's: ${unknown.join(', ')}. Er is geen bundel gemaakt.`,
        `Unknown document ids: ${unknown.join(', ')}. No bundle was made.`,
      );
    }
  }
  mkdirSync(dirname(request.out), { recursive: true });
  const splitDir = join(
    dirname(request.out),
    `${request.out.replace(/^.*[\\/]/, '').replace(/\.pdf$/i, '')}-producties`,
  );
  // Streamed to the file while drawing, and each split file written as soon as it is made: a
  // bundle of hundreds of scans never sits in memory whole. On failure nothing stays behind.
  const splitFiles: string[] = [];
  const sink = new AtomicFileSink(request.out);
  let built: WrittenBundle;
  let done = false;
  try {
    built = await writeBundle(
      bundleDocuments(v),
      vaultSource(v),
      {
        ...options(v, request, today),
        signal: job.signal,
        onProgress: (fraction, message) =>
          job.progress({ phase: 'bundle', total: fraction, message }),
      },
      {
        bundle: sink,
        splitFile: (f) => {
          if (splitFiles.length === 0) mkdirSync(splitDir, { recursive: true });
          const file = join(splitDir, f.name);
          writeFileAtomic(file, f.bytes);
          splitFiles.push(file);
        },
      },
    );
    sink.commit();
    done = true;
  } finally {
    sink.discard();
    if (!done) for (const file of splitFiles) rmSync(file, { force: true });
  }
  const result: BundleResult = {
    file: request.out,
    pages: built.plan.totalPages,
    producties: built.plan.producties.map((p) => ({
      n: p.n,
      documentId: p.documentId,
      firstPage: p.firstPage,
      lastPage: p.lastPage,
    })),
    sha256: built.sha256,
    warnings: built.warnings,
  };
  if (request.split) {
    const dir = splitDir;
    mkdirSync(dir, { recursive: true });
    result.splitFiles = splitFiles;
    const manifest = join(dir, 'manifest.json');
    writeFileAtomic(manifest, JSON.stringify(built.manifest, null, 2));
    result.manifest = manifest;
  }
  return result;
}

/**
 * The plan `bundle --purpose P` builds from this vault, with `extra` documents as if they were
 * already stored (issue #9: a letter's cites are resolved against the bundle that will include
 * the letter itself once it is saved).
 */
export function planVaultBundle(
  v: UnlockedVault,
  request: Omit<BundleRequest, 'out'>,
  today: IsoDate,
  measure: TextMeasure,
  extra: BundleDocument[] = [],
): BundlePlan {
  return planBundle([...bundleDocuments(v), ...extra], options(v, request, today), measure);
}
