// Letter-related values kept in the vault's settings table (encrypted with the rest of the DB):
// the parent's sender profile, which stored documents are letters of which kind, and the step
// plan's "done" marks.
import { eq } from 'drizzle-orm';
import type { LetterKind, SenderProfile, StepId } from '../../shared/api';
import type { Db } from '../db/connection';
import { settings } from '../db/schema';

const KEYS = {
  profile: 'sender-profile',
  letters: 'letters',
  steps: 'step-plan-done',
} as const;

function read<T>(db: Db, key: string, fallback: T): T {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  return row?.value === undefined || row.value === null ? fallback : (row.value as T);
}

function write(db: Db, key: string, value: unknown): void {
  db.insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value } })
    .run();
}

export function readProfile(db: Db): SenderProfile | null {
  const p = read<SenderProfile | null>(db, KEYS.profile, null);
  return p && typeof p.name === 'string' ? p : null;
}

export function writeProfile(db: Db, profile: SenderProfile): void {
  write(db, KEYS.profile, profile);
}

export interface StoredLetter {
  id: string;
  kind: LetterKind;
  answers: string;
  date: string;
}

export function readLetters(db: Db): StoredLetter[] {
  return read<StoredLetter[]>(db, KEYS.letters, []);
}

export function addLetter(db: Db, letter: StoredLetter): void {
  write(db, KEYS.letters, [...readLetters(db).filter((l) => l.id !== letter.id), letter]);
}

export function readDoneSteps(db: Db): StepId[] {
  return read<StepId[]>(db, KEYS.steps, []);
}

export function writeDoneSteps(db: Db, steps: StepId[]): void {
  write(db, KEYS.steps, steps);
}
