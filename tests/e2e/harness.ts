// TEST-ONLY helpers: build the renderer once, launch Debian's Chromium, drive common flows.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromiumPath } from '../helpers/requirements';
import {
  PROJECT_ROOT,
  RENDERER_DIR,
  SAMPLE_DOCS,
  startHost,
  testPassphrase,
  type Host,
} from './host';

const SCREENSHOT_DIR = join(PROJECT_ROOT, 'test-results', 'screenshots');
const DOCS_SCREENSHOT_DIR = join(PROJECT_ROOT, 'docs', 'screenshots');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds with electron-vite when out/ is missing or older than the sources it is made from, so
 * a test never runs against a stale app. Test files run one after another (vitest e2e
 * project), so two builds never race.
 */
export function ensureBuilt(): void {
  const outputs = [join(RENDERER_DIR, 'index.html'), join(PROJECT_ROOT, 'out', 'main', 'index.js')];
  const sources = [join(PROJECT_ROOT, 'src'), join(PROJECT_ROOT, 'electron')];
  const newestSource = Math.max(
    ...sources.map(newestMtime),
    statSync(join(PROJECT_ROOT, 'electron.vite.config.ts')).mtimeMs,
  );
  const stale = outputs.some((file) => !existsSync(file) || statSync(file).mtimeMs < newestSource);
  if (!stale) return;
  try {
    execFileSync('npx', ['electron-vite', 'build'], {
      cwd: PROJECT_ROOT,
      stdio: 'pipe',
      timeout: 600_000,
    });
  } catch (err) {
    const output = err as { stdout?: Buffer; stderr?: Buffer };
    const tail = `${output.stdout?.toString() ?? ''}${output.stderr?.toString() ?? ''}`.slice(
      -2000,
    );
    throw new Error(`electron-vite build failed:\n${tail}`);
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    // Throws one line naming `npm run setup` when there is no Chromium.
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AppPage {
  page: Page;
  /** Console errors and CSP violations seen so far; a test ends by asserting it is empty. */
  problems: string[];
  close(): Promise<void>;
}

export async function openApp(browser: Browser, host: Host): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(host.url);
  return { page, problems, close: () => context.close() };
}

/** Page images that are missing (digital PDF pages may have none) show as 404s; not a problem. */
export function realProblems(problems: string[]): string[] {
  return problems.filter((p) => !/status of 404/.test(p));
}

export async function screenshot(
  page: Page,
  name: string,
  options: { docs?: boolean } = {},
): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  if (options.docs) {
    mkdirSync(DOCS_SCREENSHOT_DIR, { recursive: true });
    copyFileSync(file, join(DOCS_SCREENSHOT_DIR, `${name}.png`));
  }
}

export async function navigate(page: Page, label: RegExp | string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('button', { name: label })
    .click();
}

/** Creates the vault through the real screens and ends in the app shell. Returns the recovery key. */
export async function createVaultThroughUi(
  page: Page,
  passphrase: string,
  hooks: { onRecoveryKey?: () => Promise<void> } = {},
): Promise<string> {
  await expect
    .poll(() => page.getByRole('heading', { name: 'Een kluis maken voor uw dossier' }).count())
    .toBe(1);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(passphrase);
  await page.getByLabel('Typ het wachtwoord nog een keer').fill(passphrase);
  await page.getByRole('button', { name: 'Kluis maken' }).click();
  const keyElement = page.getByTestId('recovery-key');
  await keyElement.waitFor({ timeout: 60_000 });
  const groups = await keyElement.locator('.recovery-group').allTextContents();
  await hooks.onRecoveryKey?.();
  await page.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click();
  for (const input of await page.getByLabel(/^Groep \d+$/).all()) {
    const label = await page
      .locator(`label[for="${await input.getAttribute('id')}"]`)
      .textContent();
    const n = Number(/\d+/.exec(label ?? '')?.[0]);
    await input.fill(groups[n - 1] ?? '');
  }
  await page.getByRole('button', { name: 'Klaar, open mijn kluis' }).click();
  await page.getByRole('heading', { name: 'Postvak in', level: 1 }).waitFor({ timeout: 60_000 });
  return groups.join('-');
}

/** Imports files through the "choose files" button, answered by the host, and waits for the result. */
export async function importThroughUi(
  page: Page,
  host: Host,
  files: string[],
  hooks: { whileRunning?: () => Promise<void>; timeout?: number } = {},
): Promise<string> {
  await navigate(page, 'Postvak in');
  host.answers.files = files;
  await page.getByRole('button', { name: 'Bestanden kiezen…' }).click();
  await hooks.whileRunning?.();
  const summary = page.getByTestId('import-summary');
  await summary.waitFor({ timeout: hooks.timeout ?? 300_000 });
  return (await summary.textContent()) ?? '';
}

export interface Session {
  browser: Browser;
  host: Host;
  app: AppPage;
  page: Page;
  passphrase: string;
  close(): Promise<void>;
}

/**
 * A fresh temp vault, created and unlocked through the services (the create screens have
 * their own spec), and the app opened on it. Every spec file gets its own.
 */
export async function openUnlockedApp(options: { today?: string } = {}): Promise<Session> {
  chromiumPath(); // before the build: a missing browser is reported at once
  ensureBuilt();
  const browser = await launchBrowser();
  const host = await startHost(options);
  const passphrase = testPassphrase();
  await host.services.createVault(passphrase);
  await host.services.unlock(passphrase);
  const app = await openApp(browser, host);
  await app.page
    .getByRole('heading', { name: 'Postvak in', level: 1 })
    .waitFor({ timeout: 30_000 });
  return {
    browser,
    host,
    app,
    page: app.page,
    passphrase,
    async close() {
      await app.close();
      await browser.close();
      await host.close();
    },
  };
}

/**
 * Opens something once per spec file, before its first test, and closes it after the last,
 * even when a test fails. When opening fails (no Chromium, a failed build), EVERY test of the
 * file fails with that error: vitest would report the tests of a failed beforeAll as skipped,
 * and a run with skipped tests must not look like a pass. Tests call the returned function.
 */
export function perFile<T>(open: () => Promise<T>, close: (value: T) => Promise<void>): () => T {
  let value: T | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      value = await open();
    } catch (err) {
      failure = err;
    }
  });
  afterAll(async () => {
    if (value !== undefined) await close(value);
  });
  return () => {
    if (failure !== undefined) throw failure;
    if (value === undefined) throw new Error('Not opened: beforeAll has not run.');
    return value;
  };
}

/** Gives the spec file its own unlocked app (see openUnlockedApp and perFile). */
export function unlockedAppPerFile(options: { today?: string } = {}): () => Session {
  return perFile(
    () => openUnlockedApp(options),
    (session) => session.close(),
  );
}

/** Imports letters of the sample case through the inbox and checks that every one was added. */
export async function importSamples(session: Session, names: string[]): Promise<void> {
  const files = names.map((name) => join(SAMPLE_DOCS, name));
  const summary = await importThroughUi(session.page, session.host, files);
  expect(summary).toContain(`${names.length} toegevoegd`);
}
