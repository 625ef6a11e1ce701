// Import a digital PDF and a scan through the Inbox: per-file and total progress, one result
// per file (a broken file fails on its own), duplicates recognised, the review queue filled.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importThroughUi, navigate, realProblems, screenshot, unlockedAppPerFile } from './harness';
import { SAMPLE_DOCS } from './host';

describe('inbox: import with progress', () => {
  const session = unlockedAppPerFile();

  it('imports files with progress and reports each file', async () => {
    const { page, host } = session();
    const broken = join(host.tempDir, 'kapotte-scan.pdf');
    writeFileSync(broken, '%PDF-1.7\nthis is not really a pdf\n%%EOF\n');

    const summary = await importThroughUi(
      page,
      host,
      [join(SAMPLE_DOCS, 'scan_007.pdf'), join(SAMPLE_DOCS, 'scan_013.png'), broken],
      {
        whileRunning: async () => {
          const progress = page.locator('.job-progress');
          await progress.waitFor({ timeout: 30_000 });
          await expect
            .poll(() => progress.textContent(), { timeout: 60_000 })
            .toMatch(/Bestand \d van 3/);
          await expect(
            progress.getByRole('button', { name: 'Annuleren' }).isVisible(),
          ).resolves.toBe(true);
          await screenshot(page, '05-import-progress', { docs: true });
        },
      },
    );
    expect(summary).toContain('2 toegevoegd');
    expect(summary).toContain('1 niet gelukt');
    await expect
      .poll(() => page.locator('.result-failed').textContent())
      .toContain('originele bestand op uw computer is niet veranderd');

    // Progress arrived per file with a total fraction the bars could show.
    expect(host.progressLog.some((p) => p.fileCount === 3 && p.file !== undefined)).toBe(true);
    expect(host.progressLog.at(-1)?.total ?? 0).toBeGreaterThan(0.9);
    await screenshot(page, '06-import-results', { docs: true });

    // The same letter again is recognised, not stored twice.
    await page.getByRole('button', { name: 'Sluiten' }).click();
    const again = await importThroughUi(page, host, [join(SAMPLE_DOCS, 'scan_007.pdf')]);
    expect(again).toContain('1 stond er al in');

    await navigate(page, 'Documenten');
    const rows = page.getByTestId('document-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect((await host.services.listDocuments()).length).toBe(2);
    await screenshot(page, '07-documents', { docs: true });

    expect(realProblems(session().app.problems)).toEqual([]);
  });

  it('cancels a running import; what finished stays, nothing is half stored', async () => {
    const { page, host } = session();
    const before = (await host.services.listDocuments()).length;
    await navigate(page, 'Postvak in');
    await page
      .getByRole('button', { name: 'Sluiten' })
      .click({ timeout: 2_000 })
      .catch(() => undefined);
    host.answers.files = ['scan_010.jpg', 'scan_012.png', 'scan_014.jpg'].map((f) =>
      join(SAMPLE_DOCS, f),
    );
    await page.getByRole('button', { name: 'Bestanden kiezen…' }).click();
    const cancel = page.locator('.job-progress').getByRole('button', { name: 'Annuleren' });
    await expect.poll(() => cancel.isEnabled(), { timeout: 60_000 }).toBe(true);
    await cancel.click();

    // Either the job stops with a notice, or the files still running report as not imported.
    const outcome = page.getByText(/Het importeren is gestopt|Import klaar/);
    await outcome.first().waitFor({ timeout: 120_000 });
    const summary = await page
      .getByTestId('import-summary')
      .textContent({ timeout: 1_000 })
      .catch(() => null);
    const added = Number(/(\d+) toegevoegd/.exec(summary ?? '')?.[1] ?? 0);
    const after = (await host.services.listDocuments()).length;
    expect(after - before).toBeLessThan(3);
    if (summary) expect(after - before).toBe(added);
    expect((await host.services.verify()).ok).toBe(true);
    expect(realProblems(session().app.problems)).toEqual([]);
  });
});
