// Verzoek om inzage in (en een kopie van) het dossier. Art. 15 AVG (recht van inzage), for
// jeugdhulp and jeugdbescherming also art. 7.3.10 Jeugdwet; art. 12 lid 3 AVG: the answer comes
// "onverwijld en in ieder geval binnen een maand na ontvangst van het verzoek".
import { ruleById } from '../../case/deadlines';
import { endOfTerm } from '../../case/termijnen';
import type { LetterDue, LetterTemplate } from '../types';
import { aboutFamily, CARE_ORGANISATIONS, field, section, senderIs } from './common';

/** Art. 12 lid 3 AVG, counted from the letter's date: the parent sends it that day. */
export function avgAnswerDue(today: string): LetterDue {
  const rule = ruleById('avg-antwoord');
  return {
    due: endOfTerm(today, rule.term ?? { months: 1 }),
    basis: rule.basis,
    what: { nl: rule.what, en: 'Answer to your request under the AVG (GDPR)' },
    followUp: true,
    rule: rule.id,
  };
}

export const inzage: LetterTemplate = {
  kind: 'inzage',
  label: { nl: 'Verzoek om inzage in het dossier', en: 'Request to see the file' },
  description: {
    nl: 'U vraagt de organisatie om inzage in en een kopie van het dossier dat zij over u en uw kinderen bijhoudt.',
    en: 'You ask the organisation to see, and get a copy of, the file it keeps on you and your children.',
  },
  basis: {
    nl: 'art. 15 AVG en art. 7.3.10 Jeugdwet',
    en: 'art. 15 GDPR (AVG) and art. 7.3.10 Jeugdwet',
  },
  fitsTypes: [],
  fits: (doc) =>
    doc.type !== 'court-decision' &&
    doc.type !== 'summons' &&
    senderIs(doc.senderKind, CARE_ORGANISATIONS),
  refusal: () => ({
    nl: 'Inzage in een dossier vraagt u aan de organisatie die het bijhoudt (GI, zorgaanbieder, Raad, gemeente, Veilig Thuis); het procesdossier van de rechtbank vraagt u via uw advocaat of de griffie.',
    en: 'You ask to see a file at the organisation that keeps it; the court file is asked for through your lawyer or the court registry.',
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
      'scope',
      { nl: 'Welke stukken wilt u zien?', en: 'Which documents do you want to see?' },
      {
        nl: 'Laat leeg voor het hele dossier. Of noem een periode of een soort stuk.',
        en: 'Leave empty for the whole file. Or name a period or a kind of document.',
      },
    ),
  ],
  defaultPurpose: 'advocaat',
  due: ({ today }) => avgAnswerDue(today),
  subject: (ctx) =>
    ctx.t('Verzoek om inzage in en kopie van het dossier', 'Request to see and copy the file'),
  body: (ctx) => [
    ctx.t(
      `Met deze brief vraag ik, op grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG) en artikel 7.3.10 van de Jeugdwet, om inzage in het dossier dat u ${aboutFamily(ctx)} bijhoudt, en om een kopie daarvan.`,
      `With this letter I ask, under article 15 of the General Data Protection Regulation (AVG) and article 7.3.10 of the Jeugdwet, to see the file you keep ${aboutFamily(ctx)}, and for a copy of it.`,
    ),
    ctx.has('scope')
      ? section(ctx.t('Welke stukken', 'Which documents'), ctx.fact('scope'))
      : ctx.t(
          'Het gaat om het hele dossier: verslagen, rapporten, plannen, brieven en e-mails, en aantekeningen.',
          'It concerns the whole file: reports, plans, letters and e-mails, and notes.',
        ),
    ctx.t(
      `Ik ontvang ook graag de informatie uit artikel 15 lid 1 AVG: waarvoor u de gegevens gebruikt, aan wie u ze hebt gegeven en hoe lang u ze bewaart. Ik schrijf naar aanleiding van ${ctx.docPhrase}.`,
      `I would also like the information of article 15(1) AVG: what you use the data for, to whom you gave it and how long you keep it. I write following ${ctx.docPhrase}.`,
    ),
    ctx.t(
      `Volgens artikel 12 lid 3 AVG beantwoordt u dit verzoek binnen een maand na ontvangst. Ik reken daarom op uw antwoord uiterlijk ${ctx.date(ctx.due ?? null)}.`,
      `Under article 12(3) AVG you answer this request within one month of receipt. I therefore expect your answer by ${ctx.date(ctx.due ?? null)}.`,
    ),
  ],
};
