// kluis:// serves two things to the window, never through file://:
//   kluis://app/<file>          the built renderer (so 'self' in the CSP is our own origin)
//   kluis://page/<docId>/<n>    a rendered page image, decrypted in memory by the services
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { protocol, type Session } from 'electron';
import { parsePagePath, resolveInside } from './safe-path';

export const SCHEME = 'kluis';

/** Must run before `app.whenReady()`: privileges can only be granted at start-up. */
export function registerKluisScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: SCHEME,
      // standard + secure: a real origin for module scripts and the CSP, treated like https.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: false },
    },
  ]);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface ProtocolOptions {
  rendererDir: string;
  csp: string;
  pageImage(documentId: string, page: number): Promise<Uint8Array>;
}

const plain = (status: number): Response =>
  new Response(null, { status, headers: { 'Cache-Control': 'no-store' } });

export function handleKluisProtocol(session: Session, options: ProtocolOptions): void {
  session.protocol.handle(SCHEME, async (request) => {
    if (request.method !== 'GET') return plain(405);
    const url = new URL(request.url);
    if (url.host === 'app') return serveAppFile(options, url.pathname);
    if (url.host === 'page') return servePage(options, url.pathname);
    return plain(404);
  });
}

async function serveAppFile(options: ProtocolOptions, pathname: string): Promise<Response> {
  const file = resolveInside(options.rendererDir, pathname === '/' ? '/index.html' : pathname);
  if (!file) return plain(404);
  try {
    const body = await readFile(file);
    return new Response(body, {
      headers: {
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': options.csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    });
  } catch {
    return plain(404);
  }
}

async function servePage(options: ProtocolOptions, pathname: string): Promise<Response> {
  const target = parsePagePath(pathname);
  if (!target) return plain(404);
  try {
    const png = await options.pageImage(target.id, target.page);
    // no-store: a decrypted page must not end up in any cache on disk.
    return new Response(Buffer.from(png), {
      headers: {
        'Content-Type': 'image/png',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    // Locked vault, unknown document or page: the viewer shows its own "no image" state.
    return plain(404);
  }
}
