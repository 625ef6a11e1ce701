// Create a vault (recovery key shown and checked), lock, refuse a wrong passphrase, unlock,
// lock on idle, and reset the passphrase with the recovery key.
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  createVaultThroughUi,
  ensureBuilt,
  launchBrowser,
  navigate,
  openApp,
  perFile,
  realProblems,
  screenshot,
  type AppPage,
} from './harness';
import { startHost, testPassphrase, type Host } from './host';
import { chromiumPath } from '../helpers/requirements';

describe('vault: create, lock, unlock', () => {
  const opened = perFile(
    async (): Promise<{ browser: Browser; host: Host; app: AppPage }> => {
      chromiumPath(); // before the build: a missing browser is reported at once
      ensureBuilt();
      const browser = await launchBrowser();
      const host = await startHost();
      return { browser, host, app: await openApp(browser, host) };
    },
    async ({ browser, host, app }) => {
      await app.close();
      await browser.close();
      await host.close();
    },
  );

  it('creates a vault, shows the recovery key once and checks it was kept', async () => {
    const { host, app } = opened();
    const { page } = app;
    await page.getByRole('heading', { name: 'Een kluis maken voor uw dossier' }).waitFor();

    // A weak passphrase is refused with an explanation, and nothing is created.
    await page.getByLabel('Wachtwoord', { exact: true }).fill('welkom123');
    await page.getByLabel('Typ het wachtwoord nog een keer').fill('welkom123');
    await page.getByRole('button', { name: 'Kluis maken' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('te makkelijk te raden');
    expect((await host.services.vaultState()).exists).toBe(false);

    const passphrase = testPassphrase();
    await page.getByLabel('Wachtwoord', { exact: true }).fill(passphrase);
    await page.getByLabel('Typ het wachtwoord nog een keer').fill(passphrase);
    await expect.poll(() => page.locator('.strength-text').textContent()).toMatch(/Goed|Sterk/);
    await screenshot(page, '01-create-vault', { docs: true });

    let wrongTried = false;
    const recoveryKey = await createVaultThroughUi(page, passphrase, {
      onRecoveryKey: async () => {
        await screenshot(page, '02-recovery-key', { docs: true });
        // Typing the wrong groups back is refused.
        await page.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click();
        for (const input of await page.getByLabel(/^Groep \d+$/).all()) await input.fill('XXXX');
        await page.getByRole('button', { name: 'Klaar, open mijn kluis' }).click();
        await expect
          .poll(() => page.getByRole('alert').textContent())
          .toContain('komt niet overeen');
        wrongTried = true;
        await page.getByRole('button', { name: 'Sleutel opnieuw bekijken' }).click();
      },
    });
    expect(wrongTried).toBe(true);
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){12}$/);
    expect(await host.services.vaultState()).toMatchObject({ exists: true, unlocked: true });
    await screenshot(page, '03-inbox-empty', { docs: true });

    // Lock with the button: the UI drops its state and the services lock.
    await page.getByRole('button', { name: 'Vergrendelen' }).click();
    await page.getByRole('heading', { name: 'Kluis openen' }).waitFor();
    expect((await host.services.vaultState()).unlocked).toBe(false);

    // A wrong passphrase is refused with a clear message; the vault stays locked.
    await page.getByLabel('Wachtwoord', { exact: true }).fill('dit is niet het wachtwoord');
    await page.getByRole('button', { name: 'Openen', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 })
      .toContain('klopt niet');
    expect((await host.services.vaultState()).unlocked).toBe(false);
    await screenshot(page, '04-unlock-wrong-passphrase', { docs: true });

    await page.getByLabel('Wachtwoord', { exact: true }).fill(passphrase);
    await page.getByRole('button', { name: 'Openen', exact: true }).click();
    await page.getByRole('heading', { name: 'Postvak in', level: 1 }).waitFor({ timeout: 30_000 });
    expect((await host.services.vaultState()).unlocked).toBe(true);

    // What Electron main does after 5 idle minutes: lock, and the renderer shows why.
    await navigate(page, 'Instellingen');
    await host.lockFromShell('idle');
    await page.getByRole('heading', { name: 'Kluis openen' }).waitFor();
    await page.getByText('omdat de computer een tijd niet werd gebruikt').waitFor();

    // Forgotten passphrase: the recovery key sets a new one.
    const newPassphrase = testPassphrase();
    await page.getByRole('button', { name: /Wachtwoord vergeten/ }).click();
    await page.getByLabel('Herstelsleutel').fill(recoveryKey.toLowerCase());
    await page.getByLabel('Nieuw wachtwoord').fill(newPassphrase);
    await page.getByLabel('Typ het wachtwoord nog een keer').fill(newPassphrase);
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByText('Uw nieuwe wachtwoord is ingesteld').waitFor({ timeout: 30_000 });
    await page.getByLabel('Wachtwoord', { exact: true }).fill(passphrase);
    await page.getByRole('button', { name: 'Openen', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 })
      .toContain('klopt niet');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(newPassphrase);
    await page.getByRole('button', { name: 'Openen', exact: true }).click();
    await page.getByRole('heading', { name: 'Postvak in', level: 1 }).waitFor({ timeout: 30_000 });

    await navigate(page, 'Instellingen');
    await page.getByRole('heading', { name: 'Instellingen', level: 1 }).waitFor();
    await screenshot(page, '09-settings', { docs: true });

    expect(realProblems(app.problems)).toEqual([]);
  });
});
