// TEST-ONLY. Electron cannot be launched on CI machines without its binary, so the e2e tests
// drive the BUILT renderer in Debian's Chromium instead. This host serves out/renderer on a
// loopback port and binds the same API the preload exposes: a same-origin script defines
// window.kluis with the same named functions, each POSTing to /api/<method>, where the REAL
// services answer through the same dispatch() Electron main uses. Progress and lock events
// travel as Server-Sent Events; native dialogs are answered by the test.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { dispatch } from '../../electron/main/dispatch';
import { mergePreferences } from '../../electron/main/preferences';
import { parsePagePath, resolveInside } from '../../electron/main/safe-path';
import { contentSecurityPolicy } from '../../electron/main/security';
import { createServices, type Services } from '../../src/core/services';
import {
  DESKTOP_METHODS,
  KLUIS_METHODS,
  type ApiResult,
  type DesktopApi,
  type LockReason,
  type Preferences,
  type Progress,
  type SaveFileKind,
} from '../../src/shared/api';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
export const RENDERER_DIR = join(PROJECT_ROOT, 'out', 'renderer');
export const SAMPLE_DOCS = join(PROJECT_ROOT, 'resources', 'sample-case', 'docs');

/** What the test answers when the app opens a native dialog. */
export interface DialogAnswers {
  files: string[];
  folder: string | null;
  backupFile: string | null;
  /** Called for every save dialog; null means the parent pressed Cancel. */
  saveFile: (kind: SaveFileKind, suggestedName: string) => string | null;
}

export interface Host {
  url: string;
  /** Temp directory of this host: the vault lives in `vault/`, exports can go anywhere in it. */
  tempDir: string;
  vaultDir: string;
  services: Services;
  answers: DialogAnswers;
  preferences(): Preferences;
  /** Does what Electron main's auto-lock does: lock the services, tell the renderer. */
  lockFromShell(reason: LockReason): Promise<void>;
  progressLog: Progress[];
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

// Runs in the page. Mirrors electron/preload/index.ts: named async functions, errors rethrown
// with the code in the message (as across contextBridge), subscriptions returning unsubscribe.
function bridgeScript(methods: readonly string[]): string {
  return `(() => {
  'use strict';
  const listeners = { progress: new Set(), locked: new Set(), menu: new Set() };
  const events = new EventSource('/events');
  for (const name of Object.keys(listeners)) {
    events.addEventListener(name, (event) => {
      const payload = JSON.parse(event.data);
      for (const listener of listeners[name]) listener(payload);
    });
  }
  const subscribe = (name) => (listener) => {
    listeners[name].add(listener);
    return () => listeners[name].delete(listener);
  };
  async function call(method, args) {
    const response = await fetch('/api/' + method, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    const result = await response.json();
    if (result.ok) return result.value;
    const error = new Error('[' + result.error.code + '] ' + result.error.message);
    error.code = result.error.code;
    throw error;
  }
  const api = {};
  for (const method of ${JSON.stringify(methods)}) api[method] = (...args) => call(method, args);
  api.onProgress = subscribe('progress');
  api.onLocked = subscribe('locked');
  api.onMenuCommand = subscribe('menu');
  api.pageImageUrl = (id, page) => '/page/' + encodeURIComponent(id) + '/' + Math.trunc(page);
  api.pathForFile = () => '';
  Object.defineProperty(window, 'kluis', { value: Object.freeze(api), enumerable: true });
})();
`;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startHost(options: { today?: string } = {}): Promise<Host> {
  const tempDir = mkdtempSync(join(tmpdir(), 'dossierkluis-e2e-'));
  const vaultDir = join(tempDir, 'vault');
  const eventStreams = new Set<ServerResponse>();
  const progressLog: Progress[] = [];
  const push = (event: string, payload: unknown): void => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
  };

  const services = createServices({
    vaultDir,
    onProgress: (progress) => {
      progressLog.push(progress);
      push('progress', progress);
    },
    ...(options.today ? { today: () => options.today as string } : {}),
  });

  let preferences: Preferences = { language: 'nl', autoLockMinutes: 5 };
  const answers: DialogAnswers = {
    files: [],
    folder: null,
    backupFile: null,
    saveFile: () => null,
  };
  const desktop: DesktopApi = {
    pickFiles: async () => answers.files,
    pickFolder: async () => answers.folder,
    pickBackupFile: async () => answers.backupFile,
    pickSaveFile: async (kind, name) => answers.saveFile(kind, name),
    saveRecoveryKey: async (recoveryKey, name) => {
      const file = answers.saveFile('recovery-key', name);
      if (file) writeFileSync(file, `${recoveryKey}\n`, { mode: 0o600 });
      return file;
    },
    getPreferences: async () => preferences,
    setPreferences: async (change) => (preferences = mergePreferences(preferences, change)),
  };

  const csp = contentSecurityPolicy();
  const indexHtml = (): string =>
    readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8').replace(
      '<head>',
      // Before the app's module script, so window.kluis exists when the app starts.
      '<head>\n    <script src="/kluis-bridge.js"></script>',
    );
  const kluisMethods = new Set<string>(KLUIS_METHODS);
  const desktopMethods = new Set<string>(DESKTOP_METHODS);
  const bridge = bridgeScript([...KLUIS_METHODS, ...DESKTOP_METHODS]);

