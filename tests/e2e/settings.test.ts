// Settings: language, auto-lock minutes, change passphrase, backup (verified) and restore into a
// new folder, and the vault check.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSamples, navigate, realProblems, screenshot, unlockedAppPerFile } from './harness';
import { testPassphrase } from './host';

describe('settings', () => {
  const session = unlockedAppPerFile();

  it('changes language, lock time and passphrase; backs up and restores', async () => {
    const { page, host } = session();
    await importSamples(session(), ['scan_013.png']);
    await navigate(page, 'Instellingen');

    // Language: everything switches, and back.
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    expect(host.preferences().language).toBe('en');
    await screenshot(page, '23-settings-english');
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('heading', { name: 'Instellingen', level: 1 }).waitFor();

    await page.getByLabel('Automatisch vergrendelen na').selectOption({ label: '15 minuten' });
    await expect.poll(() => host.preferences().autoLockMinutes).toBe(15);

    // Passphrase: a wrong current one is refused, the right one changes it.
    const next = testPassphrase();
    const form = page.locator('form', {
      has: page.getByRole('heading', { name: 'Wachtwoord wijzigen' }),
    });
    await form.getByLabel('Huidig wachtwoord').fill('niet het goede wachtwoord');
    await form.getByLabel('Nieuw wachtwoord').fill(next);
    await form.getByLabel('Typ het wachtwoord nog een keer').fill(next);
    await form.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent(), { timeout: 30_000 })
      .toContain('klopt niet');
    await form.getByLabel('Huidig wachtwoord').fill(session().passphrase);
    await form.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await form.getByText('Uw wachtwoord is gewijzigd').waitFor({ timeout: 30_000 });

    // Backup to where the parent chose; the services verify it before saying so.
    const backupFile = join(host.tempDir, 'dossierkluis.kluisbackup');
    host.answers.saveFile = (kind) => (kind === 'backup' ? backupFile : null);
    await page.getByRole('button', { name: 'Reservekopie maken…' }).click();
    await page.getByText(/Reservekopie gemaakt en gecontroleerd/).waitFor({ timeout: 120_000 });
    expect(statSync(backupFile).size).toBeGreaterThan(0);

    // Restore into a new folder inside the one the parent picked, with the new passphrase.
    const parent = join(host.tempDir, 'hersteld');
    mkdirSync(parent);
    host.answers.backupFile = backupFile;
    host.answers.folder = parent;
    await page.getByRole('button', { name: 'Reservekopie terugzetten…' }).click();
    await page.getByLabel('Wachtwoord', { exact: true }).fill(next);
    await screenshot(page, '24-settings-restore');
    await page.getByRole('button', { name: 'Terugzetten', exact: true }).click();
    await page.getByText(/Teruggezet in .*: 1 document\./).waitFor({ timeout: 120_000 });
    const [restored] = readdirSync(parent);
    expect(restored).toMatch(/^Dossierkluis-\d{4}-\d{2}-\d{2}$/);
    expect(existsSync(join(parent, restored ?? '', 'header.json'))).toBe(true);

    await page.getByRole('button', { name: 'Kluis controleren' }).click();
    await page.getByText(/Alles in orde: 1 document,/).waitFor({ timeout: 60_000 });

    expect(realProblems(session().app.problems)).toEqual([]);
  });
});
