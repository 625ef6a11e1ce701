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

// In `show` the page count becomes the pages themselves (DESIGN.md §9).
export interface DocumentDetail extends Omit<DocumentSummary, 'pages'> {
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
  /** Links with other documents (reactie op, vervangt, bijlage bij), in both directions. */
  links: DocumentLink[];
}

export interface DocumentLink {
  documentId: string;
  kind: LinkKind;
  /** 'to': this document is the reactie/vervanging/bijlage; 'from': the other one is. */
  direction: 'to' | 'from';
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
  /** For an attachment of an e-mail: the mail's document id (the two are linked bijlage-bij). */
  attachmentOf?: string;
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

export interface MergeSuggestion {
  keepId: string;
  mergeId: string;
  reason: string;
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
  /** The letter that starts or states it; null for an afspraak from a gesprek (see eventId). */
  documentId: string | null;
  /** The gesprek (timeline event) whose afspraak this is (rule 'afspraak'). */
  eventId?: string;
  /** An afspraak past its date and not done: it stays among the Lopende termijnen. */
  overdue?: boolean;
  status: DeadlineStatus;
  daysLeft: number;
  /** Always present: this is a calculation, check with advocaat or vertrouwenspersoon. */
  note: string;
  /** True for a statutory term Dossierkluis computed; false for a date the letter states. */
  computed: boolean;
  /** The day the term really ended before the Algemene termijnenwet moved it. */
  shiftedFrom?: IsoDate;
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

export type RestoreSecret = { passphrase: string } | { recoveryKey: string };

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
  /** Pairs that may be one person written differently ("E. Bakker" / "E. Bakker-de Vries"). */
  mergeSuggestions(): Promise<MergeSuggestion[]>;
  deadlines(): Promise<DeadlineView[]>;
  setDeadlineStatus(id: string, status: DeadlineStatus): Promise<DeadlineView>;

  preflight(request: Omit<BundleRequest, 'out'>): Promise<PreflightWarning[]>;
  buildBundle(request: BundleRequest): Promise<BundleResult>;

  verify(): Promise<VerifyReport>;
  backup(out: string): Promise<BackupResult>;

