// Electron's binary cannot run on CI, so Electron main is started here against a stand-in
// `electron` module that records what main asks of it. This checks the wiring the browser
// specs cannot see: window hardening, the kluis:// protocol, IPC sender and path checks, the
// permission and network policy, and locking on OS events.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from './harness';
import { PROJECT_ROOT, testPassphrase } from './host';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

// The factory of vi.mock runs lazily, when main first imports 'electron' (in beforeAll), so it
// may use this stand-in defined at module level.
const fake = (() => {
  const Emitter = EventEmitter;
  const state = {
    userData: '',
    handlers: new Map<string, Handler>(),
    protocolHandler: null as null | ((request: Request) => Promise<Response>),
    privileged: [] as unknown[],
    permissionRequest: null as null | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
    beforeRequest: null as
      null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    windows: [] as FakeWindow[],
    sent: [] as [string, unknown][],
    sandboxEnabled: false,
    readyResolve: (() => undefined) as () => void,
  };
  class FakeContents extends Emitter {
    windowOpenHandler: (() => { action: string }) | null = null;
    setWindowOpenHandler(handler: () => { action: string }): void {
      this.windowOpenHandler = handler;
    }
    send(channel: string, payload: unknown): void {
      state.sent.push([channel, payload]);
    }
  }
  class FakeWindow extends Emitter {
    readonly webContents = new FakeContents();
    loadedUrl = '';
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      state.windows.push(this);
      appEmitter.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    maximize = () => undefined;
    show = () => undefined;
    focus = () => undefined;
    restore = () => undefined;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 860 });
  }
  const appEmitter = new Emitter();
  const ready = new Promise<void>((resolve) => (state.readyResolve = resolve));
  const session = {
    protocol: {
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => {
        state.protocolHandler = handler;
      },
    },
    setPermissionRequestHandler: (h: typeof state.permissionRequest) => {
      state.permissionRequest = h;
    },
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
    setSpellCheckerEnabled: () => undefined,
    webRequest: {
      onBeforeRequest: (h: typeof state.beforeRequest) => {
        state.beforeRequest = h;
      },
      onHeadersReceived: () => undefined,
    },
    on: () => undefined,
  };
  const powerMonitor = Object.assign(new Emitter(), { getSystemIdleTime: () => 0 });
  const electron = {
    app: Object.assign(appEmitter, {
      enableSandbox: () => {
        state.sandboxEnabled = true;
      },
      requestSingleInstanceLock: () => true,
      whenReady: () => ready,
      getPath: () => state.userData,
      getAppPath: () => process.cwd(),
      getVersion: () => '0.0.0-test',
      isPackaged: false,
      name: 'Dossierkluis',
      quit: () => undefined,
    }),
    BrowserWindow: FakeWindow,
    Menu: { setApplicationMenu: () => undefined, buildFromTemplate: (t: unknown) => t },
    session: { fromPartition: () => session },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privileged.push(...schemes),
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => state.handlers.set(channel, handler),
    },
    dialog: {},
    powerMonitor,
    screen: { getAllDisplays: () => [] },
  };
  return { state, electron, powerMonitor };
})();

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const APP_PAGE = { senderFrame: { url: 'kluis://app/index.html' } };
const call = (channel: string, event: unknown, ...args: unknown[]) => {
  const handler = fake.state.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args) as Promise<{
    ok: boolean;
    value?: unknown;
    error?: { code: string };
  }>;
};

