// Verzoek om een second opinion: a second expert looks again at the GI's (or care provider's)
// research and its conclusions (domain 000, "Recht op contra-expertise of second opinion").
// No statute grants it; the parent may ask, and the institution decides.
import type { LetterTemplate } from '../types';
import { field, section } from './common';

const FROM = ['certified-institution', 'care-provider'] as const;

export const secondOpinion: LetterTemplate = {
  kind: 'second-opinion',
  label: { nl: 'Verzoek om een second opinion', en: 'Request for a second opinion' },
  description: {
    nl: 'U vraagt de gecertificeerde instelling of de zorgaanbieder een andere deskundige opnieuw naar een onderzoek en de conclusies te laten kijken.',
    en: 'You ask the certified institution or care provider to have another expert look again at an investigation and its conclusions.',
  },
  basis: {
    nl: 'uw recht om de instelling om een second opinion te vragen (de instelling beslist)',
    en: 'your right to ask the institution for a second opinion (the institution decides)',
  },
  fitsTypes: [
    'assessment-report',
    'care-plan',
    'meeting-report',
    'written-instruction',
    'letter',
    'email',
  ],
  fits: (doc) =>
    doc.senderKind !== null &&
    (FROM as readonly string[]).includes(doc.senderKind) &&
    !['court-decision', 'summons', 'petition', 'complaint'].includes(doc.type),
  refusal: (doc) =>
    doc.type === 'council-report' || doc.type === 'court-decision'
      ? {
          nl: 'Een nieuw onderzoek na een raadsrapport of in een procedure bij de kinderrechter vraagt u aan de rechter: contra-expertise (art. 810a Rv).',
          en: 'A new investigation after a council report or in court proceedings is asked of the court: contra-expertise (art. 810a Rv).',
        }
      : undefined,
  addressee: {
    orgKinds: FROM,
    roles: [
      'jeugdbeschermer',
      'gedragswetenschapper',
      'orthopedagoog',
      'psycholoog',
      'behandelaar GGZ',
    ],
  },
  fields: [
    field(
      'conclusion',
      { nl: 'Over welke conclusie gaat het?', en: 'Which conclusion is it about?' },
      {
        nl: 'De conclusie of het advies waar u een tweede mening over wilt.',
        en: 'The conclusion or advice you want a second opinion on.',
      },
      { required: true },
    ),
    field(
      'why',
      { nl: 'Waarom twijfelt u aan die conclusie?', en: 'Why do you doubt that conclusion?' },
      { nl: 'Met voorbeelden uit de stukken.', en: 'With examples from the documents.' },
      { required: true },
    ),
    field(
      'expert',
      { nl: 'Wie zou de second opinion kunnen geven?', en: 'Who could give the second opinion?' },
      { nl: 'Als u al iemand weet.', en: 'If you know someone.' },
      { multiline: false },
    ),
  ],
  defaultPurpose: 'second-opinion',
  subject: (ctx) =>
    ctx.t(
      `Verzoek om een second opinion over ${ctx.doc.title || 'uw onderzoek'}`,
      `Request for a second opinion on ${ctx.doc.title || 'your investigation'}`,
    ),
  body: (ctx) => {
    const paragraphs = [
      ctx.t(
        `Met deze brief vraag ik u om een second opinion over ${ctx.docPhrase}: dat een andere, onafhankelijke deskundige opnieuw naar het onderzoek en de conclusies kijkt.`,
        `With this letter I ask you for a second opinion on ${ctx.docPhrase}: that another, independent expert looks again at the investigation and its conclusions.`,
      ),
      section(
        ctx.t('Over welke conclusie het gaat', 'The conclusion concerned'),
        ctx.fact('conclusion'),
      ),
      section(ctx.t('Waarom ik twijfel', 'Why I have doubts'), ctx.fact('why')),
    ];
    if (ctx.has('expert'))
      paragraphs.push(
        ctx.t(
          `Voor de second opinion denk ik aan: ${ctx.fact('expert')}.`,
          `For the second opinion I have in mind: ${ctx.fact('expert')}.`,
        ),
      );
    paragraphs.push(
      ctx.t(
        'Ik hoor graag binnen vier weken of u de second opinion laat uitvoeren, en door wie. Wijst u het verzoek af, dan hoor ik graag waarom.',
        'I would like to hear within four weeks whether you will have the second opinion carried out, and by whom. If you refuse, please tell me why.',
      ),
    );
    return paragraphs;
  },
};
