// One ipcMain.handle per API method, generated from the typed method lists in src/shared/api.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import {
  DESKTOP_METHODS,
  KLUIS_METHODS,
  type ApiResult,
  type DesktopApi,
  type KluisApi,
  type Language,
} from '../../src/shared/api';
import { invokeChannel, type BridgeMethod } from '../channels';
import type { PathGrants } from './dialogs';
import { dispatch } from './dispatch';
import { isTrustedSenderUrl } from './security';

export interface IpcOptions {
  services: KluisApi;
  desktop: DesktopApi;
  grants: PathGrants;
  language(): Language;
  devServerUrl?: string;
}

const refused = (message: string): ApiResult<never> => ({
  ok: false,
  error: { code: 'BAD_INPUT', message },
});

const NOT_CHOSEN = {
  nl: 'Kies eerst met het venster "Opslaan" waar het bestand moet komen. Er is niets geschreven.',
  en: 'First choose with the "Save" window where the file should go. Nothing was written.',
} as const;

/**
 * Write targets must come from a dialog the parent answered (see PathGrants). Returns the
 * true when such a call names a path the parent did not choose.
 */
function ungrantedWriteTarget(method: BridgeMethod, args: unknown[], grants: PathGrants): boolean {
  switch (method) {
    case 'buildBundle':
      return !grants.isGranted((args[0] as { out?: unknown } | undefined)?.out);
    case 'backup':
      return !grants.isGranted(args[0]);
    case 'restore':
      return !grants.isGranted(args[0]) || !grants.isGranted(args[1]);
    case 'saveLetter': {
      // Storing in the vault needs no path; a PDF copy may only go where the parent chose.
      const out = (args[0] as { out?: unknown } | undefined)?.out;
      return out !== undefined && !grants.isGranted(out);
    }
    default:
      return false;
  }
}

export function registerIpc(options: IpcOptions): void {
  const handle = (method: BridgeMethod, target: object): void => {
    ipcMain.handle(invokeChannel(method), async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const language = options.language();
      if (!isTrustedSenderUrl(event.senderFrame?.url, options.devServerUrl)) {
        return refused(language === 'en' ? 'Not allowed.' : 'Niet toegestaan.');
      }
      if (ungrantedWriteTarget(method, args, options.grants)) return refused(NOT_CHOSEN[language]);
      return dispatch(target, method, args, language);
    });
  };
  for (const method of KLUIS_METHODS) handle(method, options.services);
  for (const method of DESKTOP_METHODS) handle(method, options.desktop);
}
