// The security policy in one place (DESIGN §2): the window may only talk to our own kluis://
// origin, may not navigate, open windows, attach webviews, ask for permissions or download.
// Nothing leaves the machine, so every request that is not local is cancelled.
import type { Session, WebContents } from 'electron';

export const APP_ORIGIN = 'kluis://app';
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * The renderer's Content-Security-Policy. No 'unsafe-eval' and no inline scripts; pdf.js runs in
 * main with isEvalSupported:false, so the renderer never needs eval. The dev server needs inline
 * React refresh code and a websocket, which only `electron-vite dev` gets.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  const dev = devServerUrl ? new URL(devServerUrl) : null;
  const devSocket = dev ? ` ws://${dev.host}` : '';
  return [
    "default-src 'self'",
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' kluis: data:",
    `connect-src 'self'${devSocket}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** True for the URLs our window may load: our scheme, inline data images, the dev server. */
export function isLocalUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (
    parsed.protocol === 'kluis:' ||
    parsed.protocol === 'data:' ||
    parsed.protocol === 'devtools:'
  ) {
    return true;
  }
  if (!devServerUrl) return false;
  const dev = new URL(devServerUrl);
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'ws:') &&
    parsed.hostname === dev.hostname &&
    parsed.port === dev.port
  );
}

/** True when an IPC message comes from our own page (not from a frame that got in somehow). */
export function isTrustedSenderUrl(url: string | undefined, devServerUrl?: string): boolean {
  if (!url) return false;
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  return devServerUrl !== undefined && url.startsWith(devServerUrl);
}

export function hardenSession(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // The spellchecker downloads dictionaries from a Google CDN; we do not want that request.
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalUrl(details.url, devServerUrl) });
  });
  const csp = contentSecurityPolicy(devServerUrl);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] },
    });
  });
  // Exports go through our own save dialog and main writes them; the page never downloads.
  session.on('will-download', (event) => event.preventDefault());
}

export function hardenWebContents(contents: WebContents): void {
  // The app is one page: links, dropped files or injected script must never take it elsewhere.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
