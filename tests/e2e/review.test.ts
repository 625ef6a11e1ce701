// Open a document, compare page image and text, correct the suggested date and type, and find
// it again through search with the hit highlighted.
import { describe, expect, it } from 'vitest';
import { importSamples, navigate, realProblems, screenshot, unlockedAppPerFile } from './harness';

describe('documents: review and correct a suggestion', () => {
  const session = unlockedAppPerFile();

  it('corrects date and type, confirms, and finds the letter by search', async () => {
    const { page, host } = session();
    await importSamples(session(), ['scan_001.pdf']);
    const [doc] = await host.services.listDocuments();
    if (!doc) throw new Error('no document imported');

    await navigate(page, 'Documenten');
    await page.getByTestId('document-table').getByRole('button').first().click();
    await page.getByTestId('page-indicator').waitFor();
    expect(await page.getByTestId('page-indicator').textContent()).toBe('Pagina 1 van 2');
    await expect.poll(() => page.getByTestId('page-text').textContent()).toContain('Kampen');

    // The form shows the suggestions with how sure the extractor was.
    const form = page.locator('form.metadata-form');
    await expect.poll(() => form.locator('.confidence').count()).toBeGreaterThan(0);
    await screenshot(page, '08-document-viewer', { docs: true });

    await form.getByLabel('Datum van de brief').fill('2020-10-14');
    await form.getByLabel('Soort document', { exact: true }).selectOption({ label: 'Brief' });
    await form.getByRole('button', { name: /^Opslaan/ }).click();
    await form.getByText('Opgeslagen.').waitFor();

    const stored = await host.services.getDocument(doc.id);
    expect(stored.date).toBe('2020-10-14');
    expect(stored.type).toBe('letter');
    expect(stored.status).toBe('confirmed');
    await expect.poll(() => page.locator('.viewer-header .badge').textContent()).toBe('Bevestigd');

    // The list shows the corrected date in Dutch.
    await page.getByRole('button', { name: '← Alle documenten' }).click();
    await expect
      .poll(() => page.getByTestId('document-table').textContent())
      .toContain('14 oktober 2020');

    // Search: a word from page 2 leads to that page with the word marked.
    await navigate(page, 'Zoeken');
    await page.getByLabel('Zoekwoorden').fill('bezwaarschrift');
    await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
    const results = page.getByTestId('search-results');
    await results.waitFor();
    await expect.poll(() => results.locator('mark').count()).toBeGreaterThan(0);
    await screenshot(page, '10-search', { docs: true });
    const firstHit = results.getByRole('button').first();
    const hitPage = Number(/pagina (\d+)/.exec((await firstHit.textContent()) ?? '')?.[1]);
    await firstHit.click();
    await expect
      .poll(() => page.getByTestId('page-indicator').textContent())
      .toBe(`Pagina ${hitPage} van 2`);
    await expect
      .poll(() => page.getByTestId('page-text').locator('mark').count())
      .toBeGreaterThan(0);
    await screenshot(page, '11-viewer-search-hit');

    expect(realProblems(session().app.problems)).toEqual([]);
  });
});
