// Klacht aan de klachtencommissie van de organisatie (domain 002): every jeugdhulpaanbieder and
// GI has an independent klachtencommissie (art. 4.2.1 Jeugdwet); a gemeente or the Raad handles
// complaints under hoofdstuk 9 Awb. After the complaint procedure the routes of domain 003 go on:
// the Nationale ombudsman (or the Kinderombudsman) for organisations with a public task, the
// Landelijk Meldpunt Zorg (IGJ) for care providers.
import type { OrganisationKind } from '../../../shared/domain';
import type { Bilingual, LetterTemplate } from '../types';
import { CARE_ORGANISATIONS, field, section, senderIs } from './common';

const PUBLIC_TASK: readonly OrganisationKind[] = [
  'certified-institution',
  'child-protection-council',
  'municipality',
  'veilig-thuis',
];

export function complaintBasis(kind: OrganisationKind): Bilingual {
  if (kind === 'municipality' || kind === 'child-protection-council')
    return {
      nl: 'hoofdstuk 9 Awb (klachtbehandeling door bestuursorganen)',
      en: 'chapter 9 Awb (complaints to administrative bodies)',
    };
  return {
    nl: 'de klachtregeling van de instelling (art. 4.2.1 Jeugdwet)',
    en: 'the institution’s complaints procedure (art. 4.2.1 Jeugdwet)',
  };
}

export const klacht: LetterTemplate = {
  kind: 'klacht',
  label: { nl: 'Klacht', en: 'Complaint' },
  description: {
    nl: 'U dient een klacht in bij de klachtencommissie van de organisatie, als een gesprek niet tot een oplossing heeft geleid.',
    en: 'You file a complaint with the organisation’s complaints committee, when talking did not solve it.',
  },
  basis: complaintBasis('certified-institution'),
  basisFor: complaintBasis,
  fitsTypes: [
    'care-plan',
    'meeting-report',
    'letter',
    'email',
    'written-instruction',
    'council-report',
    'assessment-report',
    'municipal-decision',
  ],
  fits: (doc) =>
    doc.type !== 'court-decision' &&
    doc.type !== 'summons' &&
    senderIs(doc.senderKind, CARE_ORGANISATIONS),
  refusal: (doc) =>
    doc.type === 'court-decision' || doc.type === 'summons' || doc.senderKind === 'court'
      ? {
          nl: 'Een klacht over een beslissing van de rechter gaat niet naar een klachtencommissie; tegen een beschikking staat hoger beroep open (via een advocaat).',
          en: 'A complaint about a court decision does not go to a complaints committee; a decision can be appealed (through a lawyer).',
        }
      : undefined,
  addressee: {
    orgKinds: CARE_ORGANISATIONS,
    roles: [],
    attention: { nl: 'de klachtencommissie', en: 'the complaints committee (klachtencommissie)' },
  },
  fields: [
    field(
      'complaint',
      { nl: 'Waarover klaagt u?', en: 'What is your complaint about?' },
      {
        nl: 'Wat is er gebeurd, wanneer, en waarom vindt u dat niet goed?',
        en: 'What happened, when, and why is it not right?',
      },
      { required: true },
    ),
    field(
      'about',
      { nl: 'Over wie gaat de klacht?', en: 'Who is the complaint about?' },
      {
        nl: 'Naam en functie, als het om een medewerker gaat.',
        en: 'Name and role, if about a staff member.',
      },
      { multiline: false },
    ),
    field(
      'tried',
      { nl: 'Wat heeft u al gedaan om het op te lossen?', en: 'What have you done to solve it?' },
      {
        nl: 'Bijvoorbeeld een gesprek met de medewerker of de leidinggevende.',
        en: 'For example a meeting with the staff member or their manager.',
      },
    ),
    field(
      'wish',
      {
        nl: 'Wat wilt u bereiken met de klacht?',
        en: 'What do you want the complaint to achieve?',
      },
      {
        nl: 'Bijvoorbeeld: excuses, een ander plan, een andere medewerker.',
        en: 'For example: an apology, another plan.',
      },
    ),
  ],
  defaultPurpose: 'klacht',
  nextStep: (kind) =>
    PUBLIC_TASK.includes(kind)
      ? {
          nl: 'Bent u na de uitspraak van de klachtencommissie nog niet tevreden, dan kunt u zich wenden tot de Nationale ombudsman, of tot de Kinderombudsman als het om de rechten van uw kind gaat.',
          en: 'If you are not satisfied after the committee’s decision, you can turn to the Nationale ombudsman, or to the Kinderombudsman when it concerns your child’s rights.',
        }
      : {
          nl: 'Bent u na de uitspraak van de klachtencommissie nog niet tevreden, dan kunt u het melden bij het Landelijk Meldpunt Zorg van de Inspectie Gezondheidszorg en Jeugd.',
          en: 'If you are not satisfied after the committee’s decision, you can report it to the Landelijk Meldpunt Zorg of the Health and Youth Care Inspectorate.',
        },
  subject: (ctx) =>
    ctx.t(
      `Klacht over ${ctx.addressee.organisation}`,
      `Complaint about ${ctx.addressee.organisation}`,
    ),
  body: (ctx) => {
    const basis = complaintBasis(ctx.addressee.kind);
    const paragraphs = [
      ctx.t(
        `Met deze brief dien ik een klacht in bij uw klachtencommissie, op grond van ${basis.nl}. De klacht houdt verband met ${ctx.docPhrase}.`,
        `With this letter I file a complaint with your complaints committee, under ${basis.en}. The complaint relates to ${ctx.docPhrase}.`,
      ),
      section(ctx.t('Mijn klacht', 'My complaint'), ctx.fact('complaint')),
    ];
    if (ctx.has('about'))
      paragraphs.push(
        ctx.t(
          `De klacht gaat over: ${ctx.fact('about')}.`,
          `The complaint is about: ${ctx.fact('about')}.`,
        ),
      );
    if (ctx.has('tried'))
      paragraphs.push(
        section(ctx.t('Wat ik al heb gedaan', 'What I have done'), ctx.fact('tried')),
      );
    if (ctx.has('wish'))
      paragraphs.push(
        section(ctx.t('Wat ik wil bereiken', 'What I want to achieve'), ctx.fact('wish')),
      );
    paragraphs.push(
      ctx.t(
        'Ik ontvang graag een bevestiging dat u de klacht hebt ontvangen, en hoor graag hoe en wanneer u de klacht behandelt.',
        'Please confirm that you received the complaint, and tell me how and when you will handle it.',
      ),
    );
    if (ctx.nextStep) paragraphs.push(ctx.nextStep);
    return paragraphs;
  },
};