  // Letters, gesprekken and the step plan (issue #9) — types below KluisApi.
  /** The letter kinds with the facts each one asks of the parent. */
  letterKinds(): Promise<LetterKindInfo[]>;
  /** The kinds that can answer this document (its type and sender decide). */
  letterKindsFor(documentId: string): Promise<LetterKind[]>;
  /** Which kinds fit a document, and who each would be addressed to. No text yet. */
  planLetter(request: LetterRequest): Promise<LetterPlan>;
  /** The full letter text (and its page count), without storing anything. */
  previewLetter(request: LetterRequest): Promise<LetterPreview>;
  /** Renders the PDF, stores it in the vault as a letter of the parent, optionally writes `out`. */
  saveLetter(request: LetterRequest & { out?: string }): Promise<SavedLetter>;
  /** The parent as sender of letters (name and address); stored in the vault. */
  senderProfile(): Promise<SenderProfile>;
  setSenderProfile(profile: SenderProfile): Promise<SenderProfile>;
  addGesprek(input: GesprekInput): Promise<GesprekView>;
  updateGesprek(eventId: string, input: Partial<GesprekInput>): Promise<GesprekView>;
  gesprek(eventId: string): Promise<GesprekView>;
  stepPlan(): Promise<StepPlan>;
  setStepDone(step: StepId, done: boolean): Promise<StepPlan>;
  /** Opens the backup with its passphrase or its recovery key; restores into a new, empty directory. */
  restore(file: string, newDir: string, secret: RestoreSecret): Promise<RestoreResult>;
}

export type KluisMethod = keyof KluisApi;

// ---------------------------------------------------------------------------------------------
// Letters, gesprekken and the step plan (issue #9, DESIGN.md §12).
// ---------------------------------------------------------------------------------------------

export const LETTER_KINDS = [
  'voorstel-hulp',
  'andere-jeugdbeschermer',
  'second-opinion',
  'contra-expertise',
  'bezwaar',
  'klacht',
  'inzage',
  'correctie',
  'zienswijze',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** One fact only the parent knows ("wat ontbreekt er?"); the UI shows one field per entry. */
export interface LetterFieldInfo {
  key: string;
  label: string;
  help: string;
  multiline: boolean;
  /** Without it the letter still renders, with a visible "[…]" for the parent to fill in. */
  required: boolean;
}

export interface LetterKindInfo {
  kind: LetterKind;
  /** Short name in the chosen language ("Bezwaarschrift"). */
  label: string;
  /** One sentence: what this letter is for. */
  description: string;
  /** The law article or route the letter rests on. */
  basis: string;
  /** Document types this kind can answer; [] = any document. */
  fits: DocumentType[];
  fields: LetterFieldInfo[];
  /** Bundle purpose used for cites when the request gives none. */
  defaultPurpose: BundlePurpose;
}

/** A productie the parent cites: a document and optionally one of its own pages. */
export interface LetterCiteRequest {
  documentId: string;
  /** Page within the document (1-based). */
  page?: number;
}

export interface LetterRequest {
  kind: LetterKind;
  /** The document the letter answers. */
  documentId: string;
  /** The parent's facts, by LetterFieldInfo.key. */
  facts?: Record<string, string>;
  cites?: LetterCiteRequest[];
  /** Cites resolve against the bundle built with this purpose (default: the kind's). */
  bundlePurpose?: BundlePurpose;
  lang?: Language;
}

export interface LetterAddressee {
  /** The person, when People knows one with the right role at that organisation. */
  name?: string;
  role?: string;
  organisation: string;
  kind: OrganisationKind;
}

export interface LetterCite {
  productie: number;
  documentId: string;
  /** Bundle page ("pagina X van Y" stamped on it) of the cited document page. */
  page?: number;
  /** The cited page within the document, as the parent gave it. */
  documentPage?: number;
  /** As it stands in the letter: "productie 4, p. 12". */
  text: string;
}

export interface SenderProfile {
  name: string;
  address?: string;
  postcode?: string;
  city?: string;
  email?: string;
  phone?: string;
}

export interface LetterPlan {
  kind: LetterKind;
  documentId: string;
  /** The letter's own date (today). */
  date: IsoDate;
  subject: string;
  sender: SenderProfile;
  /** Where the sender came from; 'unknown' leaves "[uw naam]" in the letter. */
  senderSource: 'profile' | 'document' | 'unknown';
  addressee: LetterAddressee;
  /** Kenmerk / zaaknummer of the answered document. */
  references: string[];
  /** The deadline the letter meets (bezwaar: end of the 6-week term). */
  due?: IsoDate;
  /** Legal basis of the letter. */
  basis?: string;
  /** Basis of `due` (e.g. "art. 6:7 en 6:8 Awb"). */
  dueBasis?: string;
  cites: LetterCite[];
  bundlePurpose: BundlePurpose;
  /** Keys of required facts the parent has not filled in yet. */
  missing: string[];
  /** The next step when this one does not help (klacht: Kinderombudsman / Nationale ombudsman). */
  nextStep?: string;
}

export interface LetterPreview extends LetterPlan {
  text: string;
  pages: number;
}

export interface SavedLetter extends LetterPreview {
  /** The letter as a document in the vault (type 'letter', sender the parent). */
  letterId: string;
  /** Where the PDF was written, when `out` was given. */
  file?: string;
}

export interface AfspraakInput {
  what: string;
  /** By when; a dated afspraak becomes a deadline (rule 'afspraak'). */
  due?: IsoDate;
  who?: string;
  done?: boolean;
}

export interface Disagreement {
  /** Who does not agree (hulpverlener, ex-partner, …). */
  who?: string;
  point: string;
  argument?: string;
}

export interface GesprekInput {
  date: IsoDate;
  title: string;
  persons?: string[];
  /** The parent's proposal / agenda, prepared before. */
  proposal?: string;
  /** The verslag, written after: what was said, the answers to the proposal. */
  verslag?: string;
  disagreements?: Disagreement[];
  /** Replaces all afspraken when given (update). */
  afspraken?: AfspraakInput[];
  cites?: { documentId: string; pages: number[] }[];
}

export interface AfspraakView {
  what: string;
  due?: IsoDate;
  who?: string;
  done: boolean;
  /** The deadline made from it (dated afspraken only). */
  deadlineId?: string;
}

export interface GesprekView extends TimelineEntry {
  eventId: string;
  proposal: string;
  verslag: string;
  disagreements: Disagreement[];
  afspraken: AfspraakView[];
  deadlines: {
    id: string;
    due: IsoDate;
    what: string;
    rule: 'afspraak';
    basis: string;
    status: DeadlineStatus;
  }[];
}

export const STEP_IDS = [
  'inventory',
  'contact',
  'proposal',
  'gesprek',
  'verslag',
  'vervolgstappen',
  'escalation',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** What in the vault fulfils a step: a letter, a gesprek or a document. */
export interface StepLink {
  kind: 'letter' | 'gesprek' | 'document' | 'afspraak';
  id: string;
  title: string;
  date: IsoDate | null;
  letterKind?: LetterKind;
}

export interface StepView {
  id: StepId;
  n: number;
  title: string;
  description: string;
  /** Done by the vault's contents (a linked letter/gesprek) or marked by the parent. */
  done: boolean;
  doneByParent: boolean;
  links: StepLink[];
  /** Letter kinds that fit this step. */
  letterKinds: LetterKind[];
}

export interface StepPlan {
  steps: StepView[];
  /** First step not done, or null when all are. */
  current: StepId | null;
  /** Escalation routes (domain 002/003), in order. */
  routes: { name: string; when: string }[];
}

// ---------------------------------------------------------------------------------------------
// Additions for the desktop shell (electron/main + preload) and the renderer. The services do
// not implement these; Electron main does (dialogs, preferences) and the preload adds the
// subscriptions. Everything here is still plain JSON across the boundary.
// ---------------------------------------------------------------------------------------------

/** Every KluisApi method, in one list: IPC handlers and the preload are generated from it. */
export const KLUIS_METHODS = [
  'vaultState',
  'createVault',
  'unlock',
  'lock',
  'changePassphrase',
  'resetWithRecoveryKey',
  'ingest',
  'cancelJob',
  'listDocuments',
  'getDocument',
  'editDocument',
  'pageImage',
  'pageWords',
  'search',
  'timeline',
  'addEvent',
  'editEvent',
  'linkDocuments',
  'people',
  'organisations',
  'mergePersons',
  'mergeSuggestions',
  'deadlines',
  'setDeadlineStatus',
  'preflight',
  'buildBundle',
  'verify',
  'backup',
  'restore',
  'letterKinds',
  'letterKindsFor',
  'planLetter',
  'previewLetter',
  'saveLetter',
  'senderProfile',
  'setSenderProfile',
  'addGesprek',
  'updateGesprek',
  'gesprek',
  'stepPlan',
  'setStepDone',
] as const satisfies readonly KluisMethod[];

// Compile-time proof that KLUIS_METHODS names every KluisApi method (a new method without an
// entry here would get no IPC handler and silently be missing from window.kluis).
type MissingKluisMethod = Exclude<KluisMethod, (typeof KLUIS_METHODS)[number]>;
export const KLUIS_METHODS_COMPLETE: MissingKluisMethod extends never ? true : never = true;

export type Language = 'nl' | 'en';

/** Non-sensitive preferences kept outside the vault (they are needed before unlocking). */
export interface Preferences {
  language: Language;
  /** Lock after this many minutes without keyboard or mouse activity on the computer. */
  autoLockMinutes: number;
}

export type SaveFileKind = 'bundle' | 'backup' | 'recovery-key' | 'letter';

/** What only the desktop shell can do: native dialogs and preferences. */
export interface DesktopApi {
  /** Native open dialog for documents; [] when cancelled. */
  pickFiles(): Promise<string[]>;
  /** Native open dialog for a folder (imported recursively); null when cancelled. */
  pickFolder(): Promise<string | null>;
  /** Native open dialog for one backup file; null when cancelled. */
  pickBackupFile(): Promise<string | null>;
  /** Native save dialog; null when cancelled. */
  pickSaveFile(kind: SaveFileKind, suggestedName: string): Promise<string | null>;
  /** Asks where to save, then writes the recovery key sheet as a text file; null when cancelled. */
  saveRecoveryKey(recoveryKey: string, suggestedName: string): Promise<string | null>;
  getPreferences(): Promise<Preferences>;
  setPreferences(change: Partial<Preferences>): Promise<Preferences>;
}

export const DESKTOP_METHODS = [
  'pickFiles',
  'pickFolder',
  'pickBackupFile',
  'pickSaveFile',
  'saveRecoveryKey',
  'getPreferences',
  'setPreferences',
] as const satisfies readonly (keyof DesktopApi)[];

type MissingDesktopMethod = Exclude<keyof DesktopApi, (typeof DESKTOP_METHODS)[number]>;
export const DESKTOP_METHODS_COMPLETE: MissingDesktopMethod extends never ? true : never = true;

export type LockReason = 'idle' | 'os-lock' | 'suspend' | 'user';

/** Commands from the native menu that the renderer carries out. */
export type MenuCommand = 'import-files' | 'import-folder' | 'lock' | 'settings' | 'search';

/** Exactly what `window.kluis` is in the renderer (the preload ends with `satisfies` this). */
export interface KluisBridge extends KluisApi, DesktopApi {
  onProgress(listener: (progress: Progress) => void): () => void;
  onLocked(listener: (reason: LockReason) => void): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** URL of a rendered page image for <img src> (`kluis://page/<id>/<n>` in the app). */
  pageImageUrl(id: string, page: number): string;
  /** File-system path of a file or folder dropped on the window; '' when there is none. */
  pathForFile(file: File): string;
}

// Errors crossing Electron's contextBridge keep only their message, so the code travels inside
// it as "[CODE] message" and the renderer reads it back with parseBridgeError.
export function bridgeErrorMessage(error: ApiError): string {
  return `[${error.code}] ${error.message}`;
}

const ERROR_CODES: readonly ErrorCode[] = [
  'WRONG_PASSPHRASE',
  'VAULT_EXISTS',
  'NO_VAULT',
  'LOCKED',
  'NOT_FOUND',
  'BAD_INPUT',
  'CORRUPT',
  'CANCELLED',
  'IO',
  'INTERNAL',
];

export function parseBridgeError(err: unknown): ApiError {
  const raw = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  // Electron may prefix the message with "Error invoking remote method ...: Error: ".
  const match = /\[([A-Z_]+)\] ([\s\S]*)$/.exec(raw);
  if (match && (ERROR_CODES as readonly string[]).includes(match[1] ?? '')) {
    return { code: match[1] as ErrorCode, message: match[2] ?? '' };
  }
  return { code: 'INTERNAL', message: '' };
}
