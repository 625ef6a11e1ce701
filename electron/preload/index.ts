// Exposes window.kluis: one named async function per API method, plus subscriptions. Runs
// sandboxed, so it imports nothing but Electron's renderer modules (and our plain constants).
// ipcRenderer itself never crosses the bridge.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  bridgeErrorMessage,
  DESKTOP_METHODS,
  KLUIS_METHODS,
  type ApiResult,
  type KluisBridge,
  type LockReason,
  type MenuCommand,
  type Progress,
} from '../../src/shared/api';
import {
  invokeChannel,
  LOCKED_CHANNEL,
  MENU_CHANNEL,
  PROGRESS_CHANNEL,
  type BridgeMethod,
} from '../channels';

type Invokers = Pick<KluisBridge, BridgeMethod>;

class KluisBridgeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'KluisError';
  }
}

async function invoke(method: BridgeMethod, args: unknown[]): Promise<unknown> {
  const result = (await ipcRenderer.invoke(invokeChannel(method), ...args)) as ApiResult<unknown>;
  if (result.ok) return result.value;
  // Only the message survives contextBridge, so the code rides inside it.
  throw new KluisBridgeError(result.error.code, bridgeErrorMessage(result.error));
}

const invokers = Object.fromEntries(
  [...KLUIS_METHODS, ...DESKTOP_METHODS].map((method) => [
    method,
    (...args: unknown[]) => invoke(method, args),
  ]),
) as unknown as Invokers;

function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: T): void => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

const api = {
  ...invokers,
  onProgress: (listener: (progress: Progress) => void) => subscribe(PROGRESS_CHANNEL, listener),
  onLocked: (listener: (reason: LockReason) => void) => subscribe(LOCKED_CHANNEL, listener),
  onMenuCommand: (listener: (command: MenuCommand) => void) => subscribe(MENU_CHANNEL, listener),
  pageImageUrl: (id: string, page: number) =>
    `kluis://page/${encodeURIComponent(id)}/${Math.trunc(page)}`,
  pathForFile: (file: File) => {
    try {
      return webUtils.getPathForFile(file);
    } catch {
      return '';
    }
  },
} satisfies KluisBridge;

contextBridge.exposeInMainWorld('kluis', api);
