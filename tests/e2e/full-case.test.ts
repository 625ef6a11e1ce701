// The whole sample case (14 documents: scans, photos, TIFFs, PDFs) imported as one folder; the
// people screen merges two spellings of one person. The slow spec: OCR of every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { navigate, openUnlockedApp, realProblems, screenshot, type Session } from './harness';
import { SAMPLE_DOCS } from './host';

describe('the whole sample case', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openUnlockedApp({ today: '2025-01-15' });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('imports a folder and shows documents, timeline and people; merges a person', async () => {
    const { page, host } = session;
    await navigate(page, 'Postvak in');
    host.answers.folder = SAMPLE_DOCS;
    await page.getByRole('button', { name: 'Map kiezen…' }).click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 900_000 });
    expect(await summary.textContent()).toContain('14 toegevoegd');
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await screenshot(page, '18-inbox-review-queue', { docs: true });

    await navigate(page, 'Documenten');
    await expect
      .poll(() => page.getByTestId('document-table').locator('tbody tr').count())
      .toBe(14);
    await screenshot(page, '19-documents-full', { docs: true });

    await navigate(page, 'Tijdlijn');
    await page.getByTestId('timeline').waitFor();
    await screenshot(page, '20-timeline-full', { docs: true });

    await navigate(page, 'Personen');
    const table = page.getByTestId('people-table');
    await table.waitFor();
    await screenshot(page, '21-people', { docs: true });

    // Merge two spellings of one person (same surname and role, e.g. "N. de Ruiter" and
    // "Naomi de Ruiter"); the shorter one lives on as an alias of the longer one.
    const people = await host.services.people();
    const surname = (name: string) => name.split(/\s+/).slice(-1)[0]?.toLowerCase() ?? '';
    const samePerson = (a: { name: string; role: string }, b: { name: string; role: string }) =>
      a.role === b.role && a.name[0] === b.name[0] && surname(a.name) === surname(b.name);
    const pair = people.flatMap((a) =>
      people
        .filter((b) => b.id !== a.id && samePerson(a, b))
        .filter((b) => a.name.length > b.name.length)
        .map((b) => [a, b] as const),
    )[0];
    const [keep, merge] = pair ?? [people[0], people[1]];
    if (!keep || !merge) throw new Error('expected people');
    await table
      .getByRole('button', { name: `${keep.name} samenvoegen met een andere persoon` })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Personen samenvoegen' });
    await dialog.getByLabel('Dezelfde persoon als').selectOption(merge.id);
    await screenshot(page, '22-merge-people');
    await dialog.getByRole('button', { name: 'Samenvoegen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await host.services.people()).length).toBe(people.length - 1);

    expect(realProblems(session.app.problems)).toEqual([]);
  });
});
