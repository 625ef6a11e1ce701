// The one API contract. `src/core/services.ts` implements it, the CLI calls it, Electron main
// forwards IPC to it and the preload exposes it as `window.kluis`. Everything crossing it is
// plain JSON-compatible data (structured clone across IPC).
import type {
  DeadlineStatus,
  DocumentStatus,
  DocumentType,
  EventKind,
  IsoDate,
  LinkKind,
  OrganisationKind,
  PersonMention,
  TextSource,
  WordBox,
} from './domain';

export interface DocumentSummary {
  id: string;
  fileName: string;
  /** SHA-256 (hex) of the original file's bytes. */
  sha256: string;
  title: string;
  date: IsoDate | null;
  type: DocumentType;
  sender: string | null;
  senderKind: OrganisationKind | null;
  references: string[];
  pages: number;
  status: DocumentStatus;
}

export interface PageView {
  n: number;
  text: string;
  source: TextSource;
  /** 0..1; 1 for embedded text. */
  confidence: number;
}

export interface DocumentDetail extends DocumentSummary {
  pages: PageView[];
  persons: PersonMention[];
  deadlines: DeadlineView[];
  bsn: string[];
  notes: string;
  error: string | null;
  mimeType: string;
  /** Confidence per suggested field, 0..1, for the review form. */
  confidence: Partial<Record<'date' | 'type' | 'sender' | 'references', number>>;
  possibleDuplicateOf: string | null;
}

export interface PageWords {
  n: number;
  width: number;
  height: number;
  words: WordBox[];
}

export interface DocumentEdit {
  date?: IsoDate | null;
  type?: DocumentType;
  sender?: string | null;
  senderKind?: OrganisationKind | null;
  title?: string;
  notes?: string;
  references?: string[];
  status?: DocumentStatus;
}

export type IngestStatus = 'added' | 'duplicate' | 'failed';

export interface IngestResult {
  file: string;
  status: IngestStatus;
  id?: string;
  error?: string;
  possibleDuplicateOf?: string;
}

export interface IngestOptions {
  /** Password for PDFs that need one to open. */
  password?: string;
}

export interface SearchHit {
  id: string;
  page: number;
  snippet: string;
  score: number;
}

export interface TimelineEntry {
  date: IsoDate;
  kind: EventKind;
  title: string;
  documentId?: string;
  eventId?: string;
  persons: string[];
  approximate?: boolean;
  disputed?: boolean;
  account?: string;
  description?: string;
  documentType?: DocumentType;
  sender?: string | null;
  cites?: { documentId: string; pages: number[] }[];
}

export interface TimelineFilter {
  from?: IsoDate;
  to?: IsoDate;
  person?: string;
  organisation?: string;
  type?: DocumentType;
  child?: string;
}

export interface EventInput {
  date: IsoDate;
  approximate?: boolean;
  kind: EventKind;
  title: string;
  description?: string;
  persons?: string[];
  cites?: { documentId: string; pages: number[] }[];
  disputed?: boolean;
  account?: string;
}

export interface PersonView {
  id: string;
  name: string;
  role: string;
  organisation: string | null;
  kind: OrganisationKind | null;
  documents: number;
  aliases: string[];
}

export interface OrganisationView {
  id: string;
  name: string;
  kind: OrganisationKind;
  aliases: string[];
}

export interface DeadlineView {
  id: string;
  due: IsoDate;
  time?: string;
  what: string;
  rule: string;
  basis: string;
  documentId: string;
  status: DeadlineStatus;
  daysLeft: number;
  /** Always present: this is a calculation, check with advocaat or vertrouwenspersoon. */
  note: string;
}

export const BUNDLE_PURPOSES = [
  'contra-expertise',
  'second-opinion',
  'court',
  'advocaat',
  'klacht',
] as const;
export type BundlePurpose = (typeof BUNDLE_PURPOSES)[number];

export interface BundleRequest {
  purpose: BundlePurpose;
  out: string;
  from?: IsoDate;
  to?: IsoDate;
  docs?: string[];
  types?: DocumentType[];
  persons?: string[];
  order?: string[];
  redactBsn?: boolean;
  split?: boolean;
  chronology?: boolean;
  compiledBy?: string;
  subject?: string;
  initialsOnly?: boolean;
}

