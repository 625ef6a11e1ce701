// Verzoek om contra-expertise aan de kinderrechter. Art. 810a lid 2 Rv: in zaken over
// ondertoezichtstelling en gezag benoemt de rechter op verzoek van een ouder een deskundige
// (lid 3: de kosten komen ten laste van de Staat). The request belongs in the procedure, so it
// carries that procedure's zaaknummer.
import type { LetterTemplate } from '../types';
import { field, section, senderIs } from './common';

export const contraExpertise: LetterTemplate = {
  kind: 'contra-expertise',
  label: { nl: 'Verzoek om contra-expertise', en: 'Request for a contra-expertise' },
  description: {
    nl: 'U vraagt de kinderrechter een onafhankelijke deskundige te benoemen voor een nieuw onderzoek, na een raadsrapport of in een procedure over ondertoezichtstelling of gezag.',
    en: 'You ask the juvenile court to appoint an independent expert for a new investigation, after a council report or in proceedings about supervision or custody.',
  },
  basis: { nl: 'art. 810a lid 2 Rv', en: 'art. 810a(2) Rv (Code of Civil Procedure)' },
  fitsTypes: ['court-decision', 'council-report', 'summons'],
  fits: (doc) =>
    (doc.type === 'court-decision' || doc.type === 'summons') && senderIs(doc.senderKind, ['court'])
      ? true
      : doc.type === 'council-report' &&
        senderIs(doc.senderKind, ['child-protection-council', 'certified-institution']),
  // A raadsrapport is written for a court procedure: the first court document on or after it
  // (the oproeping, the beschikking), else the latest before, carries that procedure's zaaknummer.
  relatedDocument: (doc, all) => {
    if (doc.senderKind === 'court') return undefined;
    const court = all.filter(
      (d) => d.senderKind === 'court' && (d.type === 'court-decision' || d.type === 'summons'),
    );
    const after = court
      .filter((d) => d.date !== null && doc.date !== null && d.date >= doc.date)
      .sort((a, b) => (a.date! < b.date! ? -1 : 1));
    if (after[0]) return after[0];
    return court.filter((d) => d.date !== null).sort((a, b) => (a.date! < b.date! ? 1 : -1))[0];
  },
  addressee: {
    orgKinds: ['court'],
    // The verzoek goes to the court, not to the judge who decided before: no person is named.
    roles: [],
    attention: { nl: 'de kinderrechter', en: 'the juvenile court judge (kinderrechter)' },
  },
  fields: [
    field(
      'why',
      { nl: 'Waarom is een nieuw onderzoek nodig?', en: 'Why is a new investigation needed?' },
      {
        nl: 'Wat klopt er volgens u niet aan het onderzoek of de conclusies, met voorbeelden.',
        en: 'What is wrong with the investigation or its conclusions, with examples.',
      },
      { required: true },
    ),
    field(
      'questions',
      { nl: 'Wat moet de deskundige onderzoeken?', en: 'What should the expert investigate?' },
      {
        nl: 'De vragen die u de deskundige wilt laten beantwoorden.',
        en: 'The questions you want the expert to answer.',
      },
      { required: true },
    ),
    field(
      'expert',
      { nl: 'Welke deskundige stelt u voor?', en: 'Which expert do you propose?' },
      { nl: 'Naam en vak, als u dat al weet.', en: 'Name and profession, if you know.' },
      { multiline: false },
    ),
  ],
  defaultPurpose: 'contra-expertise',
  subject: (ctx) =>
    ctx.t(
      `Verzoek om contra-expertise (art. 810a Rv)${ctx.references.length ? `, zaaknummer ${ctx.references.join(', ')}` : ''}`,
      `Request for a contra-expertise (art. 810a Rv)${ctx.references.length ? `, case number ${ctx.references.join(', ')}` : ''}`,
    ),
  body: (ctx) => {
    const paragraphs = [
      ctx.t(
        `Hierbij verzoek ik u om op grond van artikel 810a lid 2 van het Wetboek van Burgerlijke Rechtsvordering (Rv) een onafhankelijke deskundige te benoemen voor een contra-expertise. Het verzoek gaat over ${ctx.docPhrase}.`,
        `I hereby ask you, under article 810a(2) of the Wetboek van Burgerlijke Rechtsvordering (Rv), to appoint an independent expert for a contra-expertise. The request concerns ${ctx.docPhrase}.`,
      ),
      section(
        ctx.t('Waarom een nieuw onderzoek nodig is', 'Why a new investigation is needed'),
        ctx.fact('why'),
      ),
      section(
        ctx.t('Wat de deskundige zou moeten onderzoeken', 'What the expert should investigate'),
        ctx.fact('questions'),
      ),
    ];
    if (ctx.has('expert'))
      paragraphs.push(
        ctx.t(
          `Als deskundige stel ik voor: ${ctx.fact('expert')}.`,
          `As expert I propose: ${ctx.fact('expert')}.`,
        ),
      );
    paragraphs.push(
      ctx.t(
        'Volgens artikel 810a lid 3 Rv komen de kosten van de deskundige ten laste van de Staat, binnen het bedrag dat u vaststelt.',
        'Under article 810a(3) Rv the cost of the expert is borne by the State, within the amount you set.',
      ),
    );
    return paragraphs;
  },
};
