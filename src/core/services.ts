import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type {
  BundleRequest,
  DocumentEdit,
  EventInput,
  IngestOptions,
  KluisApi,
  PageWords,
  Progress,
  TimelineFilter,
  VaultState,
} from '../shared/api';
import type { DeadlineStatus, IsoDate, LinkKind, WordBox } from '../shared/domain';
import { listDeadlines, setDeadlineStatus } from './case/deadline-store';
import { listPeople, mergePersons, mergeSuggestions } from './case/people';
import { editGesprekEvent, isGesprek } from './case/gesprekken';
import { addEvent, buildTimeline, editEvent, linkDocuments } from './case/timeline';
import { localToday } from './dates';
import {
  editDocument,
  documentPage,
  getDocumentDetail,
  getDocumentRow,
  listDocuments,
} from './db/queries/documents';
import { listOrganisations } from './db/queries/organisations';
import { blobs } from './db/schema';
import { KluisError, locked, notFound } from './errors';
import type { OcrPool } from './ingest/ocr-pool';
import { Jobs } from './jobs';
import { searchPages } from './search/search';
import {
  backupKeyFor,
  readBackupHeader,
  restoreBackupFiles,
  verifyBackup,
  writeBackup,
} from './vault/backup';
import { verifyVault } from './vault/verify';
import { letterServices } from './letters/services';
import {
  createVault,
  lockVault,
  rewrapPassphrase,
  unlockVault,
  unwrapCandidates,
  vaultExists,
  type Secret,
  type UnlockedVault,
} from './vault/vault';

export interface ServicesOptions {
  vaultDir: string;
  onProgress?: (p: Progress) => void;
  /** The calendar day deadlines are measured against; injectable for tests. */
  today?: () => IsoDate;
  lang?: 'nl' | 'en';
}

export interface Services extends KluisApi {
  /** Unlock with the recovery key (CLI `passwd` with DOSSIERKLUIS_RECOVERY_KEY). */
  unlockWithRecoveryKey(recoveryKey: string): Promise<VaultState>;
  close(): Promise<void>;
}

/**
 * The one object implementing the API contract on top of vault, DB, ingest, case and bundle.
 * Electron main, the CLI and the e2e test host all use exactly this.
 */