describe('electron main (stand-in electron module)', () => {
  beforeAll(async () => {
    ensureBuilt();
    fake.state.userData = mkdtempSync(join(tmpdir(), 'dossierkluis-main-'));
    // The shipped bundle, not the sources: paths to preload, renderer and OCR worker are the
    // ones the app really uses.
    await import(pathToFileURL(join(PROJECT_ROOT, 'out', 'main', 'index.js')).href);
    fake.state.readyResolve();
    await vi.waitFor(() => expect(fake.state.windows.length).toBe(1), { timeout: 30_000 });
  });

  afterAll(async () => {
    // `before-quit` closes (locks) the services.
    fake.electron.app.emit('before-quit', { preventDefault: () => undefined });
    await new Promise((resolve) => setTimeout(resolve, 200));
    rmSync(fake.state.userData, { recursive: true, force: true });
  });

  it('opens one hardened window on the kluis:// origin', () => {
    const [window] = fake.state.windows;
    expect(fake.state.sandboxEnabled).toBe(true);
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    });
    expect(String(window?.options.webPreferences['preload'])).toMatch(/preload[\\/]index\.cjs$/);
    expect(window?.loadedUrl).toBe('kluis://app/index.html');
    expect(fake.state.privileged).toContainEqual(
      expect.objectContaining({
        scheme: 'kluis',
        privileges: expect.objectContaining({ secure: true, standard: true }),
      }),
    );
  });

  it('denies navigation, new windows, webviews and permissions; blocks the network', () => {
    const contents = fake.state.windows[0]?.webContents;
    if (!contents) throw new Error('no window');
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-attach-webview']) {
      const prevent = vi.fn();
      contents.emit(event, { preventDefault: prevent }, 'https://example.org/');
      expect(prevent, event).toHaveBeenCalled();
    }
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });

    let granted: boolean | undefined;
    fake.state.permissionRequest?.(contents, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);

    const cancelled = (url: string) => {
      let result: boolean | undefined;
      fake.state.beforeRequest?.({ url }, (r) => (result = r.cancel));
      return result;
    };
    expect(cancelled('https://cdn.example.org/font.woff2')).toBe(true);
    expect(cancelled('http://192.168.1.10/')).toBe(true);
    expect(cancelled('kluis://app/assets/index.js')).toBe(false);
  });

  it('serves the renderer through kluis:// with the CSP, and nothing outside it', async () => {
    const handler = fake.state.protocolHandler;
    if (!handler) throw new Error('no protocol handler');
    const index = await handler(new Request('kluis://app/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(index.headers.get('cache-control')).toBe('no-store');
    expect(await index.text()).toContain('<div id="root">');
    for (const url of [
      'kluis://app/../../package.json',
      'kluis://app/%2e%2e/%2e%2e/package.json',
      'kluis://page/../x/1',
      'kluis://other/index.html',
    ]) {
      expect((await handler(new Request(url))).status, url).toBe(404);
    }
    // A page of a locked vault is simply not there.
    expect((await handler(new Request('kluis://page/abc/1'))).status).toBe(404);
    expect((await handler(new Request('kluis://app/index.html', { method: 'POST' }))).status).toBe(
      405,
    );
  });

  it('answers IPC from the app page only, with plain {ok, value | error}', async () => {
    const state = await call('kluis:vaultState', APP_PAGE);
    expect(state).toMatchObject({ ok: true, value: { exists: false, unlocked: false } });

    const foreign = await call('kluis:vaultState', {
      senderFrame: { url: 'https://evil.example/' },
    });
    expect(foreign.ok).toBe(false);

    const passphrase = testPassphrase();
    const created = await call('kluis:createVault', APP_PAGE, passphrase);
    expect(created.ok).toBe(true);
    const wrong = await call('kluis:unlock', APP_PAGE, 'niet het wachtwoord');
    expect(wrong).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: expect.any(String) },
    });
    expect(Object.keys(wrong.error ?? {}).sort()).toEqual(['code', 'message']);
    expect((await call('kluis:unlock', APP_PAGE, passphrase)).ok).toBe(true);

    // Writes go only where the parent chose in a save dialog during this run.
    const bundle = await call('kluis:buildBundle', APP_PAGE, {
      purpose: 'advocaat',
      out: join(fake.state.userData, 'elders.pdf'),
    });
    expect(bundle).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const backup = await call('kluis:backup', APP_PAGE, '/etc/dossierkluis.kluisbackup');
    expect(backup).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    // A letter's PDF copy too; storing a letter in the vault alone needs no path.
    const letterOut = await call('kluis:saveLetter', APP_PAGE, {
      kind: 'bezwaar',
      documentId: 'geen-document',
      out: join(fake.state.userData, 'brief.pdf'),
    });
    expect(letterOut).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('Er is niets geschreven') },
    });
    const letterVault = await call('kluis:saveLetter', APP_PAGE, {
      kind: 'bezwaar',
      documentId: 'geen-document',
    });
    expect(letterVault).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const preferences = await call('kluis:setPreferences', APP_PAGE, { autoLockMinutes: 999 });
    expect(preferences).toMatchObject({ ok: true, value: { autoLockMinutes: 60 } });
  });

  it('locks the vault and tells the renderer when the screen locks', async () => {
    expect((await call('kluis:vaultState', APP_PAGE)).value).toMatchObject({ unlocked: true });
    fake.powerMonitor.emit('lock-screen');
    await vi.waitFor(async () =>
      expect((await call('kluis:vaultState', APP_PAGE)).value).toMatchObject({ unlocked: false }),
    );
    expect(fake.state.sent).toContainEqual(['kluis:locked', 'os-lock']);
  });
});
