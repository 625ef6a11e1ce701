// The desktop shell's policy pieces that need no window: CSP, which URLs count as local, the
// kluis:// path checks, write-target grants, preferences, IPC error mapping, and the built
// renderer carrying its CSP. (Electron itself cannot start on CI; these are its decisions.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/dispatch';
import { mergePreferences } from '../../electron/main/preferences';
import { parsePagePath, resolveInside } from '../../electron/main/safe-path';
import {
  contentSecurityPolicy,
  isLocalUrl,
  isTrustedSenderUrl,
} from '../../electron/main/security';
import { KluisError } from '../../src/core/errors';
import { parseBridgeError, bridgeErrorMessage } from '../../src/shared/api';
import { ensureBuilt } from './harness';
import { RENDERER_DIR } from './host';

describe('content security policy', () => {
  it('allows no eval, no inline script and no remote origin', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  it('ships in the built renderer as a meta tag before any script', () => {
    ensureBuilt();
    const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
    const meta = html.indexOf('Content-Security-Policy');
    expect(meta).toBeGreaterThan(0);
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).not.toMatch(/<script>(?!<\/script>)/); // no inline script bodies
    expect(html).not.toMatch(/https?:\/\//);
  });
});

describe('network and IPC origin', () => {
  it('treats only our scheme and inline images as local', () => {
    expect(isLocalUrl('kluis://app/index.html')).toBe(true);
    expect(isLocalUrl('kluis://page/abc/1')).toBe(true);
    expect(isLocalUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isLocalUrl('https://example.org/')).toBe(false);
    expect(isLocalUrl('http://localhost:5173/')).toBe(false);
    expect(isLocalUrl('file:///etc/passwd')).toBe(false);
    expect(isLocalUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isLocalUrl('http://localhost:9999/', 'http://localhost:5173')).toBe(false);
  });

  it('accepts IPC only from the app page', () => {
    expect(isTrustedSenderUrl('kluis://app/index.html')).toBe(true);
    expect(isTrustedSenderUrl('kluis://page/x/1')).toBe(false);
    expect(isTrustedSenderUrl('https://evil.example/')).toBe(false);
    expect(isTrustedSenderUrl(undefined)).toBe(false);
  });
});

describe('kluis:// paths', () => {
  it('never resolves outside the renderer directory', () => {
    const root = '/opt/app/out/renderer';
    expect(resolveInside(root, '/index.html')).toBe('/opt/app/out/renderer/index.html');
    expect(resolveInside(root, '/assets/a.js')).toBe('/opt/app/out/renderer/assets/a.js');
    expect(resolveInside(root, '/../main/index.js')).toBeNull();
    expect(resolveInside(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveInside(root, '/..%2fmain')).toBeNull();
    expect(resolveInside(root, '/a%00.html')).toBeNull();
    expect(resolveInside(root, '/%E0%A4%A')).toBeNull();
  });

  it('parses page image paths strictly', () => {
    expect(parsePagePath('/doc_01/3')).toEqual({ id: 'doc_01', page: 3 });
    expect(parsePagePath('/doc/0')).toBeNull();
    expect(parsePagePath('/../x/1')).toBeNull();
    expect(parsePagePath('/doc/1/extra')).toBeNull();
    expect(parsePagePath('/doc/-1')).toBeNull();
  });
});

describe('preferences', () => {
  it('keeps known values and clamps the auto-lock minutes', () => {
    const base = { language: 'nl' as const, autoLockMinutes: 5 };
    expect(mergePreferences(base, { language: 'en' })).toEqual({
      language: 'en',
      autoLockMinutes: 5,
    });
    expect(mergePreferences(base, { autoLockMinutes: 0 }).autoLockMinutes).toBe(1);
    expect(mergePreferences(base, { autoLockMinutes: 9999 }).autoLockMinutes).toBe(60);
    expect(mergePreferences(base, { language: 'de', autoLockMinutes: 'x' })).toEqual(base);
    expect(mergePreferences(base, null)).toEqual(base);
  });
});

describe('IPC results', () => {
  const target = {
    ok: async (a: number) => a + 1,
    parent: async () => {
      throw new KluisError('WRONG_PASSPHRASE', 'Het wachtwoord klopt niet.', 'Wrong passphrase.');
    },
    crash: async () => {
      throw new Error('ENOENT: /home/ouder/geheim/pad.txt at Object.<anonymous> (x.js:1:1)');
    },
  };

  it('wraps values and maps errors without leaking internals', async () => {
    expect(await dispatch(target, 'ok', [1], 'nl')).toEqual({ ok: true, value: 2 });
    expect(await dispatch(target, 'parent', [], 'en')).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: 'Wrong passphrase.' },
    });
    const crash = await dispatch(target, 'crash', [], 'nl');
    expect(crash.ok).toBe(false);
    if (!crash.ok) {
      expect(crash.error.code).toBe('INTERNAL');
      expect(crash.error.message).not.toMatch(/geheim|x\.js|ENOENT/);
      expect(Object.keys(crash.error).sort()).toEqual(['code', 'message']);
    }
    expect((await dispatch(target, 'nope', [], 'nl')).ok).toBe(false);
    expect((await dispatch(target, 'ok', 'not-an-array', 'nl')).ok).toBe(false);
  });

  it('carries the error code through the contextBridge message', () => {
    const error = { code: 'LOCKED' as const, message: 'De kluis is vergrendeld.' };
    const thrown = new Error(`Error invoking remote method: ${bridgeErrorMessage(error)}`);
    expect(parseBridgeError(thrown)).toEqual(error);
    expect(parseBridgeError(new Error('random'))).toEqual({ code: 'INTERNAL', message: '' });
  });
});
