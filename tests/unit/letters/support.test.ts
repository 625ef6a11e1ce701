import { describe, expect, it } from 'vitest';
import { findParentAddress } from '../../../src/core/letters/recipient';
import { buildStepPlan, type StepPlanInput } from '../../../src/core/letters/step-plan';

describe('findParentAddress', () => {
  const letter = [
    'Gemeente Kampen',
    'Postbus 8730',
    '8260 HA Kampen',
    '',
    'Mevrouw W. Brink',
    'Lepelaarstraat 6',
    '8265 XR  KAMPEN',
    '',
    'Datum 2 okt. 2023',
  ].join('\n');

  it.each([
    [
      letter,
      ['W. Brink'],
      { name: 'W. Brink', address: 'Lepelaarstraat 6', postcode: '8265 XR', city: 'Kampen' },
    ],
    [
      'De heer R. Jansen\nDorpsweg 12-a\n1234AB  DEN HAAG\n',
      ['Roy Jansen'],
      { name: 'R. Jansen', address: 'Dorpsweg 12-a', postcode: '1234 AB', city: 'Den Haag' },
    ],
    // A block for someone who is not a parent of the case is not the sender.
    [letter, ['R. Jansen'], null],
    // No street line: not an address block.
    ['Mevrouw W. Brink\n8265 XR KAMPEN\n', ['W. Brink'], null],
  ])('%#', (text, parents, expected) => {
    expect(findParentAddress(text, parents)).toEqual(expected);
  });
});

describe('buildStepPlan', () => {
  const empty: StepPlanInput = {
    letters: [],
    gesprekken: [],
    contacts: [],
    meetingReports: [],
    doneByParent: [],
    lang: 'nl',
  };

  it('starts at inventory with nothing in the vault', () => {
    const plan = buildStepPlan(empty);
    expect(plan.current).toBe('inventory');
    expect(plan.steps.map((s) => s.id)).toEqual([
      'inventory',
      'contact',
      'proposal',
      'gesprek',
      'verslag',
      'vervolgstappen',
      'escalation',
    ]);
    expect(plan.steps.every((s) => !s.done)).toBe(true);
    expect(plan.routes.some((r) => /Nationale ombudsman/.test(r.name))).toBe(true);
  });

  it('links a proposal letter and a gesprek with verslag and afspraken; earlier steps follow', () => {
    const plan = buildStepPlan({
      ...empty,
      letters: [{ id: 'L1', kind: 'voorstel-hulp', title: 'Voorstel', date: '2025-01-02' }],
      gesprekken: [
        {
          id: 'G1',
          title: 'Gesprek',
          date: '2025-01-10',
          proposal: '',
          verslag: 'Besproken.',
          afspraken: [{ what: 'Aanvraag', due: '2025-02-01', deadlineId: 'dl-1' }],
        },
      ],
    });
    const step = (id: string) => plan.steps.find((s) => s.id === id)!;
    expect(step('proposal').links).toEqual([
      {
        kind: 'letter',
        id: 'L1',
        title: 'Voorstel',
        date: '2025-01-02',
        letterKind: 'voorstel-hulp',
      },
    ]);
    expect(step('inventory').done).toBe(true);
    expect(step('contact').done).toBe(true);
    expect(step('verslag').done).toBe(true);
    expect(step('vervolgstappen').links[0]).toMatchObject({ kind: 'afspraak', id: 'dl-1' });
    expect(plan.current).toBe('escalation');
  });

  it('the parent’s mark closes a step; a klacht letter is linked to escalation but does not close it', () => {
    const plan = buildStepPlan({
      ...empty,
      letters: [{ id: 'K', kind: 'klacht', title: 'Klacht', date: null }],
      doneByParent: ['inventory'],
      lang: 'en',
    });
    expect(plan.steps[0]!).toMatchObject({ done: true, doneByParent: true, title: 'Take stock' });
    expect(plan.steps.at(-1)!.links).toHaveLength(1);
    expect(plan.steps.at(-1)!.done).toBe(false);
    expect(plan.current).toBe('contact');
  });
});
