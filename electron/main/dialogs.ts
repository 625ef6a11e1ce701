// Native file dialogs. The renderer never sees Node; it asks main, which shows the dialog and
// remembers which paths the parent chose, so write operations can only target those.
import { writeFile } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { DesktopApi, Language, SaveFileKind } from '../../src/shared/api';
import type { PreferenceStore } from './preferences';

const TEXT = {
  nl: {
    pickFiles: 'Documenten importeren',
    pickFolder: 'Map importeren',
    pickBackup: 'Reservekopie kiezen',
    documents: 'Documenten',
    backup: 'Reservekopie van Dossierkluis',
    pdf: 'PDF-document',
    text: 'Tekstbestand',
    all: 'Alle bestanden',
    save: {
      bundle: 'Dossierbundel opslaan',
      backup: 'Reservekopie opslaan',
      'recovery-key': 'Herstelsleutel opslaan',
      letter: 'Brief opslaan als PDF',
    },
    sheet: [
      'DOSSIERKLUIS — HERSTELSLEUTEL',
      '',
      'Met deze sleutel opent u uw kluis als u uw wachtwoord vergeten bent.',
      'Bewaar dit op een veilige plek, apart van uw computer (bijvoorbeeld geprint in een map).',
      'Iedereen met deze sleutel én uw kluis kan uw documenten lezen.',
      '',
    ],
  },
  en: {
    pickFiles: 'Import documents',
    pickFolder: 'Import folder',
    pickBackup: 'Choose backup',
    documents: 'Documents',
    backup: 'Dossierkluis backup',
    pdf: 'PDF document',
    text: 'Text file',
    all: 'All files',
    save: {
      bundle: 'Save dossier bundle',
      backup: 'Save backup',
      'recovery-key': 'Save recovery key',
      letter: 'Save letter as PDF',
    },
    sheet: [
      'DOSSIERKLUIS — RECOVERY KEY',
      '',
      'This key opens your vault if you forget your passphrase.',
      'Keep it somewhere safe, away from your computer (for example printed, in a folder).',
      'Anyone with this key and your vault can read your documents.',
      '',
    ],
  },
} as const;

const DOCUMENT_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'tif', 'tiff', 'webp', 'txt', 'eml'];
const BACKUP_EXTENSION = 'kluisbackup';
const RECOVERY_KEY_SHAPE = /^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){5,20}$/;

/** Keeps a suggested name a plain file name (no folders, no odd characters). */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = [...basename(name)]
    .filter((c) => c.charCodeAt(0) >= 32 && !'<>:"/\\|?*'.includes(c))
    .join('')
    .trim();
  return cleaned.length > 0 && cleaned.length <= 120 ? cleaned : fallback;
}

/**
 * Paths the parent picked in a dialog during this run. Calls that write (bundle, backup,
 * restore) are only forwarded for these, so even a compromised page cannot make main write
 * elsewhere. A picked folder also grants what is inside it (restore creates a subfolder).
 */
export class PathGrants {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  grant(path: string, kind: 'file' | 'folder' = 'file'): string {
    (kind === 'file' ? this.files : this.folders).add(resolve(path));
    return path;
  }

  isGranted(path: unknown): boolean {
    if (typeof path !== 'string' || path.length === 0) return false;
    const target = resolve(path);
    if (this.files.has(target) || this.folders.has(target)) return true;
    return [...this.folders].some((folder) => target.startsWith(folder + sep));
  }
}

export function createDesktopApi(options: {
  window: () => BrowserWindow | null;
  preferences: PreferenceStore;
  grants: PathGrants;
}): DesktopApi {
  const { preferences, grants } = options;
  const text = (): (typeof TEXT)[Language] => TEXT[preferences.get().language];
  const parent = (): BrowserWindow | undefined => options.window() ?? undefined;
  const open = (dialogOptions: Electron.OpenDialogOptions) => {
    const window = parent();
    return window
      ? dialog.showOpenDialog(window, dialogOptions)
      : dialog.showOpenDialog(dialogOptions);
  };
  const save = (dialogOptions: Electron.SaveDialogOptions) => {
    const window = parent();
    return window
      ? dialog.showSaveDialog(window, dialogOptions)
      : dialog.showSaveDialog(dialogOptions);
  };

  async function pickSaveFile(kind: SaveFileKind, suggestedName: string): Promise<string | null> {
    const t = text();
    const filters: Record<SaveFileKind, Electron.FileFilter[]> = {
      bundle: [{ name: t.pdf, extensions: ['pdf'] }],
      backup: [{ name: t.backup, extensions: [BACKUP_EXTENSION] }],
      'recovery-key': [{ name: t.text, extensions: ['txt'] }],
      letter: [{ name: t.pdf, extensions: ['pdf'] }],
    };
    const fallback = {
      bundle: 'dossierbundel.pdf',
      backup: `dossierkluis.${BACKUP_EXTENSION}`,
      'recovery-key': 'herstelsleutel.txt',
      letter: 'brief.pdf',
    }[kind];
    const result = await save({
      title: t.save[kind],
      defaultPath: join(app.getPath('documents'), safeFileName(String(suggestedName), fallback)),
      filters: filters[kind],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return result.canceled || !result.filePath ? null : grants.grant(result.filePath);
  }

  return {
    async pickFiles() {
      const t = text();
      const result = await open({
        title: t.pickFiles,
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: t.documents, extensions: DOCUMENT_EXTENSIONS },
          { name: t.all, extensions: ['*'] },
        ],
      });
      return result.canceled ? [] : result.filePaths;
    },
    async pickFolder() {
      const result = await open({
        title: text().pickFolder,
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = result.filePaths[0];
      return result.canceled || !folder ? null : grants.grant(folder, 'folder');
    },
    async pickBackupFile() {
      const t = text();
      const result = await open({
        title: t.pickBackup,
        properties: ['openFile'],
        filters: [
          { name: t.backup, extensions: [BACKUP_EXTENSION] },
          { name: t.all, extensions: ['*'] },
        ],
      });
      const file = result.filePaths[0];
      return result.canceled || !file ? null : grants.grant(file);
    },
    pickSaveFile,
    async saveRecoveryKey(recoveryKey, suggestedName) {
      // Only ever writes a recovery key sheet, whatever the renderer sends.
      if (typeof recoveryKey !== 'string' || !RECOVERY_KEY_SHAPE.test(recoveryKey)) return null;
      const file = await pickSaveFile('recovery-key', suggestedName);
      if (!file) return null;
      const sheet = [...text().sheet, recoveryKey, ''].join('\n');
      await writeFile(file, sheet, { mode: 0o600 });
      return file;
    },
    async getPreferences() {
      return preferences.get();
    },
    async setPreferences(change) {
      return preferences.set(change);
    },
  };
}
