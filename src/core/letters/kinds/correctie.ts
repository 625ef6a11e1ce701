// Verzoek om correctie van het dossier. Art. 16 AVG: rectificatie of wrong data and aanvulling of
// incomplete data, "onder meer door een aanvullende verklaring te verstrekken"; for jeugdhulp and
// jeugdbescherming also the dossier rules of paragraaf 7.3 Jeugdwet. Answer within a month (art. 12
// lid 3 AVG).
import type { LetterTemplate } from '../types';
import { aboutFamily, CARE_ORGANISATIONS, field, section, senderIs } from './common';
import { avgAnswerDue } from './inzage';

export const correctie: LetterTemplate = {
  kind: 'correctie',
  label: { nl: 'Verzoek om correctie van het dossier', en: 'Request to correct the file' },
  description: {
    nl: 'U vraagt de organisatie feitelijk onjuiste gegevens in het dossier te verbeteren of aan te vullen.',
    en: 'You ask the organisation to correct or complete factually wrong data in its file.',
  },
  basis: {
    nl: 'art. 16 AVG en paragraaf 7.3 Jeugdwet',
    en: 'art. 16 GDPR (AVG) and paragraph 7.3 Jeugdwet',
  },
  fitsTypes: [],
  fits: (doc) =>
    doc.type !== 'court-decision' &&
    doc.type !== 'summons' &&
    senderIs(doc.senderKind, CARE_ORGANISATIONS),
  refusal: () => ({
    nl: 'Een beschikking van de rechter laat u niet corrigeren met een AVG-verzoek; daarvoor is hoger beroep (via een advocaat). Correctie vraagt u aan de organisatie die het dossier bijhoudt.',
    en: 'A court decision is not corrected by a GDPR request; that takes an appeal (through a lawyer). Correction is asked of the organisation that keeps the file.',
  }),
  addressee: {
    orgKinds: CARE_ORGANISATIONS,
    roles: [],
    attention: {
      nl: 'de functionaris voor de gegevensbescherming',
      en: 'the data protection officer',
    },
  },
  fields: [
    field(
      'items',
      {
        nl: 'Wat klopt er niet, en wat moet er staan?',
        en: 'What is wrong, and what should it say?',
      },
      {
        nl: 'Noem per punt de plaats in het stuk (pagina), wat er staat en wat juist is.',
        en: 'For each point: where (page), what it says and what is right.',
      },
      { required: true },
    ),
    field(
      'statement',
      { nl: 'Uw eigen verklaring', en: 'Your own statement' },
      {
        nl: 'Als u een punt niet wilt laten verbeteren maar wel uw kant wilt laten toevoegen.',
        en: 'When you want your side added rather than the text changed.',
      },
    ),
  ],
  defaultPurpose: 'advocaat',
  due: ({ today }) => avgAnswerDue(today),
  subject: (ctx) =>
    ctx.t(
      `Verzoek om correctie van ${ctx.doc.title || 'het dossier'}`,
      `Request to correct ${ctx.doc.title || 'the file'}`,
    ),
  body: (ctx) => {
    const paragraphs = [
      ctx.t(
        `Met deze brief vraag ik u, op grond van artikel 16 van de Algemene verordening gegevensbescherming (AVG), de gegevens ${aboutFamily(ctx)} in ${ctx.docPhrase} te verbeteren. Het gaat om feiten die niet kloppen.`,
        `With this letter I ask you, under article 16 of the General Data Protection Regulation (AVG), to correct the data ${aboutFamily(ctx)} in ${ctx.docPhrase}. These are facts that are wrong.`,
      ),
      section(
        ctx.t('Wat er niet klopt en wat juist is', 'What is wrong and what is right'),
        ctx.fact('items'),
      ),
    ];
    if (ctx.has('statement'))
      paragraphs.push(
        section(
          ctx.t(
            'Mijn verklaring, om aan het dossier toe te voegen',
            'My statement, to be added to the file',
          ),
          ctx.fact('statement'),
        ),
      );
    paragraphs.push(
      ctx.t(
        `Wilt u mij laten weten wat u hebt verbeterd, en de verbeterde gegevens doorgeven aan wie u ze eerder hebt gegeven (art. 19 AVG)? Volgens artikel 12 lid 3 AVG antwoordt u binnen een maand na ontvangst, dus uiterlijk ${ctx.date(ctx.due ?? null)}.`,
        `Please tell me what you corrected, and pass the corrected data to whoever received it before (art. 19 AVG). Under article 12(3) AVG you answer within one month of receipt, so by ${ctx.date(ctx.due ?? null)}.`,
      ),
    );
    return paragraphs;
  },
};
