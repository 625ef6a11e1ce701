// The step plan of domain 000 ("Verkeerde zorg / geen zorg aangeboden") as a checklist: inventory
// → contact → proposal → gesprek → verslag → vervolgstappen, then the escalation routes of domain
// 000, 002 and 003. A step is done when the vault holds what fulfils it (a letter, a gesprek, a
// verslag, afspraken) or when the parent marks it done. Pure.
import type { LetterKind, StepId, StepLink, StepPlan, StepView } from '../../shared/api';
import { STEP_IDS } from '../../shared/api';
import type { IsoDate } from '../../shared/domain';
import type { Bilingual, Lang } from './types';

export interface StepPlanInput {
  letters: { id: string; kind: LetterKind; title: string; date: IsoDate | null }[];
  gesprekken: {
    id: string;
    title: string;
    date: IsoDate;
    proposal: string;
    verslag: string;
    afspraken: { what: string; due?: IsoDate; deadlineId?: string }[];
  }[];
  /** Events of kind telefoongesprek (contacting other providers is often a phone call). */
  contacts: { id: string; title: string; date: IsoDate }[];
  /** Gespreksverslagen received as documents. */
  meetingReports: { id: string; title: string; date: IsoDate | null }[];
  doneByParent: StepId[];
  lang: Lang;
}

const ESCALATION_KINDS: LetterKind[] = [
  'andere-jeugdbeschermer',
  'second-opinion',
  'contra-expertise',
  'bezwaar',
  'klacht',
  'inzage',
  'correctie',
  'zienswijze',
];

const STEPS: Record<
  StepId,
  { title: Bilingual; description: Bilingual; letterKinds: LetterKind[] }
> = {
  inventory: {
    title: { nl: 'Inventariseren', en: 'Take stock' },
    description: {
      nl: 'Schrijf voor uzelf op welke hulp u krijgt, wat er ontbreekt of niet goed gaat, met voorbeelden, en aan welke voorwaarden hulp moet voldoen.',
      en: 'Write down for yourself what care you get, what is missing or going wrong, with examples, and what conditions care must meet.',
    },
    letterKinds: [],
  },
  contact: {
    title: { nl: 'Contact met andere hulpverleners', en: 'Contact other providers' },
    description: {
      nl: 'Vraag bij instanties of hulpverleners na of zij kunnen helpen, of er een wachtlijst is en hoe de hulp betaald wordt.',
      en: 'Ask organisations or professionals whether they can help, whether there is a waiting list and how the care is paid for.',
    },
    letterKinds: [],
  },
  proposal: {
    title: { nl: 'Voorstel voorbereiden', en: 'Prepare a proposal' },
    description: {
      nl: 'Schrijf een zo concreet mogelijk voorstel voor het gesprek met uw jeugdbeschermer.',
      en: 'Write a proposal, as concrete as possible, for the meeting with your child protection worker.',
    },
    letterKinds: ['voorstel-hulp'],
  },
  gesprek: {
    title: { nl: 'Gesprek voeren', en: 'Hold the meeting' },
    description: {
      nl: 'Vraag om een gesprek over de hulp en licht uw voorstel toe.',
      en: 'Ask for a meeting about the care and explain your proposal.',
    },
    letterKinds: [],
  },
  verslag: {
    title: { nl: 'Verslag maken', en: 'Write the minutes' },
    description: {
      nl: 'Leg vast wat er is gezegd, de antwoorden op uw voorstel, en wie het er niet mee eens is en waarom.',
      en: 'Record what was said, the answers to your proposal, and who disagrees and why.',
    },
    letterKinds: ['zienswijze'],
  },
  vervolgstappen: {
    title: { nl: 'Afspraken en vervolgstappen', en: 'Agreements and next steps' },
    description: {
      nl: 'Leg vast wie wat doet en wanneer: wie de aanvraag doet, hoe de hulp wordt overgedragen, wie betaalt.',
      en: 'Record who does what and when: who applies, how care is handed over, who pays.',
    },
    letterKinds: [],
  },
  escalation: {
    title: { nl: 'Als u er samen niet uitkomt', en: 'If you cannot agree' },
    description: {
      nl: 'Een gesprek met de leidinggevende, een andere jeugdbeschermer, een second opinion of contra-expertise, bezwaar, een klacht, of inzage en correctie van het dossier.',
      en: 'A meeting with the manager, another worker, a second opinion or contra-expertise, an objection, a complaint, or seeing and correcting the file.',
    },
    letterKinds: ESCALATION_KINDS,
  },
};