export interface BundleProductie {
  n: number;
  documentId: string;
  firstPage: number;
  lastPage: number;
}

export interface BundleResult {
  file: string;
  pages: number;
  producties: BundleProductie[];
  sha256: string;
  warnings: PreflightWarning[];
  splitFiles?: string[];
  manifest?: string;
}

export interface PreflightWarning {
  code: 'undated' | 'needs-review' | 'no-text' | 'duplicate' | 'large' | 'failed';
  documentId?: string;
  message: string;
}

export interface VerifyReport {
  ok: boolean;
  documents: number;
  blobs: number;
  problems: string[];
}

export interface VaultState {
  exists: boolean;
  unlocked: boolean;
  vaultId: string | null;
  dir: string;
}

export interface BackupResult {
  file: string;
  bytes: number;
  verified: boolean;
}

export interface RestoreResult {
  ok: boolean;
  documents: number;
}

export interface Progress {
  jobId: string;
  phase: 'ingest' | 'ocr' | 'bundle' | 'backup';
  file?: string;
  fileIndex?: number;
  fileCount?: number;
  /** Fraction of the current file, 0..1. */
  fileFraction?: number;
  /** Fraction of the whole job, 0..1. */
  total: number;
  /** Seconds left, when it can be estimated. */
  etaSeconds?: number;
  message?: string;
}

/** Error codes that cross the boundary. Messages are written for a parent. */
export type ErrorCode =
  | 'WRONG_PASSPHRASE'
  | 'VAULT_EXISTS'
  | 'NO_VAULT'
  | 'LOCKED'
  | 'NOT_FOUND'
  | 'BAD_INPUT'
  | 'CORRUPT'
  | 'CANCELLED'
  | 'IO'
  | 'INTERNAL';

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Everything the renderer may ask. Each method is async and JSON in, JSON out. */
export interface KluisApi {
  vaultState(): Promise<VaultState>;
  createVault(passphrase: string): Promise<{ vaultId: string; recoveryKey: string }>;
  unlock(passphrase: string): Promise<VaultState>;
  lock(): Promise<VaultState>;
  changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<{ ok: true }>;
  resetWithRecoveryKey(recoveryKey: string, newPassphrase: string): Promise<{ ok: true }>;

  ingest(paths: string[], options?: IngestOptions): Promise<IngestResult[]>;
  cancelJob(jobId: string): Promise<void>;

  listDocuments(): Promise<DocumentSummary[]>;
  getDocument(id: string): Promise<DocumentDetail>;
  editDocument(id: string, edit: DocumentEdit): Promise<DocumentDetail>;
  /** PNG bytes of a page rendering, for the viewer. */
  pageImage(id: string, page: number): Promise<Uint8Array>;
  pageWords(id: string, page: number): Promise<PageWords>;

  search(query: string): Promise<SearchHit[]>;
  timeline(filter?: TimelineFilter): Promise<TimelineEntry[]>;
  addEvent(input: EventInput): Promise<TimelineEntry>;
  editEvent(id: string, input: Partial<EventInput>): Promise<TimelineEntry>;
  linkDocuments(fromId: string, toId: string, kind: LinkKind): Promise<void>;
  people(): Promise<PersonView[]>;
  organisations(): Promise<OrganisationView[]>;
  mergePersons(keepId: string, mergeId: string): Promise<PersonView>;
  deadlines(): Promise<DeadlineView[]>;
  setDeadlineStatus(id: string, status: DeadlineStatus): Promise<DeadlineView>;

  preflight(request: Omit<BundleRequest, 'out'>): Promise<PreflightWarning[]>;
  buildBundle(request: BundleRequest): Promise<BundleResult>;

  verify(): Promise<VerifyReport>;
  backup(out: string): Promise<BackupResult>;
  restore(file: string, newDir: string): Promise<RestoreResult>;
}

export type KluisMethod = keyof KluisApi;
