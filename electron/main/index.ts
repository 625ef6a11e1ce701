// App lifecycle: one instance, one window, services created once, vault locked on every exit.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, Menu, session } from 'electron';
import { createServices } from '../../src/core/services';
import type { DesktopApi, LockReason, Progress } from '../../src/shared/api';
import { LOCKED_CHANNEL, PROGRESS_CHANNEL } from '../channels';
import { startAutoLock } from './auto-lock';
import { createDesktopApi, PathGrants } from './dialogs';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { PreferenceStore } from './preferences';
import { handleKluisProtocol, registerKluisScheme } from './protocol';
import { APP_ENTRY, contentSecurityPolicy, hardenSession, hardenWebContents } from './security';
import { loadWindowState, trackWindowState, windowMinimumSize } from './window-state';

// A non-persistent partition: no HTTP cache, storage or cookies are ever written to disk.
const PARTITION = 'kluis-window';
const here = fileURLToPath(new URL('.', import.meta.url));
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;

registerKluisScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same vault database twice.
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const currentWindow = (): BrowserWindow | null =>
    mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;

  app.on('second-instance', () => {
    const window = currentWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  void app.whenReady().then(() => {
    const userData = app.getPath('userData');
    const preferences = new PreferenceStore(userData);
    const grants = new PathGrants();
    // The core finds drizzle/ and resources/ from here when the app is packaged.
    process.env['DOSSIERKLUIS_APP_ROOT'] ??= app.getAppPath();
    const services = createServices({
      vaultDir: join(userData, 'vault'),
      // Messages inside results (a failed file's reason) use the language at start-up.
      lang: preferences.get().language,
      onProgress: (progress: Progress) =>
        currentWindow()?.webContents.send(PROGRESS_CHANNEL, progress),
    });

    const lockVault = async (reason: LockReason): Promise<void> => {
      const state = await services.vaultState();
      if (!state.unlocked) return;
      await services.lock();
      currentWindow()?.webContents.send(LOCKED_CHANNEL, reason);
    };

    const applyMenu = (): void => {
      Menu.setApplicationMenu(
        buildMenu({
          language: preferences.get().language,
          window: currentWindow,
          developer: !app.isPackaged,
        }),
      );
    };

    const baseDesktop = createDesktopApi({ window: currentWindow, preferences, grants });
    const desktop: DesktopApi = {
      ...baseDesktop,
      async setPreferences(change) {
        const before = preferences.get().language;
        const after = await baseDesktop.setPreferences(change);
        if (after.language !== before) applyMenu();
        return after;
      },
    };

    const windowSession = session.fromPartition(PARTITION);
    hardenSession(windowSession, devServerUrl);
    handleKluisProtocol(windowSession, {
      rendererDir: join(here, '../renderer'),
      csp: contentSecurityPolicy(devServerUrl),
      pageImage: (id, page) => services.pageImage(id, page),
    });
    registerIpc({
      services,
      desktop,
      grants,
      language: () => preferences.get().language,
      devServerUrl,
    });
    applyMenu();

    const state = loadWindowState(userData);
    mainWindow = new BrowserWindow({
      width: state.width,
      height: state.height,
      ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
      minWidth: windowMinimumSize.width,
      minHeight: windowMinimumSize.height,
      title: 'Dossierkluis',
      backgroundColor: '#f6f5f1',
      show: false,
      webPreferences: {
        preload: join(here, '../preload/index.cjs'),
        partition: PARTITION,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        safeDialogs: true,
        devTools: !app.isPackaged,
      },
    });
    if (state.maximized) mainWindow.maximize();
    trackWindowState(mainWindow, userData);
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    void mainWindow.loadURL(devServerUrl ?? APP_ENTRY);

    const stopAutoLock = startAutoLock({
      minutes: () => preferences.get().autoLockMinutes,
      lock: lockVault,
    });

    // Closing the window locks the vault and ends the app (also on macOS: an unlocked vault
    // must not linger without a window).
    app.on('window-all-closed', () => app.quit());

    let closed = false;
    app.on('before-quit', (event) => {
      if (closed) return;
      event.preventDefault();
      closed = true;
      stopAutoLock();
      // close() locks the vault, stops OCR workers and closes the database.
      services
        .close()
        .catch(() => undefined)
        .finally(() => app.quit());
    });
  });
}
