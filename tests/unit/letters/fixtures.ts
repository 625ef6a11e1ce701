// A small fictional case for the letter planning tests (not the sample case).
import type {
  AnsweredDocument,
  CaseDocument,
  LetterPlanInput,
} from '../../../src/core/letters/types';

export const gemeenteBesluit: CaseDocument = {
  id: 'gem1',
  title: 'Beslissing op uw aanvraag jeugdhulp',
  date: '2024-03-14',
  type: 'municipal-decision',
  sender: 'Gemeente Zuidwold',
  senderKind: 'municipality',
  references: ['JZ/2024/0042'],
  persons: [
    { name: 'A. Yılmaz', role: 'moeder' },
    { name: 'Sem Yılmaz', role: 'kind' },
    { name: 'P. de Boer', role: 'consulent gemeente' },
  ],
};

export const beschikking: CaseDocument = {
  id: 'rb1',
  title: 'Beschikking ondertoezichtstelling',
  date: '2024-05-02',
  type: 'court-decision',
  sender: 'Rechtbank Noord-Holland',
  senderKind: 'court',
  references: ['C/15/345678 / JE RK 24-111'],
  persons: [
    { name: 'Sem Yılmaz', role: 'kind' },
    { name: 'mr. K. Visser', role: 'kinderrechter' },
  ],
};

export const oproeping: CaseDocument = {
  id: 'rb0',
  title: 'Oproeping zitting',
  date: '2024-04-10',
  type: 'summons',
  sender: 'Rechtbank Noord-Holland',
  senderKind: 'court',
  references: ['C/15/345678 / JE RK 24-111'],
  persons: [],
};

export const raadsrapport: CaseDocument = {
  id: 'rvdk1',
  title: 'Rapport beschermingsonderzoek',
  date: '2024-03-28',
  type: 'council-report',
  sender: 'Raad voor de Kinderbescherming',
  senderKind: 'child-protection-council',
  references: ['RvdK 2403-1234'],
  persons: [
    { name: 'J. Bakker', role: 'raadsonderzoeker' },
    { name: 'Sem Yılmaz', role: 'kind' },
  ],
};

export const plan: CaseDocument = {
  id: 'gi1',
  title: 'Plan van aanpak',
  date: '2024-06-01',
  type: 'care-plan',
  sender: 'Jeugdbescherming West',
  senderKind: 'certified-institution',
  references: ['JBW-24-0099'],
  persons: [
    { name: 'Lotte Smit', role: 'jeugdbeschermer' },
    { name: 'Sem Yılmaz', role: 'kind' },
  ],
};

export const giBrief: CaseDocument = {
  id: 'gi2',
  title: 'Uitnodiging evaluatie',
  date: '2024-07-15',
  type: 'letter',
  sender: 'Jeugdbescherming West',
  senderKind: 'certified-institution',
  references: ['JBW-24-0099'],
  persons: [
    { name: 'Lotte Smit', role: 'jeugdbeschermer' },
    { name: 'R. Mulder', role: 'teamleider' },
  ],
};

export const zorgRapport: CaseDocument = {
  id: 'zorg1',
  title: 'Onderzoeksverslag',
  date: '2024-08-20',
  type: 'assessment-report',
  sender: 'Praktijk De Linde',
  senderKind: 'care-provider',
  references: [],
  persons: [{ name: 'drs. M. Koster', role: 'orthopedagoog' }],
};

export const CASE: CaseDocument[] = [
  gemeenteBesluit,
  raadsrapport,
  oproeping,
  beschikking,
  plan,
  giBrief,
  zorgRapport,
];

export const answered = (doc: CaseDocument, firstPageText = ''): AnsweredDocument => ({
  ...doc,
  firstPageText,
});

export function input(
  kind: LetterPlanInput['kind'],
  doc: CaseDocument,
  extra: Partial<LetterPlanInput> = {},
): LetterPlanInput {
  return {
    kind,
    doc: answered(doc),
    caseDocuments: CASE,
    profile: {
      name: 'Ayşe Yılmaz',
      address: 'Dorpsstraat 1',
      postcode: '1234 AB',
      city: 'Zuidwold',
    },
    facts: {},
    cites: [],
    bundlePurpose: 'advocaat',
    producties: CASE.map((d, i) => ({
      n: i + 1,
      documentId: d.id,
      firstPage: 3 + i * 2,
      pageStarts: [0, 1],
    })),
    today: '2024-09-02',
    lang: 'nl',
    ...extra,
  };
}
