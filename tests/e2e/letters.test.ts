// Issue #9 in the browser: a bezwaarschrift on an imported gemeente besluit (a digital PDF, so no
// OCR wait), built through the Brieven screen — a kind that does not fit is refused with the
// services' explanation, the preview carries the kenmerk and the due date, the saved letter is
// on the timeline and its PDF is where the parent chose — then a gesprek prepared and recorded
// with two afspraken that become two deadlines, and the step plan that links them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SaveFileKind } from '../../src/shared/api';
import { importSamples, navigate, realProblems, screenshot, unlockedAppPerFile } from './harness';

// scan_001.pdf: besluit of Gemeente Kampen dated 12 oktober 2020, zaaknummer SD/JGD/2020/07734.
// Six weeks from the day after (art. 6:7/6:8 Awb) end on Monday 23 November 2020. "Today" is
// inside that term, so the letter is on time and the afspraken below fall either side of it.
const TODAY = '2020-10-20';
const BESLUIT = 'scan_001.pdf';
const EMAIL = 'scan_007.pdf';

describe('letters: bezwaar through the Brieven screen, gesprek with afspraken, step plan', () => {
  const session = unlockedAppPerFile({ today: TODAY });

  it('builds a bezwaar with kenmerk and due date, saves it to the vault and as PDF', async () => {
    const { page, host } = session();
    await importSamples(session(), [BESLUIT, EMAIL]);
    const docs = await host.services.listDocuments();
    const besluit = docs.find((d) => d.fileName === BESLUIT);
    const email = docs.find((d) => d.fileName === EMAIL);
    expect(besluit?.type).toBe('municipal-decision');
    expect(besluit?.references).toContain('SD/JGD/2020/07734');

    await navigate(page, 'Brieven');
    await page.getByRole('heading', { name: 'Brieven', level: 1 }).waitFor();
    const kinds = page.getByTestId('letter-kind');
    await expect.poll(() => kinds.count()).toBe(9);
    await page.getByRole('radio', { name: /^Bezwaarschrift/ }).check();
    expect(await kinds.filter({ hasText: 'Bezwaarschrift' }).textContent()).toMatch(/zes weken/);
    await screenshot(page, '23-letters-kind', { docs: true });
    await page.getByRole('button', { name: 'Volgende' }).click();

    // Only the besluit fits a bezwaar by type; the e-mail shows only when asked for, and
    // choosing it gives the services' refusal and keeps the wizard where it is.
    const choices = page.getByTestId('letter-document');
    await expect.poll(() => choices.count()).toBe(1);
    await page.getByLabel(/Ook de andere documenten tonen/).check();
    await expect.poll(() => choices.count()).toBe(2);
    await choices
      .filter({ hasText: email?.title ?? EMAIL })
      .getByRole('radio')
      .check();
    const refusal = page.getByRole('alert').filter({ hasText: 'past niet' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/Er is geen brief gemaakt/);
    expect(await page.getByRole('button', { name: 'Volgende' }).isDisabled()).toBe(true);
    // The kinds that do fit it are offered (as many as the services name).
    const fitting = await host.services.letterKindsFor(email?.id ?? '');
    await expect
      .poll(() => page.getByTestId('other-kinds').getByRole('button').count())
      .toBe(fitting.length);
    // Taking one plans that kind on the same document: the refusal goes, the wizard may go on.
    expect(fitting.length).toBeGreaterThan(0);
    await page.getByTestId('other-kinds').getByRole('button').first().click();
    await page.getByTestId('letter-plan').waitFor();
    expect(await refusal.count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Volgende' }).isDisabled()).toBe(false);
    // Back to the bezwaar, on the besluit.
    await page.getByRole('button', { name: 'Vorige' }).click();
    await page.getByRole('radio', { name: /^Bezwaarschrift/ }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();

    await choices.filter({ hasText: 'SD/JGD/2020/07734' }).getByRole('radio').check();
    const plan = page.getByTestId('letter-plan');
    await plan.waitFor();
    expect(await page.getByTestId('letter-addressee').textContent()).toContain('Kampen');
    expect(await page.getByTestId('letter-references').textContent()).toContain(
      'SD/JGD/2020/07734',
    );
    expect(await page.getByTestId('letter-due').textContent()).toContain('23 november 2020');
    await page.getByRole('button', { name: 'Volgende' }).click();

    // The facts only the parent knows, and the parent as sender (stored in the vault).
    await page
      .getByLabel(/Waarom bent u het niet eens met het besluit/)
      .fill(
        'Mila heeft de kindbegeleiding langer nodig dan een half jaar; de school ziet nog geen vooruitgang.',
      );
    await page.getByLabel('Uw naam').fill('W. Brink');
    await page.getByLabel('Straat en huisnummer').fill('Lepelaarstraat 6');
    await page.getByLabel('Postcode').fill('8265 XR');
    await page.getByLabel('Woonplaats').fill('Kampen');
    await page.getByRole('button', { name: 'Gegevens bewaren' }).click();
    await page.getByText('Uw gegevens zijn bewaard.').waitFor();
    expect((await host.services.senderProfile()).name).toBe('W. Brink');
    await page.getByRole('button', { name: 'Volgende' }).click();

    // Producties: a page of the besluit itself and the whole e-mail. A page that does not exist
    // is named at the field and blocks the next step.
    await page.getByRole('button', { name: 'Productie toevoegen' }).click();
    await page.getByLabel('Document (productie 1)').selectOption({ label: optionLabel(besluit) });
    await page.getByLabel('Pagina (productie 1)').fill('7');
    await page.getByText("Zo'n pagina is er niet").waitFor();
    expect(await page.getByRole('button', { name: 'Volgende' }).isDisabled()).toBe(true);
    await page.getByLabel('Pagina (productie 1)').fill('2');
    await page.getByRole('button', { name: 'Productie toevoegen' }).click();
    await page.getByLabel('Document (productie 2)').selectOption({ label: optionLabel(email) });
    const resolved = page.getByTestId('resolved-cites');
    await expect.poll(async () => (await resolved.locator('li').count()) === 2).toBe(true);
    // What the screen shows is what the services resolve against the advocaat bundle.
    const expected = await host.services.planLetter({
      kind: 'bezwaar',
      documentId: besluit?.id ?? '',
      cites: [{ documentId: besluit?.id ?? '', page: 2 }, { documentId: email?.id ?? '' }],
      lang: 'nl',
    });
    const shown = await resolved.locator('li strong').allTextContents();
    expect(shown).toEqual(expected.cites.map((c) => c.text));
    expect(expected.cites.map((c) => c.documentId)).toEqual([besluit?.id, email?.id]);
    await page.getByRole('button', { name: 'Volgende' }).click();

    // Preview: the letter text with kenmerk, due date, grounds and cites; the summary beside it;
    // and the note that this is no legal advice, with where to get help.
    const text = page.getByTestId('letter-text');
    await text.waitFor();
    const letter = (await text.textContent()) ?? '';
    expect(letter).toContain('SD/JGD/2020/07734');
    expect(letter).toContain('23 november 2020');
    expect(letter).toContain('kindbegeleiding langer nodig');
    expect(letter).toContain('W. Brink');
    for (const cite of shown) expect(letter).toContain(cite);
    expect(await page.getByTestId('letter-due').textContent()).toMatch(/23 november 2020.*Awb/);
    const note = page.getByRole('complementary', { name: 'Dit is geen juridisch advies' });
    expect(await note.textContent()).toMatch(/advocaat.*AKJ.*cliëntondersteuner/s);
    await page.locator('.wizard-body').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, '24-letter-preview', { docs: true });
    await page.getByRole('button', { name: 'Volgende' }).click();

    // Save: in the vault and as a PDF where the save dialog says.
    const out = join(host.tempDir, 'export', 'bezwaar-gemeente.pdf');
    const asked: SaveFileKind[] = [];
    host.answers.saveFile = (kind) => {
      asked.push(kind);
      return out;
    };
    await page.getByRole('button', { name: 'Bewaren en PDF opslaan…' }).click();
    const saved = page.getByTestId('letter-saved');
    await saved.waitFor({ timeout: 120_000 });
    expect(asked).toEqual(['letter']);
    expect(await saved.textContent()).toContain('bezwaar-gemeente.pdf');
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const stored = (await host.services.listDocuments()).filter((d) => d.type === 'letter');
    expect(stored).toHaveLength(1);
    expect(stored[0]?.senderKind).toBe('parent');
    expect(stored[0]?.references).toContain('SD/JGD/2020/07734');

    // On the timeline, as the parent's letter of today.
    await page.getByRole('button', { name: 'Bekijk op de tijdlijn' }).click();
    const entry = page.getByTestId('timeline-entry').filter({ hasText: stored[0]?.title ?? '' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('20 oktober 2020');
    expect(realProblems(session().app.problems)).toEqual([]);
  });

  it('prepares a gesprek, records it with two afspraken, and shows both as deadlines', async () => {
    const { page, host } = session();
    await navigate(page, 'Tijdlijn');

    await page.getByRole('button', { name: 'Gesprek voorbereiden' }).click();
    const prepare = page.getByRole('dialog', { name: 'Gesprek voorbereiden' });
    await prepare.getByLabel('Datum van het gesprek').fill('14-10-2020');
    await prepare.getByLabel('Onderwerp').fill('Gesprek met de gemeente over de kindbegeleiding');
    await prepare.getByLabel('Andere personen').fill('Esther Mulder');
    await prepare
      .getByLabel('Voorstel en agenda')
      .fill('1. Verlenging kindbegeleiding met zes maanden. 2. Wie regelt het leerlingdossier?');
    await prepare.getByRole('button', { name: 'Opslaan' }).click();
    await prepare.waitFor({ state: 'hidden' });

    const gesprek = page
      .getByTestId('timeline-entry')
      .filter({ hasText: 'Gesprek met de gemeente over de kindbegeleiding' });
    await gesprek.waitFor();
    await gesprek.getByRole('button', { name: 'Verslag vastleggen' }).click();
    const record = page.getByRole('dialog', { name: 'Verslag van een gesprek vastleggen' });
    // The prepared proposal is there; the verslag is added to it.
    await expect
      .poll(() => record.getByLabel('Voorstel en agenda').inputValue())
      .toContain('Verlenging kindbegeleiding');
    await record
      .getByLabel('Verslag', { exact: true })
      .fill('De gemeente wil eerst het verslag van school zien voordat zij beslist.');
    await record.getByRole('button', { name: 'Punt toevoegen' }).click();
    await record.getByLabel('Waarover (punt 1)').fill('Duur van de kindbegeleiding');
    await record.getByLabel('Wie is het niet eens (punt 1)').fill('Esther Mulder');
    await record
      .getByLabel('Argumenten (punt 1)')
      .fill('Volgens de gemeente is een half jaar genoeg; school ziet dat anders.');
    await record.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await record.getByLabel('Wat is afgesproken (afspraak 1)').fill('Verslag van school opsturen');
    await record.getByLabel('Wie doet het (afspraak 1)').fill('W. Brink');
    await record.getByLabel('Klaar op (afspraak 1)').fill('16-10-2020');
    await record.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await record
      .getByLabel('Wat is afgesproken (afspraak 2)')
      .fill('Nieuw besluit over verlenging');
    await record.getByLabel('Wie doet het (afspraak 2)').fill('Gemeente Kampen');
    // An impossible date is refused at the field; nothing is saved while it stands.
    await record.getByLabel('Klaar op (afspraak 2)').fill('31-11-2020');
    await record.getByRole('button', { name: 'Opslaan' }).click();
    await record.getByText('Deze dag bestaat niet').waitFor();
    expect((await host.services.deadlines()).filter((d) => d.rule === 'afspraak')).toHaveLength(0);
    await record.getByLabel('Klaar op (afspraak 2)').fill('2 november 2020');
    await record.getByLabel('Klaar op (afspraak 2)').press('Tab');
    await screenshot(page, '25-gesprek', { docs: true });
    await record.getByRole('button', { name: 'Opslaan' }).click();
    await record.waitFor({ state: 'hidden' });

    // Two afspraken with a date: two deadlines in Lopende termijnen. The one of 16 October is
    // past "today" and not done, so it stays there, marked as such.
    const afspraken = page.getByTestId('open-deadlines').locator('[data-rule="afspraak"]');
    await expect.poll(() => afspraken.count()).toBe(2);
    const overdue = afspraken.filter({ hasText: 'Verslag van school opsturen' });
    expect(await overdue.textContent()).toContain('datum voorbij, nog niet gedaan');
    expect(await overdue.textContent()).toContain('16 oktober 2020');
    const pending = afspraken.filter({ hasText: 'Nieuw besluit over verlenging' });
    expect(await pending.textContent()).toMatch(/nog 13 dagen/);
    expect(await pending.textContent()).toContain('14 oktober 2020');
    await page
      .getByTestId('open-deadlines')
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, '25b-afspraken');
    const fromApi = (await host.services.deadlines()).filter((d) => d.rule === 'afspraak');
    expect(fromApi.map((d) => d.due).sort()).toEqual(['2020-10-16', '2020-11-02']);
    expect(fromApi.every((d) => d.eventId && d.documentId === null)).toBe(true);

    // "Gedaan": it leaves the running list and the gesprek knows it.
    await overdue.getByRole('button', { name: 'Gedaan' }).click();
    await expect.poll(() => afspraken.count()).toBe(1);
    const eventId = fromApi[0]?.eventId ?? '';
    const view = await host.services.gesprek(eventId);
    expect(view.verslag).toContain('verslag van school');
    expect(view.disagreements[0]?.point).toBe('Duur van de kindbegeleiding');
    expect(view.afspraken.find((a) => a.due === '2020-10-16')?.done).toBe(true);
    expect(realProblems(session().app.problems)).toEqual([]);
  });

  it('shows the step plan with the letter and the gesprek linked, and a manual tick', async () => {
    const { page, host } = session();
    await navigate(page, 'Brieven');
    await page.getByRole('button', { name: 'Stappenplan' }).click();
    const steps = page.getByTestId('plan-step');
    await expect.poll(() => steps.count()).toBe(7);
    const plan = await host.services.stepPlan();
    const gesprekStep = plan.steps.find((s) => s.id === 'gesprek');
    expect(gesprekStep?.links.some((l) => l.kind === 'gesprek')).toBe(true);
    const linkedLetter = plan.steps.flatMap((s) => s.links).find((l) => l.kind === 'letter');
    expect(linkedLetter).toBeDefined();
    // Every link the services give is on screen.
    for (const step of plan.steps) {
      const item = steps.filter({ hasText: step.title });
      for (const link of step.links) expect(await item.textContent()).toContain(link.title);
    }

    const inventory = steps.filter({ hasText: plan.steps[0]?.title ?? '' });
    const tick = inventory.getByLabel('Ik heb deze stap gedaan');
    expect(await tick.isChecked()).toBe(plan.steps[0]?.doneByParent ?? false);
    await tick.check();
    await expect.poll(() => inventory.locator('.plan-step-badge').textContent()).toBe('Gedaan');
    expect((await host.services.stepPlan()).steps[0]?.doneByParent).toBe(true);
    // The picture shows the later steps: their links, the current step and the routes.
    await steps
      .filter({ hasText: plan.steps.find((s) => s.id === 'gesprek')?.title ?? '' })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, '26-stappenplan', { docs: true });

    // A step's letter button starts the wizard with that kind chosen.
    const proposal = steps.filter({
      hasText: plan.steps.find((s) => s.id === 'proposal')?.title ?? '',
    });
    await proposal
      .getByRole('button', { name: /^Schrijf:/ })
      .first()
      .click();
    await expect.poll(() => page.locator('.step-current').textContent()).toContain('Document');
    expect(realProblems(session().app.problems)).toEqual([]);
  });
});

/** The label of a document in the cite select: "12 oktober 2020 — <title>". */
function optionLabel(
  doc: { date: string | null; title: string; fileName: string } | undefined,
): string {
  if (!doc) throw new Error('document not imported');
  const months = [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ];
  const [y, m, d] = (doc.date ?? '').split('-').map(Number);
  const date = doc.date ? `${d} ${months[(m ?? 1) - 1]} ${y}` : 'zonder datum';
  return `${date} — ${doc.title || doc.fileName}`;
}
