// Verzoek om een andere jeugdbeschermer. Domain 000 ("Klik met de hulpverlening"): argue it
// concretely on four themes — vertrouwen, waardering, communicatie, afspraken maken en naleven —
// and end with why another jeugdbeschermer can improve the situation. Addressed to the
// teamleider (the jeugdbeschermer's leidinggevende) when People knows one.
import type { LetterTemplate } from '../types';
import { field, section } from './common';

const THEMES = [
  {
    key: 'vertrouwen',
    nl: 'Vertrouwen in elkaar',
    en: 'Trust in each other',
  },
  {
    key: 'waardering',
    nl: 'Waardering (empathie en begrip)',
    en: 'Appreciation (empathy and understanding)',
  },
  {
    key: 'communicatie',
    nl: 'Communicatie tussen ons',
    en: 'Communication between us',
  },
  {
    key: 'afspraken',
    nl: 'Afspraken maken en nakomen',
    en: 'Making and keeping agreements',
  },
] as const;

export const andereJeugdbeschermer: LetterTemplate = {
  kind: 'andere-jeugdbeschermer',
  label: {
    nl: 'Verzoek om een andere jeugdbeschermer',
    en: 'Request for another child protection worker',
  },
  description: {
    nl: 'U vraagt de gecertificeerde instelling om een andere jeugdbeschermer, onderbouwd op vertrouwen, waardering, communicatie en afspraken.',
    en: 'You ask the certified institution for another child protection worker, argued on trust, appreciation, communication and agreements.',
  },
  basis: {
    nl: 'een verzoek aan de gecertificeerde instelling; wijst zij het af, dan staat de klachtregeling open (art. 4.2.1 Jeugdwet)',
    en: 'a request to the certified institution; if it refuses, its complaints procedure is open (art. 4.2.1 Jeugdwet)',
  },
  fitsTypes: ['care-plan', 'meeting-report', 'letter', 'email', 'written-instruction'],
  fits: (doc) => doc.senderKind === 'certified-institution' && doc.type !== 'court-decision',
  refusal: () => ({
    nl: 'Een andere jeugdbeschermer vraagt u aan de gecertificeerde instelling; kies een document van de GI.',
    en: 'Another child protection worker is asked of the certified institution; choose a document from it.',
  }),
  addressee: { orgKinds: ['certified-institution'], roles: ['teamleider', 'jeugdbeschermer'] },
  fields: [
    ...THEMES.map((theme) =>
      field(
        theme.key,
        { nl: theme.nl, en: theme.en },
        {
          nl: 'Hoe staat u op dit punt tegenover uw jeugdbeschermer? Geef concrete voorbeelden.',
          en: 'Where do you stand with your worker on this point? Give concrete examples.',
        },
        { required: true },
      ),
    ),
    field(
      'tried',
      { nl: 'Wat heeft u al geprobeerd?', en: 'What have you tried already?' },
      {
        nl: 'Bijvoorbeeld een gesprek met de jeugdbeschermer en diens leidinggevende.',
        en: 'For example a meeting with the worker and their manager.',
      },
    ),
    field(
      'better',
      {
        nl: 'Waarom kan een andere jeugdbeschermer het beter maken?',
        en: 'Why would another worker improve things?',
      },
      { nl: 'Sluit hiermee uw verzoek af.', en: 'This closes your request.' },
      { required: true },
    ),
  ],
  defaultPurpose: 'klacht',
  subject: (ctx) =>
    ctx.t('Verzoek om een andere jeugdbeschermer', 'Request for another child protection worker'),
  body: (ctx) => {
    const worker = ctx.doc.persons.find((p) => p.role === 'jeugdbeschermer')?.name;
    const paragraphs = [
      worker
        ? ctx.t(
            `Met deze brief vraag ik u om een andere jeugdbeschermer voor ons gezin, in plaats van ${worker}. Ik schrijf dit naar aanleiding van ${ctx.docPhrase}.`,
            `With this letter I ask you for another child protection worker for our family, instead of ${worker}. I write following ${ctx.docPhrase}.`,
          )
        : ctx.t(
            `Met deze brief vraag ik u om een andere jeugdbeschermer voor ons gezin. Ik schrijf dit naar aanleiding van ${ctx.docPhrase}.`,
            `With this letter I ask you for another child protection worker for our family. I write following ${ctx.docPhrase}.`,
          ),
      ctx.t(
        'Ik heb dit verzoek niet lichtvaardig gedaan. Hieronder beschrijf ik op vier punten hoe de samenwerking nu is.',
        'I do not make this request lightly. Below I describe the cooperation on four points.',
      ),
      ...THEMES.map((theme) => section(ctx.t(theme.nl, theme.en), ctx.fact(theme.key))),
    ];
    if (ctx.has('tried'))
      paragraphs.push(
        section(ctx.t('Wat ik al heb geprobeerd', 'What I have tried'), ctx.fact('tried')),
      );
    paragraphs.push(
      section(
        ctx.t(
          'Waarom een andere jeugdbeschermer het beter kan maken',
          'Why another worker can improve things',
        ),
        ctx.fact('better'),
      ),
      ctx.t(
        'Ik hoor graag binnen vier weken wat u met mijn verzoek doet. Wijst u het af, dan hoor ik graag waarom.',
        'I would like to hear within four weeks what you decide. If you refuse, please tell me why.',
      ),
    );
    return paragraphs;
  },
};