export function createServices(options: ServicesOptions): Services {
  const dir = options.vaultDir;
  const today = options.today ?? localToday;
  const lang = options.lang ?? 'nl';
  const jobs = new Jobs((p) => options.onProgress?.(p));
  let vault: UnlockedVault | null = null;
  let ocr: OcrPool | null = null;

  const open = (): UnlockedVault => {
    if (!vault) throw locked();
    return vault;
  };
  const db = () => open().conn.db;
  const state = (): VaultState => ({
    exists: vaultExists(dir),
    unlocked: vault !== null,
    vaultId: vault?.vaultId ?? null,
    dir,
  });
  // OCR, PDF and bundle code load on first use: `docs` or `verify` never pay for tesseract.js.
  const ingestModules = async () => {
    const [{ importFiles }, { createOcrPool }] = await Promise.all([
      import('./ingest/import-files'),
      import('./ingest/ocr-pool'),
    ]);
    return { importFiles, getOcr: (): OcrPool => (ocr ??= createOcrPool()) };
  };
  const bundleModule = () => import('./bundle/from-vault');
  const stopWork = async (): Promise<void> => {
    jobs.cancelAll();
    const pool = ocr;
    ocr = null;
    await pool?.terminate();
  };
  const doLock = async (): Promise<VaultState> => {
    await stopWork();
    if (vault) lockVault(vault);
    vault = null;
    return state();
  };
  const unlockWith = async (secret: Secret): Promise<VaultState> => {
    if (vault) await doLock();
    vault = await unlockVault(dir, secret);
    return state();
  };

  const services: Services = {
    vaultState: async () => state(),
    createVault: async (passphrase) => createVault(dir, passphrase),
    unlock: async (passphrase) => unlockWith({ passphrase }),
    unlockWithRecoveryKey: async (recoveryKey) => unlockWith({ recoveryKey }),
    lock: doLock,
    changePassphrase: async (oldPassphrase, newPassphrase) => {
      await rewrapPassphrase(dir, { passphrase: oldPassphrase }, newPassphrase);
      return { ok: true as const };
    },
    resetWithRecoveryKey: async (recoveryKey, newPassphrase) => {
      await rewrapPassphrase(dir, { recoveryKey }, newPassphrase);
      return { ok: true as const };
    },

    ingest: async (paths: string[], ingestOptions?: IngestOptions) => {
      const v = open();
      const { importFiles, getOcr } = await ingestModules();
      const job = jobs.start();
      try {
        return await importFiles(
          {
            vault: v,
            ocr: getOcr,
            today: today(),
            signal: job.signal,
            progress: job.progress,
            lang,
          },
          paths,
          ingestOptions,
        );
      } finally {
        job.end();
      }
    },
    cancelJob: async (jobId: string) => jobs.cancel(jobId),

    listDocuments: async () => listDocuments(db()),
    getDocument: async (id: string) =>
      getDocumentDetail(db(), id, (docId) => listDeadlines(db(), today(), docId)),
    editDocument: async (id: string, edit: DocumentEdit) => {
      editDocument(db(), id, edit);
      return getDocumentDetail(db(), id, (docId) => listDeadlines(db(), today(), docId));
    },
    pageImage: async (id: string, page: number) => {
      const p = documentPage(db(), id, page);
      if (!p?.imageBlobId) throw notFound('Pagina', `${id}/${page}`);
      const ref = db().select().from(blobs).where(eq(blobs.id, p.imageBlobId)).get();
      if (!ref) throw notFound('Pagina', `${id}/${page}`);
      return new Uint8Array(open().blobs.read(ref));
    },
    pageWords: async (id: string, page: number): Promise<PageWords> => {
      getDocumentRow(db(), id);
      const p = documentPage(db(), id, page);
      if (!p) throw notFound('Pagina', `${id}/${page}`);
      return { n: p.n, width: p.width, height: p.height, words: p.words as WordBox[] };
    },

    search: async (query: string) => searchPages(open().conn.raw, query),
    timeline: async (filter?: TimelineFilter) => buildTimeline(db(), filter),
    addEvent: async (input: EventInput) => addEvent(db(), input),
    editEvent: async (id: string, input: Partial<EventInput>) =>
      isGesprek(db(), id) ? editGesprekEvent(db(), id, input, today()) : editEvent(db(), id, input),
    linkDocuments: async (fromId: string, toId: string, kind: LinkKind) =>
      linkDocuments(db(), fromId, toId, kind),
    people: async () => listPeople(db()),
    organisations: async () => listOrganisations(db()),
    mergePersons: async (keepId: string, mergeId: string) => {
      mergePersons(db(), keepId, mergeId);
      const kept = listPeople(db()).find((p) => p.id === keepId);
      if (!kept) throw notFound('Persoon', keepId);
      return kept;
    },
    mergeSuggestions: async () => mergeSuggestions(db()),
    deadlines: async () => listDeadlines(db(), today()),
    setDeadlineStatus: async (id: string, status: DeadlineStatus) =>
      setDeadlineStatus(db(), id, status, today()),

    preflight: async (request: Omit<BundleRequest, 'out'>) =>
      (await bundleModule()).preflightVault(open(), request, today()),
    buildBundle: async (request: BundleRequest) => {
      const { buildVaultBundle } = await bundleModule();
      const job = jobs.start();
      try {
        return await buildVaultBundle(open(), request, today(), job);
      } finally {
        job.end();
      }
    },

    ...letterServices({
      db,
      vault: open,
      today,
      lang,
      ocr: async () => (await ingestModules()).getOcr(),
    }),

    verify: async () => verifyVault(open()),
    backup: async (out: string) => {
      const v = open();
      // Everything committed must be in vault.db itself before its bytes are copied.
      v.conn.raw.pragma('wal_checkpoint(TRUNCATE)');
      const headerText = readFileSync(join(dir, 'header.json'), 'utf8');
      const digests = writeBackup(dir, headerText, v.keys.backup, out);
      const verified = verifyBackup(out, v.keys.backup, digests);
      if (!verified) {
        throw new KluisError(
          'CORRUPT',
          'De back-up kon niet volledig worden gecontroleerd en is niet betrouwbaar. Probeer het opnieuw op een andere schijf.',
          'The backup could not be fully verified and is not reliable. Try again on another disk.',
        );
      }
      return { file: out, bytes: statSync(out).size, verified };
    },
    restore: async (file: string, newDir: string, secret: Secret) => {
      const { header, headerText, bodyOffset } = readBackupHeader(file);
      const { vmk } = await unwrapCandidates([{ file, header }], secret);
      const key = backupKeyFor(vmk, header.vaultId);
      vmk.fill(0);
      try {
        restoreBackupFiles(file, key, headerText, bodyOffset, newDir);
      } finally {
        key.fill(0);
      }
      const restored = await unlockVault(newDir, secret);
      try {
        const report = verifyVault(restored);
        if (!report.ok) {
          throw new KluisError(
            'CORRUPT',
            `De teruggezette kluis in ${newDir} is niet in orde: ${report.problems.join('; ')}`,
            `The restored vault in ${newDir} is not sound: ${report.problems.join('; ')}`,
          );
        }
        return { ok: true, documents: report.documents };
      } finally {
        lockVault(restored);
      }
    },
    close: async () => {
      await doLock();
    },
  };

  return services;
}