  const send = (
    response: ServerResponse,
    status: number,
    type: string,
    body: string | Uint8Array,
  ): void => {
    response.writeHead(status, {
      'Content-Type': type,
      'Content-Security-Policy': csp,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(body);
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (request.method === 'POST' && path.startsWith('/api/')) {
      const method = path.slice('/api/'.length);
      let result: ApiResult<unknown>;
      const args = JSON.parse((await readBody(request)) || '[]') as unknown;
      if (kluisMethods.has(method)) {
        result = await dispatch(services, method, args, preferences.language);
      } else if (desktopMethods.has(method)) {
        result = await dispatch(desktop, method, args, preferences.language);
      } else {
        result = { ok: false, error: { code: 'BAD_INPUT', message: 'unknown method' } };
      }
      send(response, 200, 'application/json', JSON.stringify(result));
      return;
    }
    if (request.method !== 'GET') return send(response, 405, 'text/plain', '');
    if (path === '/events') {
      response.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      eventStreams.add(response);
      request.on('close', () => eventStreams.delete(response));
      return;
    }
    if (path === '/kluis-bridge.js') return send(response, 200, MIME['.js'] ?? '', bridge);
    if (path === '/' || path === '/index.html')
      return send(response, 200, MIME['.html'] ?? '', indexHtml());
    if (path.startsWith('/page/')) {
      const target = parsePagePath(path.slice('/page'.length));
      if (!target) return send(response, 404, 'text/plain', '');
      try {
        const png = await services.pageImage(target.id, target.page);
        return send(response, 200, 'image/png', png);
      } catch {
        return send(response, 404, 'text/plain', '');
      }
    }
    const file = resolveInside(RENDERER_DIR, path);
    if (!file) return send(response, 404, 'text/plain', '');
    try {
      send(response, 200, MIME[extname(file)] ?? 'application/octet-stream', readFileSync(file));
    } catch {
      send(response, 404, 'text/plain', '');
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain', '');
      else response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    tempDir,
    vaultDir,
    services,
    answers,
    preferences: () => preferences,
    progressLog,
    async lockFromShell(reason) {
      const state = await services.vaultState();
      if (!state.unlocked) return;
      await services.lock();
      push('locked', reason);
    },
    async close() {
      for (const stream of eventStreams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.close();
      rmSync(tempDir, { recursive: true, force: true });
    },
  };
}

/** A fresh, unpredictable passphrase per test that passes the strength meter. */
export const testPassphrase = (): string =>
  `kastanje boom ${randomBytes(3).toString('hex')} fietsbel wolk`;