const ROUTES: { name: Bilingual; when: Bilingual }[] = [
  {
    name: {
      nl: 'Gesprek met de jeugdbeschermer en diens leidinggevende',
      en: 'Meeting with the worker and their manager',
    },
    when: {
      nl: 'Als het eerste gesprek niets oplevert.',
      en: 'When the first meeting did not help.',
    },
  },
  {
    name: {
      nl: 'Vervallenverklaring schriftelijke aanwijzing (art. 1:264 BW)',
      en: 'Setting aside a written instruction (art. 1:264 BW)',
    },
    when: {
      nl: 'Binnen twee weken na een schriftelijke aanwijzing, bij de kinderrechter; geen advocaat nodig.',
      en: 'Within two weeks of a written instruction, at the juvenile court; no lawyer needed.',
    },
  },
  {
    name: { nl: 'Andere jeugdbeschermer', en: 'Another child protection worker' },
    when: {
      nl: 'Als vertrouwen, waardering, communicatie of afspraken niet meer werken.',
      en: 'When trust, appreciation, communication or agreements no longer work.',
    },
  },
  {
    name: {
      nl: 'Second opinion of contra-expertise (art. 810a Rv)',
      en: 'Second opinion or contra-expertise (art. 810a Rv)',
    },
    when: {
      nl: 'Als u het niet eens bent met een onderzoek of rapport.',
      en: 'When you disagree with an investigation or report.',
    },
  },
  {
    name: {
      nl: 'Bezwaar bij de gemeente (6 weken, art. 6:7 Awb), daarna beroep bij de rechtbank',
      en: 'Objection to the municipality (6 weeks, art. 6:7 Awb), then appeal to the court',
    },
    when: {
      nl: 'Tegen een besluit van de gemeente over jeugdhulp.',
      en: 'Against a municipal decision on youth care.',
    },
  },
  {
    name: {
      nl: 'Klacht bij de klachtencommissie; hulp van een AKJ-vertrouwenspersoon',
      en: 'Complaint to the complaints committee; help from an AKJ confidential adviser',
    },
    when: {
      nl: 'Als een gesprek over wat er misging geen oplossing gaf.',
      en: 'When talking about what went wrong did not solve it.',
    },
  },
  {
    name: {
      nl: 'Nationale ombudsman of Kinderombudsman',
      en: 'Nationale ombudsman or Kinderombudsman',
    },
    when: {
      nl: 'Na de klachtprocedure, over een organisatie met een overheidstaak (GI, Raad, gemeente).',
      en: 'After the complaints procedure, about an organisation with a public task.',
    },
  },
  {
    name: {
      nl: 'Landelijk Meldpunt Zorg (Inspectie Gezondheidszorg en Jeugd)',
      en: 'Landelijk Meldpunt Zorg (Health and Youth Care Inspectorate)',
    },
    when: {
      nl: 'Als een klacht bij de zorgaanbieder niet hielp.',
      en: 'When a complaint to the care provider did not help.',
    },
  },
  {
    name: {
      nl: 'Cliëntondersteuner of Expertteam jeugd',
      en: 'Client support worker or Expertteam jeugd',
    },
    when: {
      nl: 'Als u vastloopt bij het organiseren van passende zorg.',
      en: 'When arranging suitable care gets stuck.',
    },
  },
];

export function buildStepPlan(input: StepPlanInput): StepPlan {
  const lang = input.lang;
  const letterLinks = (kinds: LetterKind[]): StepLink[] =>
    input.letters
      .filter((l) => kinds.includes(l.kind))
      .map((l) => ({ kind: 'letter', id: l.id, title: l.title, date: l.date, letterKind: l.kind }));
  const gesprekLink = (g: StepPlanInput['gesprekken'][number]): StepLink => ({
    kind: 'gesprek',
    id: g.id,
    title: g.title,
    date: g.date,
  });
  const links: Record<StepId, StepLink[]> = {
    inventory: [],
    contact: input.contacts.map((c) => ({
      kind: 'gesprek',
      id: c.id,
      title: c.title,
      date: c.date,
    })),
    proposal: [
      ...letterLinks(['voorstel-hulp']),
      ...input.gesprekken.filter((g) => g.proposal).map(gesprekLink),
    ],
    gesprek: input.gesprekken.map(gesprekLink),
    verslag: [
      ...input.gesprekken.filter((g) => g.verslag).map(gesprekLink),
      ...input.meetingReports.map((d) => ({
        kind: 'document' as const,
        id: d.id,
        title: d.title,
        date: d.date,
      })),
      ...letterLinks(['zienswijze']),
    ],
    vervolgstappen: input.gesprekken.flatMap((g) =>
      g.afspraken.map((a, i) => ({
        kind: 'afspraak' as const,
        id: a.deadlineId ?? `${g.id}#${i + 1}`,
        title: a.what,
        date: a.due ?? null,
      })),
    ),
    escalation: letterLinks(ESCALATION_KINDS),
  };
  const steps: StepView[] = STEP_IDS.map((id, i) => {
    const doneByParent = input.doneByParent.includes(id);
    return {
      id,
      n: i + 1,
      title: STEPS[id].title[lang],
      description: STEPS[id].description[lang],
      done: doneByParent || links[id].length > 0,
      doneByParent,
      links: links[id],
      letterKinds: STEPS[id].letterKinds,
    };
  });
  // Taking stock and making contact leave nothing in the vault; a later step that is done shows
  // they were done too. Escalation is a route, not a duty: only the parent closes it.
  const escalation = steps.find((s) => s.id === 'escalation')!;
  escalation.done = escalation.doneByParent;
  for (const id of ['inventory', 'contact'] as const) {
    const step = steps.find((s) => s.id === id)!;
    const later = steps.slice(step.n).some((s) => s.id !== 'escalation' && s.links.length > 0);
    step.done = step.doneByParent || step.links.length > 0 || later;
  }
  return {
    steps,
    current: steps.find((s) => !s.done)?.id ?? null,
    routes: ROUTES.map((r) => ({ name: r.name[lang], when: r.when[lang] })),
  };
}
