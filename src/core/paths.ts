import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/**
 * The directory holding drizzle/, resources/ and node_modules/. Electron main sets
 * DOSSIERKLUIS_APP_ROOT (its app path); the CLI and tests find it by walking up from here,
 * which works both from src/ (tsx, vitest) and from a bundled out/ directory.
 */
export function appRoot(): string {
  if (root) return root;
  const fromEnv = process.env.DOSSIERKLUIS_APP_ROOT;
  if (fromEnv && existsSync(join(fromEnv, 'drizzle'))) return (root = fromEnv);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && existsSync(join(dir, 'drizzle'))) {
      const name = (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name;
      if (name === 'dossierkluis') return (root = dir);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Dossierkluis application root not found');
    dir = parent;
  }
}

export const migrationsDir = (): string => join(appRoot(), 'drizzle');
export const resourcesDir = (): string => join(appRoot(), 'resources');
