// The timeline of a written instruction (aanwijzing) and a summons, with "today" set inside the
// two-week term of art. 1:264 BW: the deadline shows days left, its legal basis and the
// "check with your advocaat" note; filters narrow the list; an own event is added as disputed.
import { describe, expect, it } from 'vitest';
import { importSamples, navigate, realProblems, screenshot, unlockedAppPerFile } from './harness';

// scan_009 is dated 18 March 2022; the term to ask the court to void it ends 1 April 2022.
const TODAY = '2022-03-25';

describe('timeline: deadlines, filters, own events', () => {
  const session = unlockedAppPerFile({ today: TODAY });

  it('shows a running deadline with its basis, filters by type and adds a disputed event', async () => {
    const { page, host } = session();
    await importSamples(session(), ['scan_009.pdf', 'scan_013.png']);

    await navigate(page, 'Tijdlijn');
    const open = page.getByTestId('open-deadlines');
    await open.waitFor({ timeout: 30_000 });
    const aanwijzing = open.getByTestId('deadline').filter({ hasText: '1:264' }).first();
    await aanwijzing.waitFor();
    const text = (await aanwijzing.textContent()) ?? '';
    expect(text).toMatch(/nog \d+ dagen/);
    expect(text).toContain('1 april 2022');
    expect(text).toMatch(/advocaat/i);
    await expect.poll(() => aanwijzing.getAttribute('class')).toContain('deadline-urgent');

    const entries = page.getByTestId('timeline-entry');
    await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, '12-timeline', { docs: true });

    // Filter on one document type: only the summons remains.
    await page.getByLabel('Soort document').selectOption({ label: 'Oproeping' });
    await expect.poll(() => entries.count()).toBe(1);
    expect(await entries.first().textContent()).toContain('Oproeping');
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(2);

    // A period typed the Dutch way. "2-8-2021" is 2 augustus 2021 (read as the US 8 February it
    // would keep the summons of 6 July 2021 in the list); the list is what the API gives for
    // the yyyy-mm-dd period.
    const from = page.getByLabel('Vanaf');
    const to = page.getByLabel('Tot en met');
    await from.fill('2-8-2021');
    await to.fill('31 december 2022');
    await to.press('Tab');
    expect([await from.inputValue(), await to.inputValue()]).toEqual(['02-08-2021', '31-12-2022']);
    const inPeriod = await host.services.timeline({ from: '2021-08-02', to: '2022-12-31' });
    expect(inPeriod.length).toBeGreaterThan(0);
    expect(inPeriod.every((e) => e.date >= '2021-08-02' && e.date <= '2022-12-31')).toBe(true);
    await expect.poll(() => entries.count()).toBe(inPeriod.length);
    expect(await entries.filter({ hasText: 'Oproeping' }).count()).toBe(0);
    // Not a date: the message says so, and the list keeps the last real period.
    await from.fill('32-8-2021');
    await from.press('Tab');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Deze dag bestaat niet');
    expect(await entries.count()).toBe(inPeriod.length);
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => from.inputValue()).toBe('');
    await expect.poll(() => entries.count()).toBeGreaterThan(inPeriod.length);

    // The parent's own account of a conversation, marked as disputed.
    await page.getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gebeurtenis toevoegen' });
    await dialog.getByLabel('Datum', { exact: true }).fill('21 maart 2022');
    await dialog.getByLabel('Wat voor gebeurtenis').selectOption({ label: 'Telefoongesprek' });
    await dialog
      .getByLabel('Korte omschrijving')
      .fill('Telefoongesprek met de jeugdbeschermer over de omgang');
    await dialog.getByLabel(/betwist/).check();
    await dialog
      .getByLabel('Mijn eigen zienswijze')
      .fill('Ik heb niet gezegd dat ik de afspraak afzeg.');
    await screenshot(page, '13-add-event');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const added = entries.filter({ hasText: 'Telefoongesprek met de jeugdbeschermer' });
    await added.waitFor();
    expect(await added.textContent()).toContain('Betwist');
    expect(await added.textContent()).toContain('21 maart 2022');
    // Editing keeps the parent's account and changes what was corrected.
    await added.getByRole('button', { name: 'Bewerken' }).click();
    const editDialog = page.getByRole('dialog', { name: 'Gebeurtenis bewerken' });
    await expect
      .poll(() => editDialog.getByLabel('Mijn eigen zienswijze').inputValue())
      .toContain('afspraak afzeg');
    await editDialog
      .getByLabel('Korte omschrijving')
      .fill('Telefoongesprek met de jeugdbeschermer (omgang)');
    await editDialog.getByRole('button', { name: 'Opslaan' }).click();
    await editDialog.waitFor({ state: 'hidden' });
    await entries.filter({ hasText: 'Telefoongesprek met de jeugdbeschermer (omgang)' }).waitFor();

    const events = await host.services.timeline({});
    const own = events.find((e) => e.disputed && e.account?.includes('afspraak afzeg'));
    expect(own?.date).toBe('2022-03-21');

    expect(realProblems(session().app.problems)).toEqual([]);
  });
});
