import { join } from 'node:path';
import type { Language, Preferences } from '../../src/shared/api';
import { readJson, writeJson } from './json-file';

export const DEFAULT_PREFERENCES: Preferences = { language: 'nl', autoLockMinutes: 5 };
export const AUTO_LOCK_MINUTES = { min: 1, max: 60 } as const;

const isLanguage = (value: unknown): value is Language => value === 'nl' || value === 'en';

function clampMinutes(value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(AUTO_LOCK_MINUTES.max, Math.max(AUTO_LOCK_MINUTES.min, Math.round(value)));
}

/** Applies a change from the renderer (or a file) without trusting its shape. */
export function mergePreferences(current: Preferences, change: unknown): Preferences {
  const input = (typeof change === 'object' && change !== null ? change : {}) as Record<
    string,
    unknown
  >;
  return {
    language: isLanguage(input.language) ? input.language : current.language,
    autoLockMinutes: clampMinutes(input.autoLockMinutes, current.autoLockMinutes),
  };
}

export class PreferenceStore {
  private readonly file: string;
  private current: Preferences;

  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'preferences.json');
    this.current = mergePreferences(DEFAULT_PREFERENCES, readJson(this.file));
  }

  get(): Preferences {
    return { ...this.current };
  }

  set(change: unknown): Preferences {
    this.current = mergePreferences(this.current, change);
    writeJson(this.file, this.current);
    return this.get();
  }
}
