// The whole sample case (14 documents: scans, photos, TIFFs, PDFs) imported as one folder; the
// people screen merges two spellings of one person. The slow spec: OCR of every page.
import { describe, expect, it } from 'vitest';
import { navigate, realProblems, screenshot, unlockedAppPerFile } from './harness';
import { SAMPLE_DOCS } from './host';

describe('the whole sample case', () => {
  const session = unlockedAppPerFile({ today: '2025-01-15' });

  it('imports a folder and shows documents, timeline and people; merges a person', async () => {
    const { page, host } = session();
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

    // Merge two spellings of one person ("Jansen Mila" and "Mila Jansen", or "N. de Ruiter" and
    // "Naomi de Ruiter"); the one in fewer documents lives on as an alias of the other.
    const people = await host.services.people();
    const tokens = (name: string) =>
      name
        .toLowerCase()
        .split(/[\s.]+/)
        .filter(Boolean);
    const samePerson = (a: { name: string; role: string }, b: { name: string; role: string }) => {
      const [ta, tb] = [tokens(a.name), tokens(b.name)];
      const sameWords = [...ta].sort().join(' ') === [...tb].sort().join(' ');
      const initialAndSurname = ta[0]?.[0] === tb[0]?.[0] && ta.at(-1) === tb.at(-1);
      return a.role === b.role && (sameWords || initialAndSurname);
    };
    const pair = people.flatMap((a) =>
      people
        .filter((b) => b.id !== a.id && samePerson(a, b))
        .filter((b) => a.documents >= b.documents)
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
    const keptRow = table.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: keep.name, exact: true }),
    });
    await expect.poll(() => keptRow.textContent()).toContain(merge.name);

    expect(realProblems(session().app.problems)).toEqual([]);
  });
});
