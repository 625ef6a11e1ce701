// The bundle wizard end to end: purpose, selection, order, options, pre-flight, preview and
// export through the save dialog; the PDF exists and has the page count the UI reports.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { importSamples, navigate, realProblems, screenshot, unlockedAppPerFile } from './harness';

describe('bundle wizard', () => {
  const session = unlockedAppPerFile();

  it('builds a bundle for the advocaat and writes it where the parent chose', async () => {
    const { page, host } = session();
    await importSamples(session(), ['scan_007.pdf', 'scan_013.png']);

    await navigate(page, 'Bundel maken');
    const next = page.getByRole('button', { name: 'Volgende' });
    await page.getByRole('radio', { name: /Advocaat/ }).check();
    await screenshot(page, '14-bundle-purpose', { docs: true });
    await next.click();

    await expect
      .poll(() => page.getByTestId('selection-count').textContent())
      .toBe('2 documenten gekozen');
    await next.click();

    // Chronological by default: the 2021 summons before the 2023 e-mail; then swap them.
    const titles = page.getByTestId('order-list').locator('.order-main > span:first-child');
    await expect.poll(() => titles.count()).toBe(2);
    const chronological = await titles.allTextContents();
    await page
      .getByTestId('order-list')
      .locator('li')
      .nth(1)
      .getByRole('button', { name: /omhoog/ })
      .click();
    await expect.poll(() => titles.allTextContents()).toEqual([...chronological].reverse());
    await page.getByRole('button', { name: 'Weer op datum zetten' }).click();
    await expect.poll(() => titles.allTextContents()).toEqual(chronological);
    await next.click();

    await expect(page.getByLabel(/BSN weglakken/).isChecked()).resolves.toBe(true);
    await page.getByLabel('Samengesteld door').fill('W. Brink');
    await next.click();

    // Pre-flight: either all clear, or warnings that say what to fix.
    await page
      .locator('.wizard-body')
      .getByText(/Alles ziet er goed uit|Let op/)
      .waitFor({ timeout: 60_000 });
    await screenshot(page, '15-bundle-preflight', { docs: true });
    await next.click();

    const preview = page.getByTestId('preview-table').locator('tbody tr');
    await expect.poll(() => preview.count()).toBe(2);
    await screenshot(page, '16-bundle-preview', { docs: true });
    await next.click();

    const out = join(host.tempDir, 'dossierbundel-advocaat.pdf');
    host.answers.saveFile = (kind) => (kind === 'bundle' ? out : null);
    await page.getByRole('button', { name: 'Bundel maken en opslaan…' }).click();
    const result = page.getByTestId('bundle-result');
    await result.waitFor({ timeout: 300_000 });
    await screenshot(page, '17-bundle-done', { docs: true });

    const reported = /(\d+) pagina/.exec((await result.getByRole('status').textContent()) ?? '');
    const pages = Number(reported?.[1]);
    expect(existsSync(out)).toBe(true);
    const pdf = await PDFDocument.load(readFileSync(out));
    expect(pdf.getPageCount()).toBe(pages);
    // Cover and index come first: more pages than the 2 + 1 of the documents themselves.
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(await result.locator('tbody tr').count()).toBe(2);

    expect(realProblems(session().app.problems)).toEqual([]);
  });
});
