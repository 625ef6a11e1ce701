// No Electron import: the e2e host serves the built renderer with the same check.
import { resolve, sep } from 'node:path';

/** Resolves a URL path inside `root`, or null when it would escape it (../, encoded or not). */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const target = resolve(base, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  return target.startsWith(base + sep) ? target : null;
}

// Document ids come from our own services; anything else in the path is refused before it
// reaches them. Page numbers are 1-based.
const PAGE_PATH = /^\/([A-Za-z0-9_-]{1,80})\/([1-9][0-9]{0,4})$/;

/** Parses `/<docId>/<n>` of a page image URL; null for anything else. */
export function parsePagePath(pathname: string): { id: string; page: number } | null {
  const match = PAGE_PATH.exec(pathname);
  if (!match?.[1] || !match[2]) return null;
  return { id: match[1], page: Number(match[2]) };
}
