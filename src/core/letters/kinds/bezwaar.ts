// Bezwaarschrift tegen een besluit van de gemeente (Jeugdwet). Art. 6:5 lid 1 Awb: the
// bezwaarschrift is signed and holds the name and address of the indiener, the date, a
// description of the besluit and the grounds. Name, address, date and signature come from the
// letter frame; the besluit and its kenmerk from the document; the grounds from the parent.
import { computeDeadlines, ruleById } from '../../case/deadlines';
import type { LetterTemplate } from '../types';
import { field, section, senderIs } from './common';

export const bezwaar: LetterTemplate = {
  kind: 'bezwaar',
  label: { nl: 'Bezwaarschrift', en: 'Notice of objection (bezwaarschrift)' },
  description: {
    nl: 'U bent het niet eens met een besluit van de gemeente en vraagt de gemeente het besluit te herzien.',
    en: 'You disagree with a decision of the municipality and ask it to reconsider.',
  },
  basis: {
    nl: 'art. 6:4, 6:5 en 7:1 Awb',
    en: 'art. 6:4, 6:5 and 7:1 Awb (General Administrative Law Act)',
  },
  fitsTypes: ['municipal-decision'],
  fits: (doc) => doc.type === 'municipal-decision' && senderIs(doc.senderKind, ['municipality']),
  refusal: (doc) => {
    if (doc.type === 'court-decision')
      return {
        nl: 'Tegen een beschikking van de kinderrechter kunt u geen bezwaar maken; daarvoor is hoger beroep bij het gerechtshof (via een advocaat, art. 358 Rv). Een nieuw onderzoek vraagt u met een verzoek om contra-expertise (contra-expertise).',
        en: 'You cannot object (bezwaar) to a decision of the juvenile court; that takes an appeal to the court of appeal (through a lawyer, art. 358 Rv). A new investigation is asked for with a request for contra-expertise (contra-expertise).',
      };
    if (doc.type === 'written-instruction')
      return {
        nl: 'Tegen een schriftelijke aanwijzing maakt u geen bezwaar: u kunt de kinderrechter binnen twee weken vragen de aanwijzing vervallen te verklaren (art. 1:264 BW).',
        en: 'You do not object to a written instruction: you can ask the juvenile court within two weeks to set it aside (art. 1:264 BW).',
      };
    return {
      nl: 'Bezwaar maakt u alleen tegen een besluit van de gemeente (een beschikking over jeugdhulp).',
      en: 'An objection (bezwaar) is only made against a decision of the municipality.',
    };
  },
  addressee: {
    orgKinds: ['municipality'],
    roles: [],
    attention: {
      nl: 'het college van burgemeester en wethouders',
      en: 'the college van burgemeester en wethouders (municipal executive)',
    },
  },
  fields: [
    field(
      'grounds',
      {
        nl: 'Waarom bent u het niet eens met het besluit?',
        en: 'Why do you disagree with the decision?',
      },
      {
        nl: 'Dit zijn de gronden van uw bezwaar. Schrijf wat er volgens u niet klopt en waarom.',
        en: 'These are the grounds of your objection: what is wrong in your view, and why.',
      },
      { required: true },
    ),
    field(
      'request',
      {
        nl: 'Wat moet de gemeente volgens u beslissen?',
        en: 'What should the municipality decide?',
      },
      {
        nl: 'Bijvoorbeeld: de hulp toch toekennen, of voor een langere periode.',
        en: 'For example: grant the care after all, or for a longer period.',
      },
    ),
    field(
      'lateReason',
      { nl: 'Te laat? Waarom pas nu?', en: 'Late? Why only now?' },
      {
        nl: 'Alleen nodig als de bezwaartermijn al voorbij is (art. 6:11 Awb).',
        en: 'Only needed when the term has already passed (art. 6:11 Awb).',
      },
    ),
  ],
  defaultPurpose: 'advocaat',
  due: ({ doc, today }) => {
    // The one deadline engine decides the end of the six weeks (Atw included).
    const rule = ruleById('bezwaar');
    const found = computeDeadlines(
      {
        documentId: doc.id,
        type: doc.type,
        senderKind: doc.senderKind,
        letterDate: doc.date,
        stated: [],
      },
      today,
    ).find((d) => d.rule === rule.id);
    if (!found) return null;
    return {
      due: found.due,
      basis: found.basis,
      what: { nl: rule.what, en: 'Submit the notice of objection to the municipality' },
      followUp: false,
      rule: rule.id,
    };
  },
  subject: (ctx) =>
    ctx.t(
      `Bezwaarschrift tegen uw besluit van ${ctx.date(ctx.doc.date)}`,
      `Notice of objection to your decision of ${ctx.date(ctx.doc.date)}`,
    ),
  body: (ctx) => {
    const paragraphs = [
      ctx.t(
        `Hierbij maak ik bezwaar tegen ${ctx.docPhrase}. Dit is een bezwaarschrift op grond van artikel 6:4 en 7:1 van de Algemene wet bestuursrecht (Awb).`,
        `I hereby object to ${ctx.docPhrase}. This is a notice of objection under articles 6:4 and 7:1 of the Algemene wet bestuursrecht (Awb).`,
      ),
      section(ctx.t('Waarom ik het niet eens ben', 'Why I disagree'), ctx.fact('grounds')),
      ctx.has('request')
        ? ctx.t(
            `Ik vraag u het besluit te herroepen en opnieuw te beslissen: ${ctx.fact('request')}`,
            `I ask you to revoke the decision and decide again: ${ctx.fact('request')}`,
          )
        : ctx.t(
            'Ik vraag u het besluit te herroepen en een nieuw besluit te nemen.',
            'I ask you to revoke the decision and take a new decision.',
          ),
    ];
    if (ctx.due) {
      const late = ctx.due < ctx.today;
      paragraphs.push(
        late
          ? ctx.t(
              `De bezwaartermijn van zes weken (${ctx.dueBasis}) liep volgens mijn berekening tot en met ${ctx.date(ctx.due)}. Ik vraag u mijn bezwaar toch te behandelen (art. 6:11 Awb), omdat: ${ctx.fact('lateReason')}`,
              `By my calculation the six-week term (${ctx.dueBasis}) ran until ${ctx.date(ctx.due)}. I ask you to consider my objection nevertheless (art. 6:11 Awb), because: ${ctx.fact('lateReason')}`,
            )
          : ctx.t(
              `De bezwaartermijn van zes weken (${ctx.dueBasis}) loopt volgens mijn berekening tot en met ${ctx.date(ctx.due)}.`,
              `By my calculation the six-week term (${ctx.dueBasis}) runs until ${ctx.date(ctx.due)}.`,
            ),
      );
    }
    paragraphs.push(
      ctx.t(
        'Ik wil graag worden gehoord voordat u op mijn bezwaar beslist (art. 7:2 Awb). Een kopie van het besluit stuur ik mee.',
        'I would like to be heard before you decide on my objection (art. 7:2 Awb). A copy of the decision is enclosed.',
      ),
    );
    return paragraphs;
  },
};
