// Zienswijze: the parent's own account, to be added to a report or verslag. Art. 16 AVG gives the
// right to have incomplete data completed "door een aanvullende verklaring te verstrekken"; the
// letter asks that the zienswijze travels with the report whenever it is passed on.
import type { LetterTemplate } from '../types';
import { field, section } from './common';

export const zienswijze: LetterTemplate = {
  kind: 'zienswijze',
  label: { nl: 'Zienswijze', en: 'Own account (zienswijze)' },
  description: {
    nl: 'U geeft uw eigen kijk op een rapport of verslag en vraagt die bij het stuk in het dossier te voegen.',
    en: 'You give your own view of a report or minutes and ask that it is added to the file with it.',
  },
  basis: {
    nl: 'art. 16 AVG (aanvullende verklaring)',
    en: 'art. 16 GDPR (AVG) (supplementary statement)',
  },
  fitsTypes: ['council-report', 'meeting-report', 'assessment-report', 'care-plan'],
  fits: (doc) =>
    ['council-report', 'meeting-report', 'assessment-report', 'care-plan'].includes(doc.type),
  refusal: () => ({
    nl: 'Een zienswijze geeft u op een rapport of verslag (raadsrapport, gespreksverslag, onderzoeksrapport, plan van aanpak).',
    en: 'An own account is given on a report or minutes (council report, meeting minutes, assessment, care plan).',
  }),
  addressee: {
    orgKinds: [
      'child-protection-council',
      'certified-institution',
      'care-provider',
      'municipality',
      'veilig-thuis',
    ],
    roles: [
      'raadsonderzoeker',
      'jeugdbeschermer',
      'gedragswetenschapper',
      'orthopedagoog',
      'psycholoog',
      'behandelaar GGZ',
    ],
  },
  fields: [
    field(
      'account',
      { nl: 'Uw eigen kijk', en: 'Your own view' },
      {
        nl: 'Hoe u het ziet, in uw eigen woorden.',
        en: 'How you see it, in your own words.',
      },
      { required: true },
    ),
    field(
      'points',
      {
        nl: 'Welke passages kloppen volgens u niet?',
        en: 'Which passages are wrong in your view?',
      },
      { nl: 'Noem de pagina en wat er staat.', en: 'Name the page and what it says.' },
    ),
  ],
  defaultPurpose: 'court',
  subject: (ctx) =>
    ctx.t(
      `Mijn zienswijze op ${ctx.doc.title || 'uw rapport'}`,
      `My own account on ${ctx.doc.title || 'your report'}`,
    ),
  body: (ctx) => {
    const paragraphs = [
      ctx.t(
        `Met deze brief geef ik mijn zienswijze op ${ctx.docPhrase}. Ik vraag u deze zienswijze bij het stuk in het dossier te voegen (artikel 16 AVG: een aanvullende verklaring) en mee te sturen wanneer u het stuk aan anderen geeft, zoals de rechter.`,
        `With this letter I give my own account on ${ctx.docPhrase}. I ask you to add it to the file with that document (article 16 AVG: a supplementary statement) and to send it along whenever you pass the document on, for instance to the court.`,
      ),
      section(ctx.t('Mijn kijk', 'My view'), ctx.fact('account')),
    ];
    if (ctx.has('points'))
      paragraphs.push(
        section(
          ctx.t('Wat er volgens mij niet klopt', 'What I believe is wrong'),
          ctx.fact('points'),
        ),
      );
    paragraphs.push(
      ctx.t(
        'Wilt u mij laten weten dat u mijn zienswijze aan het dossier hebt toegevoegd?',
        'Please let me know that you added my account to the file.',
      ),
    );
    return paragraphs;
  },
};
