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

    // The suggested date shows as dd-mm-jjjj, not in the order of the OS locale (mm/dd/yyyy).
    const dateField = form.getByLabel('Datum van de brief');
    const before = await host.services.getDocument(doc.id);
    const suggested = before.date ?? '';
    expect(suggested).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await dateField.inputValue()).toBe(suggested.split('-').reverse().join('-'));
    const save = form.getByRole('button', { name: /^Opslaan/ });

    // A day that does not exist is refused with a message, and nothing is saved.
    await dateField.fill('31-4-2020');
    await save.click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toContain('Deze dag bestaat niet');
    expect(await host.services.getDocument(doc.id)).toEqual(before);

    // The calendar opens on the date in the field; arrows and Page Down move, Enter picks.
    await dateField.fill('14 oktober 2020');
    await form.getByRole('heading', { name: 'Gegevens' }).scrollIntoViewIfNeeded();
    await form.getByRole('button', { name: 'Kalender openen' }).click();
    const calendar = page.getByRole('dialog', { name: 'Kies een datum' });
    await calendar.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('woensdag 14 oktober 2020');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('zondag 15 november 2020');
    expect(await calendar.textContent()).toContain('november 2020');
    await screenshot(page, '22-date-picker', { docs: true });
    await page.keyboard.press('Enter');
    await calendar.waitFor({ state: 'hidden' });
    expect(await dateField.inputValue()).toBe('15-11-2020');
    await save.click();
    await form.getByText('Opgeslagen.').waitFor();
    expect((await host.services.getDocument(doc.id)).date).toBe('2020-11-15');

    // Typed the way a parent writes it: shown back as dd-mm-jjjj, stored as yyyy-mm-dd.
    await dateField.fill('14 oktober 2020');
    await dateField.press('Tab');
    expect(await dateField.inputValue()).toBe('14-10-2020');
    await form.getByLabel('Soort document', { exact: true }).selectOption({ label: 'Brief' });
    await save.click();
    await expect
      .poll(async () => (await host.services.getDocument(doc.id)).date)
      .toBe('2020-10-14');
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
