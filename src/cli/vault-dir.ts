import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Same place Electron's app.getPath('userData') gives the desktop app, plus /vault, so the
 * CLI and the window open the same vault by default.
 */
export function defaultVaultDir(): string {
  const home = homedir();
  if (process.platform === 'win32') {
    return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Dossierkluis', 'vault');
  }
  if (process.platform === 'darwin') {
    return join(home, 'Library', 'Application Support', 'Dossierkluis', 'vault');
  }
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Dossierkluis', 'vault');
}
