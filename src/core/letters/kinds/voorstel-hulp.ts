// Voorstel voor (andere) hulp aan de jeugdbeschermer: domain 000, step 1a–c (what is missing,
// why, supporting arguments, who could provide it, conditions) and step 3 (a concrete proposal
// to discuss in a gesprek).
import type { LetterTemplate } from '../types';
import { field, section } from './common';

export const voorstelHulp: LetterTemplate = {
  kind: 'voorstel-hulp',
  label: { nl: 'Voorstel voor hulp', en: 'Proposal for care' },
  description: {
    nl: 'U stelt de jeugdbeschermer voor welke (andere) hulp er moet komen, en waarom, en vraagt om een gesprek.',
    en: 'You propose to the child protection worker which (other) care is needed, and why, and ask for a meeting.',
  },
  basis: {
    nl: 'samen beslissen over passende hulp (richtlijn ‘Samen met ouders en jeugdige beslissen over passende hulp’)',
    en: 'deciding together on suitable care (guideline ‘Samen met ouders en jeugdige beslissen over passende hulp’)',
  },
  fitsTypes: [
    'care-plan',
    'meeting-report',
    'letter',
    'email',
    'assessment-report',
    'written-instruction',
    'council-report',
    'municipal-decision',
  ],
  fits: (doc) => !['court-decision', 'summons', 'petition', 'complaint'].includes(doc.type),
  addressee: {
    orgKinds: ['certified-institution', 'care-provider', 'municipality'],
    roles: ['jeugdbeschermer', 'gezinsbegeleider', 'wijkteammedewerker', 'consulent gemeente'],
  },
  fields: [
    field(
      'current',
      { nl: 'Welke hulp krijgt u nu?', en: 'What care do you receive now?' },
      { nl: 'Laat leeg als er nu geen hulp is.', en: 'Leave empty when there is none.' },
    ),
    field(
      'missing',
      {
        nl: 'Welke hulp ontbreekt, of wat gaat er niet goed?',
        en: 'What care is missing, or what is going wrong?',
      },
      {
        nl: 'Noem voorbeelden waaruit blijkt dat het niet goed gaat.',
        en: 'Give examples that show it is not going well.',
      },
      { required: true },
    ),
    field(
      'why',
      { nl: 'Waarom juist deze hulp?', en: 'Why this care?' },
      {
        nl: 'Wat de hulp moet opleveren, en wanneer het wél goed gaat.',
        en: 'What the care should achieve, and when things will be right.',
      },
      { required: true },
    ),
    field(
      'support',
      { nl: 'Wie ondersteunt dit voorstel?', en: 'Who supports this proposal?' },
      {
        nl: 'Bijvoorbeeld: andere hulpverleners die deze hulp aanraden.',
        en: 'For example: other professionals who recommend this care.',
      },
    ),
    field(
      'provider',
      { nl: 'Wie kan de hulp bieden?', en: 'Who could provide the care?' },
      {
        nl: 'Instantie of hulpverlener, met wachttijd en financiering als u die weet.',
        en: 'Organisation or professional, with waiting time and funding if known.',
      },
    ),
    field(
      'conditions',
      {
        nl: 'Aan welke voorwaarden moet de hulp voldoen?',
        en: 'What conditions must the care meet?',
      },
      {
        nl: 'Bijvoorbeeld: dichtbij huis, na schooltijd.',
        en: 'For example: close to home, after school.',
      },
    ),
  ],
  defaultPurpose: 'advocaat',
  subject: (ctx) => ctx.t('Voorstel voor hulp voor ons gezin', 'Proposal for care for our family'),
  body: (ctx) => {
    const paragraphs = [
      ctx.t(
        `Met deze brief doe ik u een voorstel voor hulp voor ons gezin, naar aanleiding van ${ctx.docPhrase}. Ik wil dit voorstel graag met u bespreken in een gesprek.`,
        `With this letter I make a proposal for care for our family, following ${ctx.docPhrase}. I would like to discuss it with you in a meeting.`,
      ),
    ];
    if (ctx.has('current'))
      paragraphs.push(
        section(
          ctx.t('De hulp die wij nu krijgen', 'The care we receive now'),
          ctx.fact('current'),
        ),
      );
    paragraphs.push(
      section(ctx.t('Wat er ontbreekt', 'What is missing'), ctx.fact('missing')),
      section(ctx.t('Waarom juist deze hulp', 'Why this care'), ctx.fact('why')),
    );
    if (ctx.has('support'))
      paragraphs.push(
        section(
          ctx.t('Wie dit voorstel ondersteunt', 'Who supports this proposal'),
          ctx.fact('support'),
        ),
      );
    if (ctx.has('provider'))
      paragraphs.push(
        section(
          ctx.t('Wie de hulp kan bieden', 'Who could provide the care'),
          ctx.fact('provider'),
        ),
      );
    if (ctx.has('conditions'))
      paragraphs.push(section(ctx.t('Voorwaarden', 'Conditions'), ctx.fact('conditions')));
    paragraphs.push(
      ctx.t(
        'Ik stel voor dat wij binnen twee weken een afspraak maken voor een gesprek over dit voorstel. Wilt u mij laten weten wanneer dat kan?',
        'I propose that we meet within two weeks to discuss this proposal. Could you let me know when that is possible?',
      ),
    );
    return paragraphs;
  },
};
